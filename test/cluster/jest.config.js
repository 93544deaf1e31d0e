// `npm run test:cluster`: the platform's eight built services on a 3-node JetStream cluster, minutes long, so it is not
// one of the tiers `npm test` runs (its short version is services/supervision/test/jetstream-cluster.int-spec.ts).
const workspace = require('../../jest.config.js');
const e2e = workspace.projects.find((project) => project.displayName === 'e2e');

module.exports = {
  rootDir: e2e.rootDir,
  testTimeout: workspace.testTimeout,
  forceExit: workspace.forceExit,
  reporters: workspace.reporters,
  projects: [{ ...e2e, displayName: 'cluster', testMatch: ['<rootDir>/test/cluster/**/*.cluster-spec.ts'] }],
};
