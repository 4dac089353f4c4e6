import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startPortalServer, type PortalServer } from './portal-server';

/**
 * One browser session per spec file: the built portal on a fresh demo bank, the system
 * Chromium, and a fresh context (with traffic held to loopback) for each test.
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

/** Registers the Jest hooks and returns the session, filled in before each test. */
export function usePortalSession(): PortalSession {
  const session = {} as PortalSession;
  beforeAll(async () => {
    session.server = await startPortalServer();
    session.browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
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
    });
    // Tests talk to the local server only; anything else is a bug worth failing on.
    await session.context.route('**/*', (route) =>
      isLoopback(route.request().url()) ? route.continue() : route.abort('blockedbyclient'),
    );
    session.page = await session.context.newPage();
  });
  afterEach(async () => {
    await session.context?.close();
  });
  return session;
}

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByTestId('signin-username').fill(username);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
}
