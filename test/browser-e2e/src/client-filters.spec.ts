// Issue 16, "also expected": a branch head narrows the branch's clients by tier, core flag,
// lifecycle stage and open early warning, and lists the branch pool; the filters live in
// the URL, and a filter that hides everything says so and offers the way back.
import { Workbook } from 'exceljs';
import type { Page } from 'playwright-core';
import { apiLogin, graphql } from './support/api';
import { chooseOption, signIn, usePortalSession } from './support/browser';

const PASSWORD = 'Corebook-demo-2026';
const HEAD = 'head.b001';

const session = usePortalSession();
const portalUrl = () => session.server.url;

/** How many clients the API finds for the branch head with this filter. */
async function countFor(token: string, filter: Record<string, unknown>): Promise<number> {
  const { clients } = await graphql<{ clients: { totalCount: number } }>(
    portalUrl(),
    token,
    'query ($f: ClientFilter) { clients(filter: $f, first: 1) { totalCount } }',
    { f: filter },
  );
  return clients.totalCount;
}

/** The count under the list, once the list shows `expected` ("Matching clients: 1,234"). */
async function shownCount(page: Page, expected: number): Promise<void> {
  await page.waitForFunction(
    (wanted) =>
      document.querySelector('[data-testid="pager-summary"]')?.textContent?.replace(/\D/g, '') ===
      String(wanted),
    expected,
  );
}

/** Every row on the page, as its tier, core flag, stage, warning flag and RM cell. */
function rowsOf(page: Page) {
  return page.getByTestId('client-row').evaluateAll((rows) =>
    rows.map((row) => ({
      tier: row.querySelector('[data-testid="tier-tag"]')?.getAttribute('data-tier') ?? null,
      core: row.querySelector('[data-testid="core-tag"]')?.getAttribute('data-core') === 'true',
      stage: row.querySelector('[data-testid="lifecycle-tag"]')?.textContent ?? null,
      warned: row.querySelector('[data-testid="client-warning"]') !== null,
      text: row.textContent ?? '',
    })),
  );
}

describe('client list filters', () => {
  it('narrows the branch by segment, warning and the branch pool, kept in the URL', async () => {
    const { page } = session;
    const admin = await apiLogin(portalUrl(), 'admin', PASSWORD);
    await graphql(portalUrl(), admin.token, 'mutation { runCoreRanking { id } }');
    const head = await apiLogin(portalUrl(), HEAD, PASSWORD);

    await page.goto('/clients');
    await page.waitForURL('**/sign-in');
    await signIn(page, HEAD, PASSWORD);
    await page.waitForURL((url) => url.pathname === '/clients');
    await page.getByTestId('client-row').first().waitFor();

    // Gold clients only: every row says Gold, and the count is the API's.
    await chooseOption(page, 'filter-tier', /^Gold$/);
    await page.waitForURL((url) => url.searchParams.get('tier') === 'GOLD');
    await shownCount(page, await countFor(head.token, { tier: 'GOLD' }));
    const gold = await rowsOf(page);
    expect(gold.length).toBeGreaterThan(0);
    expect(gold.every((row) => row.tier === 'GOLD')).toBe(true);
    // The export holds the same list: the link carries the filter, and the file as many rows.
    const href = await page.getByTestId('clients-export').getAttribute('href');
    expect(href).toMatch(/^\/clients\/export\.xlsx\?.*tier=GOLD.*&lang=en$/);
    const file = await page.request.get(href ?? '');
    expect(file.status()).toBe(200);
    const workbook = new Workbook();
    await workbook.xlsx.load((await file.body()) as unknown as ArrayBuffer);
    expect(workbook.worksheets[0].rowCount - 1).toBe(await countFor(head.token, { tier: 'GOLD' }));

    // Core clients in decline: what the early warnings are about.
    await page.getByTestId('filter-tier').locator('.ant-select-clear').click();
    await chooseOption(page, 'filter-core', /^Core client$/);
    await chooseOption(page, 'filter-stage', /^Decline$/);
    await page.waitForURL(
      (url) => url.search.includes('core=yes') && url.search.includes('stage=DECLINE'),
    );
    await shownCount(page, await countFor(head.token, { core: true, lifecycleStage: 'DECLINE' }));
    const declining = await rowsOf(page);
    expect(declining.length).toBeGreaterThan(0);
    expect(declining.every((row) => row.core && row.stage === 'Decline')).toBe(true);

    // The filters survive a reload: they are the page's address.
    await page.reload();
    await shownCount(page, await countFor(head.token, { core: true, lifecycleStage: 'DECLINE' }));

    // Clients with an open early warning: every row is flagged.
    await chooseOption(page, 'filter-warning', /^With an open warning$/);
    await page.waitForURL((url) => url.searchParams.get('warning') === 'open');
    const warned = { core: true, lifecycleStage: 'DECLINE', openEarlyWarning: true };
    await shownCount(page, await countFor(head.token, warned));
    expect((await rowsOf(page)).every((row) => row.warned)).toBe(true);

    // Gold and not core at once hides every client: the list says so and offers the way back.
    await page.goto('/clients?tier=GOLD&core=no');
    const empty = page.getByTestId('clients-empty');
    await empty.waitFor();
    expect(await empty.textContent()).toContain('These filters hide every client.');
    await page.getByTestId('empty-clear-filters').click();
    await page.waitForURL((url) => url.pathname === '/clients' && url.search === '');
    await shownCount(page, await countFor(head.token, {}));

    // The branch pool: clients no RM serves, listed at last.
    await chooseOption(page, 'filter-manager', /^Branch pool \(no RM\)$/);
    await page.waitForURL((url) => url.searchParams.get('rm') === 'pool');
    const pool = await countFor(head.token, { inBranchPool: true });
    expect(pool).toBeGreaterThan(0);
    await shownCount(page, pool);
    expect((await rowsOf(page)).every((row) => row.text.includes('Branch pool'))).toBe(true);

    // In Chinese, the filters speak Chinese.
    await page.getByTestId('lang-zh-CN').click();
    await page.getByTestId('filter-manager').getByText('支行公共池（无客户经理）').waitFor();
  });
});
