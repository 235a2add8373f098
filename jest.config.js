const { getJestProjectsAsync } = require('@nx/jest');

// One Jest run over every project: `npm test` uses this, CI too. `testTimeout` is a global option in
// a multi-project run (project configs cannot set it): integration and end-to-end tests talk to real
// PostgreSQL and Kafka, so give them room — each still waits on conditions with its own deadline.
module.exports = async () => ({
  projects: await getJestProjectsAsync(),
  testTimeout: 60_000,
});
