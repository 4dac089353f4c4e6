import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Request,
  type Response,
} from 'playwright-core';
import { startPortalServer, type PortalServer } from './portal-server';

const FAILURES_DIR = resolve(__dirname, '../../../../tmp/browser-e2e');
const TRAIL_LENGTH = 60;

/** Set by the test environment (../../environment.js) when a test's body has failed. */
declare const __failedTest: string | undefined;

/**
 * One browser session per spec file: the built portal on a fresh demo bank, Chromium, and a fresh context (with traffic held to loopback) for each test.
 */
export interface PortalSession {
  server: PortalServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

function isLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

/**
 * The browser that global-setup.mjs found or unpacked (tools/chromium.mjs). A launch that
 * crashes (the headless shell once died with SIGSEGV while starting, on a loaded machine) is
 * tried again once: no test has run yet, so nothing is hidden.
 */
export async function launchChromium(): Promise<Browser> {
  const options = process.env.COREBOOK_CHROMIUM;
  if (!options) throw new Error('COREBOOK_CHROMIUM is unset: run through jest.config.js');
  const { executablePath, args, env } = JSON.parse(options) as {
    executablePath: string;
    args: string[];
    env: Record<string, string>;
  };
  const launch = () => chromium.launch({ executablePath, args, env: { ...process.env, ...env } });
  return launch().catch(launch);
}

/**
 * Registers the Jest hooks and returns the session, filled in before each test. `timezoneId`
 * puts the browser somewhere else than the bank (whose times the portal must still show).
 */
export function usePortalSession(options: { timezoneId?: string } = {}): PortalSession {
  const session = {} as PortalSession;
  let trail: string[] = [];
  const note = (line: string) => {
    trail.push(`${new Date().toISOString().slice(11, 23)} ${line}`);
    if (trail.length > TRAIL_LENGTH) trail.shift();
  };
  beforeAll(async () => {
    session.server = await startPortalServer();
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });
  beforeEach(async () => {
    session.context = await session.browser.newContext({
      baseURL: session.server.url.replace(/\/$/, ''),
      locale: 'en-US',
      viewport: { width: 1440, height: 900 },
      timezoneId: options.timezoneId,
    });
    // Tests talk to the local server only; anything else is a bug worth failing on.
    await session.context.route('**/*', (route) =>
      isLoopback(route.request().url()) ? route.continue() : route.abort('blockedbyclient'),
    );
    session.page = await session.context.newPage();
    trail = [];
    session.page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) note(`sent ${operationOf(request)}`);
    });
    session.page.on('requestfailed', (request) =>
      note(`failed ${operationOf(request)} ${request.failure()?.errorText ?? ''}`),
    );
    session.page.on('response', (response) => {
      const graphqlAnswer = response.url().endsWith('/graphql');
      if (graphqlAnswer) void noteGraphql(response).then(note, note);
      else if (response.status() >= 400) note(`${response.status()} ${response.url()}`);
    });
    session.page.on('pageerror', (error) => note(`page error: ${error.message}`));
    session.page.on('console', (message) => {
      if (message.type() === 'error') note(`console error: ${message.text()}`);
    });
  });
  afterEach(async () => {
    if (__failedTest !== undefined && session.page) await reportFailure(session.page, trail);
    await session.context?.close();
  });
  return session;
}

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByTestId('signin-username').fill(username);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
}

/**
 * Presses a confirmation dialog's button once the dialog has finished opening (as a person
 * would), then waits for the dialog to close, so a press that did not take fails here.
 */
export async function confirmDialog(page: Page, buttonTestId: string): Promise<void> {
  const button = page.getByTestId(buttonTestId);
  await button.waitFor();
  await animationsSettled(page, '.ant-modal');
  await button.click();
  await button.waitFor({ state: 'detached' });
}

/**
 * Opens an antd Select and picks the first enabled option whose label matches, once the
 * dropdown has finished opening; then waits for it to close, so the next pick starts clean.
 */
