module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'api',
  rootDir: __dirname,
  // Builds the schema from code only: no database.
  globalSetup: undefined,
  globalTeardown: undefined,
};
