module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'server-training',
  rootDir: __dirname,
};
