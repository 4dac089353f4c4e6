// `npm run bench -- portal`: the portal's first load on a branch office's link, in the
// browser tests' Chromium with the network throttled to THROUGHPUT and LATENCY and an empty
// cache: the sign-in page (until its form shows) and My clients opened by a signed-in RM
// (until the first client row shows), then My clients again with the cache warm. Reported:
// bytes on the wire (JavaScript and all) and the time, next to the time those bytes need on
// that link alone (bytes / throughput + the three round trips a page cannot avoid: the
// document, its assets, its data); the rest is requests waiting on each other and the
// browser's own work.
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../chromium.mjs';

const THROUGHPUT_BITS = 10_000_000; // 10 Mbit/s // 10 Mbit/s
const LATENCY_MS = 40;
const RUNS = 3;
const UNAVOIDABLE_ROUND_TRIPS = 3;

/** One page load's bytes by kind and its time, from the browser's own network events. */
async function measure(context, url, ready) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: LATENCY_MS,
    downloadThroughput: THROUGHPUT_BITS / 8,
    uploadThroughput: THROUGHPUT_BITS / 8,
  });
  const types = new Map();
  const bytes = { script: 0, total: 0, requests: 0 };
  cdp.on('Network.responseReceived', ({ requestId, type }) => types.set(requestId, type));
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    bytes.total += encodedDataLength;
    bytes.requests += 1;
    if (types.get(requestId) === 'Script') bytes.script += encodedDataLength;
  });
  const started = performance.now();
  await page.goto(url);
  await page.locator(ready).first().waitFor();
  const ms = performance.now() - started;
  await page.close();
  return { ...bytes, ms };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (value) => (value / 1024).toFixed(0);

/**
 * Measures against a running portal (`apiUrl`); My clients opens with `token` as the session
 * cookie the portal's own sign-in sets (an RM's).
 */
export async function runPortalLoadBench({ apiUrl, token }) {
  const { executablePath, args, env } = await chromiumLaunchOptions();
  const browser = await chromium.launch({ executablePath, args, env: { ...process.env, ...env } });
  const signedIn = async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addCookies([{ name: 'corebook_session', value: token, url: apiUrl }]);
    return context;
  };
  const cases = [
    {
      name: 'sign-in page, empty cache',
      open: () => browser.newContext({ viewport: { width: 1440, height: 900 } }),
      load: (context) => measure(context, `${apiUrl}/sign-in`, '[data-testid="signin-submit"]'),
    },
    {
      name: 'My clients, empty cache',
      open: signedIn,
      load: (context) => measure(context, `${apiUrl}/clients`, '[data-testid="client-row"]'),
    },
    {
      name: 'My clients, warm cache',
      open: signedIn,
      load: async (context) => {
        await measure(context, `${apiUrl}/clients`, '[data-testid="client-row"]');
        return measure(context, `${apiUrl}/clients`, '[data-testid="client-row"]');
      },
    },
  ];
  console.log(
    `\nPortal first load at ${THROUGHPUT_BITS / 1e6} Mbit/s and ${LATENCY_MS} ms latency (Chromium ${browser.version()}), median of ${RUNS}\n`,
  );
  console.log(
    '| page | JavaScript KB | all KB | requests | time ms | wire ms (bytes at link speed) | time / wire |\n| --- | --- | --- | --- | --- | --- | --- |',
  );
  try {
    for (const { name, open, load } of cases) {
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        const context = await open();
        runs.push(await load(context));
        await context.close();
      }
      const result = {
        script: median(runs.map((run) => run.script)),
        total: median(runs.map((run) => run.total)),
        requests: median(runs.map((run) => run.requests)),
        ms: median(runs.map((run) => run.ms)),
      };
      const wire =
        (result.total * 8 * 1000) / THROUGHPUT_BITS + UNAVOIDABLE_ROUND_TRIPS * LATENCY_MS;
      console.log(
        `| ${name} | ${kb(result.script)} | ${kb(result.total)} | ${result.requests} | ${result.ms.toFixed(0)} | ${wire.toFixed(0)} | ${(result.ms / wire).toFixed(2)}x |`,
      );
    }
  } finally {
    await browser.close();
  }
}
