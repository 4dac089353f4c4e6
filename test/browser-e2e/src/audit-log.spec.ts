// Issue 16, defect 10, in Chromium: admin filters the audit log by an operation chosen in
// words, the filter lives in the URL (a reload shows the same entries), and times are the
// bank's, named, though this browser is in New York.
import { wallClockIn } from '@corebook/domain';
import { BANK_TIME_ZONE } from '@corebook/server/common';
import { chooseOption, signIn, usePortalSession } from './support/browser';

const PASSWORD = 'Corebook-demo-2026';
const session = usePortalSession({ timezoneId: 'America/New_York' });

async function graphql(query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(`${session.server.url.replace(/\/$/, '')}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: { login?: { token: string } } };
}

const LOGIN = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;

describe('the audit log', () => {
  it('filters by an operation in words, keeps the filter in the URL and shows bank time', async () => {
    // Something to filter out: an RM looking at the log, refused.
    const rm = await graphql(LOGIN, { u: 'rm.b001.01', p: PASSWORD });
    await graphql('{ auditLog { edges { node { id } } } }', {}, rm.data!.login!.token);

    const page = session.page;
    await page.goto('/audit');
    await page.waitForURL('**/sign-in');
    await signIn(page, 'admin', PASSWORD);
    await page.waitForURL((url) => url.pathname === '/audit');
    const rows = page.getByTestId('audit-table').locator('tr.ant-table-row');
    // The table repeats its header in a measuring row: the visible one is in thead.
    const timeHeader = page.locator('thead').getByTestId('audit-time-header');
    await rows.first().waitFor();

    // The time column names the bank's zone, and the newest entry (admin's sign-in just now)
    // reads as the bank's clock, not New York's.
    expect(await timeHeader.textContent()).toBe(`Time (${BANK_TIME_ZONE})`);
    const shown = await rows.first().locator('td').nth(1).textContent();
    const bankNow = Date.parse(`${wallClockIn(BANK_TIME_ZONE, new Date()).replace(' ', 'T')}Z`);
    expect(Math.abs(Date.parse(`${shown!.replace(' ', 'T')}Z`) - bankNow)).toBeLessThan(600_000);
    const operations = () => page.getByTestId('audit-operation').allTextContents();
    expect(await operations()).toEqual(expect.arrayContaining(['Sign in', 'View the audit log']));

    await chooseOption(page, 'audit-filter-operation', /^Sign in$/);
    await page.getByTestId('audit-filters-apply').click();
    await page.waitForURL((url) => url.searchParams.get('operation') === 'login');
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('[data-testid="audit-operation"]')).every(
        (cell) => cell.textContent === 'Sign in',
      ),
    );
    expect(new Set(await operations())).toEqual(new Set(['Sign in']));
    const exportLink = await page.getByTestId('audit-export').getAttribute('href');
    expect(exportLink).toContain('operation=login');
    expect(exportLink).toContain('lang=en');

    // A reload (or the link, shared) shows the same filter, in the form and in the rows.
    await page.reload();
    await rows.first().waitFor();
    expect(new URL(page.url()).searchParams.get('operation')).toBe('login');
    expect(await page.getByTestId('audit-filter-operation').textContent()).toContain('Sign in');
    expect(new Set(await operations())).toEqual(new Set(['Sign in']));

    // In Chinese, the same choice and rows in Chinese words.
    await page.getByTestId('lang-zh-CN').click();
    await timeHeader.getByText(`时间（${BANK_TIME_ZONE}）`).waitFor();
    expect(new Set(await operations())).toEqual(new Set(['登录']));
    expect(await page.getByTestId('audit-filter-operation').textContent()).toContain('登录');
  });

  it("words a manual move's reason in the reader's language, and the head's note as written", async () => {
    // A branch head moves a client of the branch to the branch pool, for the client's request.
    const head = await graphql(LOGIN, { u: 'head.b001', p: PASSWORD });
    const token = head.data!.login!.token;
    const served = (await graphql(
      '{ clients(filter: { inBranchPool: false }, first: 1) { edges { node { id } } } }',
      {},
      token,
    )) as { data?: { clients: { edges: { node: { id: string } }[] } } };
    const note = 'Wants to be served at the counter only';
    const moved = await graphql(
      `
        mutation ($c: ID!, $r: String!) {
          reassignClient(clientId: $c, managerId: null, reasonCode: CLIENT_REQUEST, reason: $r) {
            id
          }
        }
      `,
      { c: served.data!.clients.edges[0].node.id, r: note },
      token,
    );
    expect(moved.data).toBeTruthy();

    const page = session.page;
    await page.goto('/audit?operation=reassignClient');
    await page.waitForURL('**/sign-in');
    await signIn(page, 'admin', PASSWORD);
    await page.waitForURL((url) => url.pathname === '/audit');
    await page.goto('/audit?operation=reassignClient');
    const detail = page.getByTestId('audit-detail').first();
    // Admin's account kept the language the test before chose.
    await page.getByTestId('lang-en').click();
    await detail.getByText(`Client's request: ${note}`).waitFor();
    await page.getByTestId('lang-zh-CN').click();
    await detail.getByText(`客户要求：${note}`).waitFor();
  });
});
