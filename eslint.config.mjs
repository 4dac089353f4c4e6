// One lint config for the workspace. Module boundaries are enforced by Nx tags:
// libs/domain stays free of frameworks, the portal stays off server code.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';

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
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            {
              sourceTag: 'scope:portal',
              onlyDependOnLibsWithTags: ['scope:portal', 'scope:shared'],
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
            {
              sourceTag: 'type:data-access',
              notDependOnLibsWithTags: ['type:feature', 'type:app'],
            },
            {
              sourceTag: 'type:util',
              notDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:app'],
            },
          ],
        },
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
    files: ['**/*.spec.ts', '**/*.spec.tsx', 'test/**/*.ts', 'libs/server/testing/**/*.ts'],
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
