module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'server-audit',
  rootDir: __dirname,
};
