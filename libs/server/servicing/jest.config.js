module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'server-servicing',
  rootDir: __dirname,
};