export async function chooseOption(page: Page, selectTestId: string, label: RegExp): Promise<void> {
  // A dropdown still closing would take the click meant for the new one.
  await selectDropdownsClosed(page);
  await page.getByTestId(selectTestId).click();
  const option = page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
    .locator('.ant-select-item-option:not(.ant-select-item-option-disabled)')
    .filter({ hasText: label })
    .first();
  await option.waitFor();
  await animationsSettled(page, '.ant-select-dropdown');
  await option.click();
  // A re-render at the moment of the click can swallow it, leaving the dropdown open with
  // nothing chosen (seen once in rm-postings): choose again (the same option, a no-op if the
  // first click did choose it).
  const closed = await page
    .waitForFunction(
      () => !document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)'),
      undefined,
      { timeout: 5_000 },
    )
    .then(
      () => true,
      () => false,
    );
  if (!closed) await option.click();
  await selectDropdownsClosed(page);
}

/** Waits until no antd Select dropdown is open or still closing (its leave animation). */
export async function selectDropdownsClosed(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)'),
  );
}

/** Waits until a dialog has finished opening: a press during its motion can be lost. */
export function dialogOpened(page: Page): Promise<void> {
  return animationsSettled(page, '.ant-modal');
}

/** Waits until nothing matching `selector` is animating (antd's open and close motions). */
async function animationsSettled(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(
    (matching) =>
      Array.from(document.querySelectorAll(matching)).every((element) =>
        element
          .getAnimations({ subtree: true })
          .every((animation: Animation) => animation.playState !== 'running'),
      ),
    selector,
  );
}

/**
 * How many different pictures the page's font draws for the characters of `text`: a browser
 * without a font for them draws each as the same empty box, so this is then 1.
 */
export async function distinctGlyphs(page: Page, text: string): Promise<number> {
  await page.evaluate((characters) => {
    const probe = document.createElement('div');
    probe.id = 'glyph-probe';
    probe.style.cssText =
      'position:fixed;top:0;left:0;z-index:99999;background:#fff;font-size:32px';
    for (const character of characters) {
      const glyph = document.createElement('span');
      glyph.textContent = character;
      probe.append(glyph);
    }
    document.body.append(probe);
  }, text);
  const shots = new Set<string>();
  for (const glyph of await page.locator('#glyph-probe span').all())
    shots.add((await glyph.screenshot()).toString('base64'));
  await page.evaluate(() => document.getElementById('glyph-probe')?.remove());
  return shots.size;
}

function operationOf(request: Request): string {
  if (!request.url().endsWith('/graphql')) return request.url();
  const body = request.postDataJSON() as { operationName?: string } | null;
  return body?.operationName ?? 'graphql';
}

/** One line per GraphQL answer the page received: operation, HTTP status, error codes. */
async function noteGraphql(response: Response): Promise<string> {
  const request = response.request();
  const body = (await response.json().catch(() => null)) as {
    errors?: { extensions?: { code?: string; reason?: string } }[];
  } | null;
  const errors = (body?.errors ?? []).map(
    (error) =>
      `${error.extensions?.code ?? '?'}${error.extensions?.reason ? `/${error.extensions.reason}` : ''}`,
  );
  return `${operationOf(request)} ${response.status()}${errors.length ? ` ${errors.join(',')}` : ''}`;
}

/** What a failed test's page last showed and did, for the CI log: its URL, a screenshot, the trail. */
async function reportFailure(page: Page, trail: readonly string[]): Promise<void> {
  mkdirSync(FAILURES_DIR, { recursive: true });
  const file = join(FAILURES_DIR, `${__failedTest ?? 'test'}.png`.replace(/[^\w.-]+/g, '-'));
  const shot = await page.screenshot({ path: file, fullPage: true }).then(
    () => file,
    (error: unknown) => `none (${String(error)})`,
  );
  const alerts = await page
    .locator('.ant-alert, .ant-message, .ant-modal')
    .allTextContents()
    .catch(() => []);
  console.error(
    [
      `"${__failedTest}" failed on ${page.url()}`,
      `screenshot: ${shot}`,
      `alerts and dialogs: ${alerts.length ? alerts.join(' | ') : 'none'}`,
      "the page's last responses and errors:",
      ...trail.map((line) => `  ${line}`),
    ].join('\n'),
  );
}
