// The portal in Chromium: sign-in, an RM's book, a client, language, sign-out.
// Starts the built API + portal on a fresh demo bank (or uses PORTAL_URL when set).
import type { Page } from 'playwright-core';
import { distinctGlyphs, signIn, usePortalSession } from './support/browser';

const RM = { username: 'rm.b001.01', password: 'Corebook-demo-2026' };
const HEAD = { username: 'head.b001', password: 'Corebook-demo-2026' };
const PASSWORD = 'Corebook-demo-2026';

/** "1,234,567.89" → 1234567.89, for comparing the order of formatted amounts. */
function amount(text: string | null): number {
  return Number.parseFloat((text ?? '').replace(/[^\d.-]/g, ''));
}

const session = usePortalSession();

describe('portal', () => {
  it('refuses a wrong password with a clear message and stays on sign-in', async () => {
    await session.page.goto('/');
    await session.page.waitForURL('**/sign-in');

    await signIn(session.page, RM.username, 'not-the-password');

    const error = session.page.getByTestId('signin-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Wrong username or password.');
    expect(new URL(session.page.url()).pathname).toBe('/sign-in');
  });

  it('lets an RM open a client from My clients, switch to Chinese and sign out', async () => {
    await session.page.goto('/clients');
    await session.page.waitForURL('**/sign-in');
    await signIn(session.page, RM.username, RM.password);

    // Back where they were going: the RM's own book, most valuable clients first.
    await session.page.waitForURL((url) => url.pathname === '/clients');
    expect(await session.page.getByTestId('page-title').textContent()).toBe('My clients');
    const rows = session.page.getByTestId('client-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(1);
    const contributions = await rows.getByTestId('cell-contribution').allTextContents();
    expect(amount(contributions[0])).toBeGreaterThanOrEqual(amount(contributions[1]));

    // The client page: profile, RM, products and the trend chart.
    const name = await rows.first().getByTestId('client-link').textContent();
    await rows.first().click();
    await session.page.waitForURL(/\/clients\/[^/]+$/);
    await session.page.getByTestId('client-profile').waitFor();
    expect(await session.page.getByTestId('client-name').textContent()).toBe(name);
    const managerCard = await session.page.getByTestId('client-manager').textContent();
    expect(managerCard).toContain('Relationship manager');
    // The RM's grade in words, not the stored code.
    expect(managerCard).toContain('Senior');
    expect(managerCard).not.toContain('SENIOR');
    expect(
      await session.page.getByTestId('client-products').locator('tr.ant-table-row').count(),
    ).toBeGreaterThan(0);
    await session.page.getByTestId('client-trend').locator('.recharts-surface').first().waitFor();

    // Switching to 中文 relabels the page and is remembered across a reload.
    await session.page.getByTestId('lang-zh-CN').click();
    await session.page.getByTestId('client-profile').getByText('客户概况').waitFor();
    expect(await session.page.getByTestId('back-to-clients').textContent()).toContain(
      '返回客户列表',
    );
    expect(await session.page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await session.page.reload();
    await session.page.getByTestId('client-profile').getByText('客户概况').waitFor();
    // Drawn as Chinese characters, not as empty boxes (the bundled browser brings a CJK font).
    expect(await distinctGlyphs(session.page, '客户概况')).toBe(4);

    // A client outside the book reads as "not found or not yours", never as data.
    await session.page.goto('/clients/999999999');
    await session.page.getByTestId('client-not-found').waitFor();
    expect(await session.page.getByTestId('client-not-found').textContent()).toContain(
      '不在您的客户名单中',
    );

    // Signing out ends the session on the server too: the list sends back to sign-in.
    await session.page.getByTestId('user-menu').click();
    await session.page.getByTestId('menu-sign-out').click();
    await session.page.waitForURL('**/sign-in');
    await session.page.getByText('登录 Corebook').waitFor();
    await session.page.goto('/clients');
    await session.page.waitForURL('**/sign-in');
  });

  it("fits a branch head's client list on the screen, and pages and sorts it with one request per click", async () => {
    const { page } = session;
    await page.goto('/clients');
    await page.waitForURL('**/sign-in');
    await signIn(page, HEAD.username, HEAD.password);
    await page.waitForURL((url) => url.pathname === '/clients');
    const rows = page.getByTestId('client-row');
    await rows.first().waitFor();
    const firstPage = await rows.first().getByTestId('client-link').textContent();
    // With branch and RM columns the list still fits the 1440 px screen: no sideways scroll.
    const overflow = await page
      .getByTestId('clients-table')
      .locator('.ant-table-content, .ant-table-body')
      .first()
      .evaluate((body) => body.scrollWidth - body.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.postDataJSON()?.operationName === 'Clients')
        sent.push(JSON.stringify(request.postDataJSON().variables));
    });
    await page.getByTestId('pager-next').click();
    await page.getByTestId('pager-page').getByText('2').waitFor();
    await page.waitForFunction(
      (name) => document.querySelector('[data-testid="client-link"]')?.textContent !== name,
      firstPage,
    );
    await page.waitForLoadState('networkidle');
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]).after).not.toBeNull();

    sent.length = 0;
    // The column says which AUM it is: the 12-month average, not a current balance.
    const aum = page.locator('th').filter({ hasText: 'AUM' });
    expect(await aum.textContent()).toContain('AUM, 12-month avg. (¥)');
    await aum.click();
    await page.waitForURL((url) => url.searchParams.has('sort'));
    await page.waitForLoadState('networkidle');
    expect(sent.map((variables) => JSON.parse(variables).sort)).toEqual(['AUM_DESC']);
  });
});

