import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINIMUM_NODE_MAJOR } from './runtime';

describe('the Node.js runtime', () => {
  it("refuses what package.json's engines refuse", () => {
    const { engines } = JSON.parse(
      readFileSync(join(__dirname, '../../../package.json'), 'utf8'),
    ) as { engines: { node: string } };
    expect(engines.node).toBe(`>=${MINIMUM_NODE_MAJOR}`);
  });

  it('is the one npm ci installed, which the tests run on too', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(MINIMUM_NODE_MAJOR);
  });
});
