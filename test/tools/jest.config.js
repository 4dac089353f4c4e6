// The project's own tools (tools/*.mjs) as a user runs them: each spec starts node on them.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'tools-e2e',
  rootDir: __dirname,
  testTimeout: 120_000,
};
