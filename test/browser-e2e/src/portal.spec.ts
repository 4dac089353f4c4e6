// The portal in the system Chromium: sign-in, an RM's book, a client, language, sign-out.
// Starts the built API + portal on a fresh demo bank (or uses PORTAL_URL when set).
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startPortalServer, type PortalServer } from './support/portal-server';

const RM = { username: 'rm.b001.01', password: 'Corebook-demo-2026' };

let server: PortalServer;

function portalUrl(): string {
  return server.url.replace(/\/$/, '');
}

function isLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

/** "1,234,567.89" → 1234567.89, for comparing the order of formatted amounts. */
function amount(text: string | null): number {
  return Number.parseFloat((text ?? '').replace(/[^\d.-]/g, ''));
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByTestId('signin-username').fill(username);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
}

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startPortalServer();
  browser = await chromium.launch({
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
  await browser?.close();
  await server?.stop();
});

beforeEach(async () => {
  context = await browser.newContext({
    baseURL: portalUrl(),
    locale: 'en-US',
    viewport: { width: 1440, height: 900 },
  });
  // Tests talk to the local server only; anything else is a bug worth failing on.
  await context.route('**/*', (route) =>
    isLoopback(route.request().url()) ? route.continue() : route.abort('blockedbyclient'),
  );
  page = await context.newPage();
});

afterEach(async () => {
  await context?.close();
});

describe('portal', () => {
  it('refuses a wrong password with a clear message and stays on sign-in', async () => {
    await page.goto('/');
    await page.waitForURL('**/sign-in');

    await signIn(page, RM.username, 'not-the-password');

    const error = page.getByTestId('signin-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Wrong username or password.');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });

  it('lets an RM open a client from My clients, switch to Chinese and sign out', async () => {
    await page.goto('/clients');
    await page.waitForURL('**/sign-in');
    await signIn(page, RM.username, RM.password);

    // Back where they were going: the RM's own book, most valuable clients first.
    await page.waitForURL((url) => url.pathname === '/clients');
    expect(await page.getByTestId('page-title').textContent()).toBe('My clients');
    const rows = page.getByTestId('client-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(1);
    const contributions = await rows.locator('td:nth-child(6)').allTextContents();
    expect(amount(contributions[0])).toBeGreaterThanOrEqual(amount(contributions[1]));

    // The client page: profile, RM, products and the trend chart.
    const name = await rows.first().getByTestId('client-link').textContent();
    await rows.first().click();
    await page.waitForURL(/\/clients\/[^/]+$/);
    await page.getByTestId('client-profile').waitFor();
    expect(await page.getByTestId('client-name').textContent()).toBe(name);
    expect(await page.getByTestId('client-manager').textContent()).toContain(
      'Relationship manager',
    );
    expect(
      await page.getByTestId('client-products').locator('tr.ant-table-row').count(),
    ).toBeGreaterThan(0);
    await page.getByTestId('client-trend').locator('.recharts-surface').first().waitFor();

    // Switching to 中文 relabels the page and is remembered across a reload.
    await page.getByTestId('lang-zh-CN').click();
    await page.getByTestId('client-profile').getByText('客户概况').waitFor();
    expect(await page.getByTestId('back-to-clients').textContent()).toContain('返回客户列表');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.reload();
    await page.getByTestId('client-profile').getByText('客户概况').waitFor();

    // A client outside the book reads as "not found or not yours", never as data.
    await page.goto('/clients/999999999');
    await page.getByTestId('client-not-found').waitFor();
    expect(await page.getByTestId('client-not-found').textContent()).toContain(
      '不在您的客户名单中',
    );

    // Signing out ends the session on the server too: the list sends back to sign-in.
    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-sign-out').click();
    await page.waitForURL('**/sign-in');
    await page.getByText('登录 Corebook').waitFor();
    await page.goto('/clients');
    await page.waitForURL('**/sign-in');
  });
});
