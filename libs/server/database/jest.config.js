module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'server-database',
  rootDir: __dirname,
  // Checks the schema history as code; databases are exercised by server-testing's migration spec.
  globalSetup: undefined,
  globalTeardown: undefined,
};
