import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../../../..');

describe('the generated GraphQL types in src/gql', () => {
  it('match schema.gql and the operations (run `npm run codegen` and commit when this fails)', () => {
    const check = spawnSync(
      process.execPath,
      [
        resolve(root, 'node_modules/@graphql-codegen/cli/cjs/bin.js'),
        '--config',
        'apps/portal/codegen.ts',
        '--check',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(check.stdout + check.stderr).not.toMatch(/stale files/);
    expect(check.status).toBe(0);
  });
});
