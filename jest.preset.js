// Shared Jest preset: SWC transpiles TypeScript (with decorator metadata for Nest),
// and workspace path aliases resolve to source, as in tsconfig.base.json.
const fs = require('node:fs');
const path = require('node:path');

const root = __dirname;
// Test targets write their results here for `npm test`'s closing count.
fs.mkdirSync(path.join(root, 'tmp/test-results'), { recursive: true });
const swcrc = JSON.parse(fs.readFileSync(path.join(root, '.swcrc'), 'utf8'));
const { paths } = JSON.parse(
  fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'),
).compilerOptions;

const moduleNameMapper = Object.fromEntries(
  Object.entries(paths).map(([alias, [target]]) => [
    `^${alias.replace('/', '\\/')}$`,
    path.join(root, target),
  ]),
);

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(tsx?|js)$': [
      '@swc/jest',
      {
        ...swcrc,
        swcrc: false,
        jsc: {
          ...swcrc.jsc,
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: { ...swcrc.jsc.transform, react: { runtime: 'automatic' } },
        },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper,
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
  // Integration tests start real servers and databases; a loaded 2-core CI machine is slow.
  testTimeout: 30_000,
};
module.exports.globalSetup = path.join(root, 'jest.global-setup.mjs');
module.exports.globalTeardown = path.join(root, 'jest.global-teardown.mjs');
