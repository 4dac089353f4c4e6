// Typed operations are generated from the committed schema.gql, never from a running
// server, so CI can tell when the portal and the API drift apart.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: ['apps/portal/src/features/**/graphql/*.ts'],
  ignoreNoDocuments: false,
  generates: {
    'apps/portal/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        strictScalars: true,
        scalars: {
          Decimal: 'string',
          DateTime: 'string',
          Date: 'string',
          JSON: 'unknown',
        },
      },
    },
  },
};

export default config;
