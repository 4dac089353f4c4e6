// Portal unit specs are pure (translations, formatting, error mapping, URL state):
// no database, so the workspace's embedded-PostgreSQL global setup is dropped here.
const preset = require('../../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'portal',
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
  globalSetup: undefined,
  globalTeardown: undefined,
};
