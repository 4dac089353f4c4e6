module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'server-org',
  rootDir: __dirname,
};
