module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'server-assignment',
  rootDir: __dirname,
};