async function openAs(page: Page, username: string, path: string): Promise<void> {
  await session.context.clearCookies();
  await page.addInitScript(() => window.localStorage.setItem('corebook.language', 'zh-CN'));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(path);
  await page.waitForURL('**/sign-in');
  await signIn(page, username, PASSWORD);
  await page.waitForURL((url) => url.pathname === path.split('?')[0]);
}

/** How far a table is wider than its box: 0 when every column shows without scrolling. */
function hiddenWidth(page: Page, testId: string): Promise<number> {
  return page
    .getByTestId(testId)
    .locator('.ant-table-content, .ant-table-body')
    .first()
    .evaluate((box) => box.scrollWidth - box.clientWidth);
}

/** Whether an element's text runs on one line. */
function onOneLine(page: Page, testId: string): Promise<boolean> {
  return page
    .getByTestId(testId)
    .first()
    .evaluate((element) => {
      const lineHeight = Number.parseFloat(getComputedStyle(element).lineHeight);
      return element.getBoundingClientRect().height < lineHeight * 1.5;
    });
}

// Issue 16, defect 6: at the narrowest width a bank's desktops use (1280 px), in the longer
// language (Chinese), no table hides columns behind its actions, and no number or id breaks
// mid-number. Wider screens only have more room.
describe('layout at 1280 px in Chinese', () => {
  it("shows every column of HR's catalogue and records grid beside the actions", async () => {
    const { page } = session;
    await openAs(page, 'hr', '/training/catalogue');
    await page.getByTestId('activities-table').locator('tr.ant-table-row').first().waitFor();
    expect(await hiddenWidth(page, 'activities-table')).toBe(0);

    await page.goto('/training/records');
    await page.getByTestId('record-row').first().waitFor();
    expect(await hiddenWidth(page, 'records-table')).toBe(0);
  });

  it("shows an RM's training file whole: missing trainings, certificates and history", async () => {
    const { page } = session;
    await openAs(page, 'rm.b001.01', '/training/my');
    await page.getByTestId('training-file').waitFor();
    expect(await hiddenWidth(page, 'file-mandatory-missing')).toBe(0);
    expect(await hiddenWidth(page, 'file-certificates')).toBe(0);
    expect(await hiddenWidth(page, 'records-table')).toBe(0);
  });

  it("keeps a client's number and money on one line, and every menu label whole", async () => {
    const { page } = session;
    await openAs(page, 'head.b001', '/clients');
    await page.getByTestId('client-link').first().click();
    await page.getByTestId('client-profile').waitFor();
    expect(await onOneLine(page, 'client-number')).toBe(true);
    expect(await onOneLine(page, 'client-contribution')).toBe(true);
    const cut = await page
      .locator('[data-testid^="nav-"]')
      .evaluateAll((labels) =>
        labels.filter((label) => label.scrollWidth > label.clientWidth).map((l) => l.textContent),
      );
    expect(cut).toEqual([]);
  });
});
