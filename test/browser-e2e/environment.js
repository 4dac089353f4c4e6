// Jest's node environment, telling the tests which test just failed: the browser session
// (src/support/browser.ts) then keeps a screenshot and prints what the page last did.
const { TestEnvironment } = require('jest-environment-node');

class BrowserTestEnvironment extends TestEnvironment {
  handleTestEvent(event) {
    if (event.name === 'test_start') this.global.__failedTest = undefined;
    if (event.name === 'test_fn_failure') this.global.__failedTest = event.test.name;
  }
}

module.exports = BrowserTestEnvironment;
