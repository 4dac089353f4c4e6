// The portal's build: React, two plugins of our own (below) for a small first download.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const require = createRequire(import.meta.url);

/**
 * `import { Table } from 'antd'` made `import Table from 'antd/es/table'`, for each barrel
 * named. The bundler counts a barrel's every re-export as reachable from whichever chunk
 * imports the barrel, so one import of antd on the sign-in page put all of Ant Design (1.2 MB)
 * in the first download; direct imports let each page's chunk take only what it uses. The
 * names and paths come from the barrel's own `export { default as X } from './x'` lines.
 */
export function directImports(barrels: Record<string, string>): Plugin {
  const targets = new Map<string, Map<string, string>>();
  for (const [barrel, indexFile] of Object.entries(barrels)) {
    const root = packageRoot(barrel);
    const index = join(root, indexFile);
    const names = new Map<string, string>();
    const exported = /export \{ default as (\w+) \} from ["'](\.\/[\w/-]+)["']/g;
    for (const [, name, path] of readFileSync(index, 'utf8').matchAll(exported))
      names.set(name, `${barrel}/${relative(root, join(dirname(index), path))}`);
    if (names.size === 0) throw new Error(`${index} re-exports no default exports`);
    targets.set(barrel, names);
  }
  const importFrom = /import\s*\{([^}]*)\}\s*from\s*["']([^"']+)["'];?/g;
  return {
    name: 'corebook-direct-imports',
    apply: 'build',
    transform(code, id) {
      if (id.includes('/node_modules/')) return null;
      let changed = false;
      const result = code.replace(importFrom, (statement, specifiers: string, source: string) => {
        const names = targets.get(source);
        if (!names) return statement;
        const direct: string[] = [];
        const rest: string[] = [];
        for (const specifier of specifiers
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)) {
          const [imported, local = imported] = specifier.split(/\s+as\s+/);
          const path = names.get(imported);
          if (path) direct.push(`import ${local} from '${path}';`);
          else rest.push(specifier);
        }
        changed = true;
        return [
          ...direct,
          ...(rest.length ? [`import { ${rest.join(', ')} } from '${source}';`] : []),
        ].join('\n');
      });
      return changed ? { code: result, map: null } : null;
    },
  };
}

/** The folder of an installed package (whose `exports` may hide its package.json). */
function packageRoot(name: string): string {
  let folder = dirname(require.resolve(name));
  while (!existsSync(join(folder, 'package.json')) || !folder.endsWith(name)) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`cannot find the folder of ${name}`);
    folder = parent;
  }
  return folder;
}

/**
 * Writes a brotli and a gzip copy beside each text file of the build; the API serves them to
 * browsers that accept them (@fastify/static `preCompressed`), at no cost per request.
 */
export function precompress(): Plugin {
  return {
    name: 'corebook-precompress',
    apply: 'build',
    writeBundle({ dir }, bundle) {
      for (const file of Object.keys(bundle)) {
        if (!dir || !/\.(js|css|html|svg|json)$/.test(file)) continue;
        const path = join(dir, file);
        const content = readFileSync(path);
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(content, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }),
        );
        writeFileSync(`${path}.gz`, gzipSync(content, { level: constants.Z_BEST_COMPRESSION }));
      }
    },
  };
}

const portalRoot = fileURLToPath(new URL('.', import.meta.url));
const api = 'http://127.0.0.1:3000';

export default defineConfig({
  root: portalRoot,
  base: '/',
  // The domain's permission table and scope rules, as the API uses them (app/access.ts).
  resolve: {
    alias: {
      '@corebook/domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)),
    },
  },
  plugins: [
    react(),
    directImports({ antd: 'es/index.js', '@ant-design/icons': 'es/icons/index.js' }),
    precompress(),
  ],
  build: {
    outDir: fileURLToPath(new URL('../../dist/portal', import.meta.url)),
    emptyOutDir: true,
    // The shared chunk (React DOM, Apollo Client, Ant Design's core) is about 810 kB, 190 kB
    // with brotli; what each page needs is watched by browser-e2e's delivery.spec.ts.
    chunkSizeWarningLimit: 900,
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: api },
      '/health': { target: api },
      // The training upload and downloads; /training/… otherwise are portal pages.
      '^/training/(imports(\\?|$)|imports/[^/]+/rejections\\.csv|records\\.xlsx)': { target: api },
      '^/audit/entries\\.xlsx': { target: api },
      '^/clients/export\\.xlsx': { target: api },
    },
  },
  preview: { host: '127.0.0.1', port: 4173 },
});
