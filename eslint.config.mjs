import nx from '@nx/eslint-plugin';

// Architecture rules that really forbid things:
//  - projects are tagged on two axes, scope:* (which domain) and type:* (app / infra / util / testing);
//  - an app never imports another app, libs never import apps;
//  - kafkajs is imported only inside libs/events, process.env is read only inside libs/config.
const kafkaOnlyInEvents = { sourceTag: 'kafka:forbidden', bannedExternalImports: ['kafkajs'] };

/** Boundaries by tag; test code (specs and test-support) may additionally use the testing lib. */
function boundaries({ inTests }) {
  const testing = inTests ? ['type:testing'] : [];
  return [
    'error',
    {
      enforceBuildableLibDependency: false,
      allow: [],
      depConstraints: [
        { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:infra', 'type:util', ...testing] },
        { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:infra', 'type:util', ...testing] },
        { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
        { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:infra', 'type:util'] },
        { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:infra', 'type:util', 'type:testing'] },
        { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
        { sourceTag: 'scope:cases', onlyDependOnLibsWithTags: ['scope:shared', 'scope:cases'] },
        { sourceTag: 'scope:supporters', onlyDependOnLibsWithTags: ['scope:shared', 'scope:supporters'] },
        { sourceTag: 'scope:actions', onlyDependOnLibsWithTags: ['scope:shared', 'scope:actions'] },
        { sourceTag: 'scope:deliveries', onlyDependOnLibsWithTags: ['scope:shared', 'scope:deliveries'] },
        { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:shared', 'scope:gateway'] },
        { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
        kafkaOnlyInEvents,
      ],
    },
  ];
}

const testFiles = ['**/*.spec.ts', '**/*.integration-spec.ts', '**/*.e2e-spec.ts', '**/test-support/**/*.ts'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '**/__generated__', '**/.nx'] },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries({ inTests: false }),
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through @plume/config only.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['libs/config/**/*.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // Jest's focus/skip helpers must never be committed.
    files: testFiles,
    rules: {
      '@nx/enforce-module-boundaries': boundaries({ inTests: true }),
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through @plume/config only.' },
        { object: 'describe', property: 'only' },
        { object: 'it', property: 'only' },
        { object: 'test', property: 'only' },
        { object: 'describe', property: 'skip' },
        { object: 'it', property: 'skip' },
        { object: 'test', property: 'skip' },
      ],
      'no-restricted-globals': ['error', 'fdescribe', 'fit', 'xdescribe', 'xit', 'xtest'],
    },
  },
];
