module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'server-ranking',
  rootDir: __dirname,
};
