// Compiles the API and the server libraries it uses with SWC into dist/api, keeping the
// repository layout and rewriting workspace aliases (@corebook/...) to relative paths,
// so `node dist/api/apps/api/src/main.js` runs with no loader. Type checking is `nx typecheck`.
import './runtime.mjs';
import { transformFile } from '@swc/core';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'dist/api');
const sources = ['apps/api/src', 'libs/domain/src', 'libs/server'];
const swcrc = JSON.parse(readFileSync(join(root, '.swcrc'), 'utf8'));
const { paths } = JSON.parse(
  readFileSync(join(root, 'tsconfig.base.json'), 'utf8'),
).compilerOptions;

function* tsFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') yield* tsFiles(full);
    } else if (
      entry.name.endsWith('.ts') &&
      !entry.name.endsWith('.spec.ts') &&
      !entry.name.endsWith('.fixtures.ts') &&
      !entry.name.endsWith('.d.ts')
    ) {
      yield full;
    }
  }
}

rmSync(outDir, { recursive: true, force: true });
const files = sources
  .flatMap((dir) => [...tsFiles(join(root, dir))])
  .filter((file) => !file.includes('/testing/'));
await Promise.all(
  files.map(async (file) => {
    const { code, map } = await transformFile(file, {
      ...swcrc,
      swcrc: false,
      sourceMaps: true,
      jsc: { ...swcrc.jsc, baseUrl: root, paths },
    });
    const target = join(outDir, relative(root, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
    if (map) writeFileSync(`${target}.map`, map);
  }),
);
writeFileSync(join(outDir, 'package.json'), JSON.stringify({ type: 'commonjs' }));
console.log(`built ${files.length} files into ${relative(root, outDir)}`);
