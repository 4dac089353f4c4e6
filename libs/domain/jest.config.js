module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'domain',
  rootDir: __dirname,
  // Pure functions: no database.
  globalSetup: undefined,
  globalTeardown: undefined,
};
