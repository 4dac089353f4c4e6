module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'server-clients',
  rootDir: __dirname,
};
