// Drives the built portal in Chromium (tools/chromium.mjs) against the built API on a fresh,
// demo-seeded database of the run's embedded cluster (see src/support/portal-server.ts).
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'browser-e2e',
  rootDir: __dirname,
  testEnvironment: '<rootDir>/environment.js',
  testTimeout: 60_000,
  maxWorkers: 1,
  globalSetup: '<rootDir>/global-setup.mjs',
};
