import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The operations section websites and tools send (apps/gateway/operations) are typed against the
 * public API schema, and their persisted-document manifest (id → document) becomes the gateway's
 * trusted documents: the only operations anonymous and `site` callers may run in production.
 */
const config: CodegenConfig = {
  schema: 'apps/gateway/src/api-schema.graphql',
  documents: ['apps/gateway/operations/**/*.graphql'],
  generates: {
    'apps/gateway/src/__generated__/operations/': {
      preset: 'client',
      presetConfig: { persistedDocuments: { hashAlgorithm: 'sha256' }, fragmentMasking: false },
      config: { enumsAsTypes: true, scalars: { Date: 'string', DateTime: 'string' }, useTypeImports: true },
    },
  },
};

export default config;
