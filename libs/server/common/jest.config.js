module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'server-common',
  rootDir: __dirname,
};
