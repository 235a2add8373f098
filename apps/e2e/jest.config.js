// End-to-end tests: the built services run as real processes (node dist/...), talking to real
// PostgreSQL and Kafka; `npm test` builds them first.
module.exports = {
  displayName: 'e2e',
  preset: '../../jest.preset.js',
  rootDir: '.',
};
