// Shared Jest settings for every project. Tests are transpiled by SWC (fast on two cores);
// type checking is a separate step (`npm run typecheck`), so tests never wait for tsc.
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace('/', '\\/')}$`,
    path.join(__dirname, target),
  ]),
);

module.exports = {
  testEnvironment: 'node',
  testMatch: ['**/?(*.)+(spec|integration-spec|e2e-spec).ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper,
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  setupFiles: [path.join(__dirname, 'tools/jest/setup.js')],
  setupFilesAfterEnv: [path.join(__dirname, 'tools/jest/drop-test-topics.js')],
};
