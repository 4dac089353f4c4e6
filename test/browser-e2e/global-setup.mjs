// The run's PostgreSQL (as for every project), then the browser: found or unpacked once
// here, passed to the test files through the environment (src/support/browser.ts).
import databaseSetup from '../../jest.global-setup.mjs';
import { chromiumLaunchOptions } from '../../tools/chromium.mjs';

export default async function globalSetup() {
  await databaseSetup();
  process.env.COREBOOK_CHROMIUM = JSON.stringify(await chromiumLaunchOptions());
}
