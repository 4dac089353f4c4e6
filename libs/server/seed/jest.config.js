module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'server-seed',
  rootDir: __dirname,
};
