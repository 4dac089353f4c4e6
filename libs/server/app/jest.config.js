module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'server-app',
  rootDir: __dirname,
};
