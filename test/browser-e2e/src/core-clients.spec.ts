// Issue 3 "Done means", in Chromium: on the demo bank a branch head runs the
// ranking, plans the branch's core-client books, previews the diff and applies it; every
// core client of the branch then has exactly one RM, and planning again moves nobody. The
// RM then finds tier, core flag, RFM and lifecycle stage in My clients.
import { factsAreStale } from '@corebook/domain';
import { Client } from 'pg';
import type { Page } from 'playwright-core';
import { apiLogin, graphql } from './support/api';
import { chooseOption, confirmDialog, signIn, usePortalSession } from './support/browser';

const PASSWORD = 'Corebook-demo-2026';
const HEAD = 'head.b001';
const RM = 'rm.b001.01';

interface BranchClient {
  id: string;
  core: boolean;
  manager: { id: number; branch: { id: number } } | null;
  assignmentHistory: { endedAt: string | null; manager: { id: number } }[];
}

const session = usePortalSession();
const portalUrl = () => session.server.url;

/** A figure shown in an antd Statistic, as a number ("1,000" → 1000). */
async function statistic(page: Page, testId: string): Promise<number> {
  const text = await page.getByTestId(testId).locator('.ant-statistic-content').textContent();
  return Number((text ?? '').replace(/[^\d.]/g, ''));
}

/** Every client of the branch, read through the API the way the portal reads them. */
async function branchClients(token: string, branchId: number): Promise<BranchClient[]> {
  const clients: BranchClient[] = [];
  let after: string | null = null;
  do {
    const page: {
      clients: {
        edges: { node: BranchClient }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } = await graphql(
      portalUrl(),
      token,
      `
        query ($branchId: Int!, $after: String) {
          clients(filter: { branchId: $branchId }, first: 200, after: $after) {
            edges {
              node {
                id
                core
                manager {
                  id
                  branch {
                    id
                  }
                }
                assignmentHistory {
                  endedAt
                  manager {
                    id
                  }
                }
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
      `,
      { branchId, after },
    );
    clients.push(...page.clients.edges.map((edge) => edge.node));
    after = page.clients.pageInfo.hasNextPage ? page.clients.pageInfo.endCursor : null;
  } while (after);
  return clients;
}

/** Core clients of the branch's latest ranking that no RM serves. */
async function coreClientsWithoutRm(databaseUrl: string, branchId: number): Promise<number> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n
       FROM client_rankings r
       WHERE r.run_id = (SELECT max(id) FROM ranking_runs WHERE status = 'COMPLETED')
         AND r.core AND r.branch_id = $1
         AND NOT EXISTS (SELECT 1 FROM current_assignments a
                         WHERE a.client_id = r.client_id AND a.manager_id IS NOT NULL)`,
      [branchId],
    );
    return rows[0].n;
  } finally {
    await db.end();
  }
}

describe('core clients', () => {
  it('lets a branch head rank, plan, preview and apply; every core client then has one RM', async () => {
    const { page } = session;
    const head = await apiLogin(portalUrl(), HEAD, PASSWORD);
    if (head.branchId === null) throw new Error(`${HEAD} has no branch`);

    // The board is in the branch head's navigation; a fresh bank has no ranking yet.
    await page.goto('/');
    await page.waitForURL('**/sign-in');
    await signIn(page, HEAD, PASSWORD);
    await page.waitForURL((url) => url.pathname === '/clients');
    await page.getByTestId('nav-coreClients').click();
    await page.waitForURL((url) => url.pathname === '/core-clients');
    await page.getByTestId('ranking-empty').waitFor();
    expect(await page.getByTestId('page-title').textContent()).toBe('Core clients');
    expect(await page.getByTestId('plan-assignment').isDisabled()).toBe(true);

    // A run re-ranks the whole bank: not the head's to start. Admin ranks; the summary
    // then shows the head the core set, the value it holds and the month of facts counted.
    expect(await page.getByTestId('run-ranking').count()).toBe(0);
    expect(await page.getByTestId('ranking-empty').textContent()).toContain('administrator');
    const admin = await apiLogin(portalUrl(), 'admin', PASSWORD);
    await graphql(portalUrl(), admin.token, 'mutation { runCoreRanking { id } }');
    await page.reload();
    await page.getByTestId('ranking-core-count').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('ranking-facts-month').textContent()).toMatch(
      /^Facts up to \w+ \d{4}$/,
    );
    expect(await statistic(page, 'ranking-core-count')).toBeGreaterThan(0);
    expect(await page.getByTestId('ranking-core-share').textContent()).toMatch(/\d+\.\d%/);

    // Plan the branch: a ready plan with its figures, the RMs' books and the diff.
    await page.getByTestId('plan-assignment').click();
    await page.getByTestId('plan-statistics').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('plan-status').getAttribute('data-status')).toBe('READY');
    const firstPlan = await page.getByTestId('plan-id').textContent();
    const moves = await statistic(page, 'plan-moves');
    const assigns = await statistic(page, 'plan-assigns');
    expect(moves + assigns).toBeGreaterThan(0);
    expect(await page.getByTestId('manager-loads').locator('tr.ant-table-row').count()).toBe(
      await page.getByTestId('load-manager').count(),
    );
    await page.getByTestId('before-after-chart').locator('.recharts-surface').first().waitFor();
    await page.getByTestId('plan-item-row').first().waitFor();

    // Filtered to one action, the diff shows only that action, with its translated reason.
    const action = moves > 0 ? 'MOVE' : 'ASSIGN';
    await chooseOption(page, 'items-filter-action', action === 'MOVE' ? /^Move/ : /^Assign/);
    await page.waitForFunction((wanted) => {
      const rows = Array.from(document.querySelectorAll('[data-testid="plan-item-row"]'));
      return rows.length > 0 && rows.every((row) => row.getAttribute('data-action') === wanted);
    }, action);
    const reasons = await page.getByTestId('item-reason').allTextContents();
    expect(reasons.every((reason) => reason.length > 0 && !/^[A-Z_]+$/.test(reason))).toBe(true);
    expect(await page.getByTestId('item-client').first().getAttribute('href')).toMatch(
      /^\/clients\/\d+$/,
    );

    // Apply, after the confirmation.
    await page.getByTestId('apply-plan').click();
    await confirmDialog(page, 'apply-confirm');
    await page.locator('[data-testid="plan-status"][data-status="APPLIED"]').waitFor();

    // Every core client of the branch has exactly one RM, of its branch, with one open period.
    const clients = await branchClients(head.token, head.branchId);
    const core = clients.filter((client) => client.core);
    expect(core.length).toBeGreaterThan(0);
    const wrong = core.filter((client) => {
      const open = client.assignmentHistory.filter((period) => period.endedAt === null);
      return (
        client.manager === null ||
        client.manager.branch.id !== head.branchId ||
        open.length !== 1 ||
        open[0].manager.id !== client.manager.id
      );
    });
    expect(wrong.map((client) => client.id)).toEqual([]);
    if (session.server.databaseUrl) {
      expect(await coreClientsWithoutRm(session.server.databaseUrl, head.branchId)).toBe(0);
    }

    // Planning again on unchanged data keeps every pair: zero moves.
    await page.getByTestId('plan-assignment').click();
    await page.locator('[data-testid="plan-status"][data-status="READY"]').waitFor();
    expect(await page.getByTestId('plan-id').textContent()).not.toBe(firstPlan);
    await page.getByTestId('plan-statistics').waitFor();
    expect(await statistic(page, 'plan-moves')).toBe(0);
    expect(await statistic(page, 'plan-assigns')).toBe(0);
    expect(await statistic(page, 'plan-unplaced')).toBe(0);

    // The Pareto page names the run's date and the month of facts behind it.
    await page.getByTestId('nav-valueConcentration').click();
    await page.waitForURL((url) => url.pathname === '/core-clients/pareto');
    expect(await page.getByTestId('pareto-of-run').textContent()).toMatch(
      /^Ranking of \d{4}-\d{2}-\d{2} · Facts up to \w+ \d{4}$/,
    );
  });

  it('shows an RM their book with tier, core flag, RFM and lifecycle stage', async () => {
    const { page } = session;
    // The first test ranked the bank; run it here too if this test runs alone.
    const head = await apiLogin(portalUrl(), HEAD, PASSWORD);
    const { rankingRuns } = await graphql<{ rankingRuns: { edges: unknown[] } }>(
      portalUrl(),
      head.token,
      '{ rankingRuns(first: 1) { edges { cursor } } }',
    );
    if (rankingRuns.edges.length === 0) {
      const admin = await apiLogin(portalUrl(), 'admin', PASSWORD);
      await graphql(portalUrl(), admin.token, 'mutation { runCoreRanking { id } }');
    }

    await page.goto('/clients');
    await page.waitForURL('**/sign-in');
    await signIn(page, RM, PASSWORD);
    await page.waitForURL((url) => url.pathname === '/clients');
    expect(await page.getByTestId('page-title').textContent()).toBe('My clients');
    await page.getByTestId('early-warnings').waitFor();

    const table = page.getByTestId('clients-table');
    await page.getByTestId('client-row').first().waitFor();
    const headers = await table.locator('thead th').allTextContents();
    expect(headers).toEqual(expect.arrayContaining(['Tier', 'Core', 'RFM', 'Lifecycle']));
    // The most valuable clients come first: they are ranked, tiered and core.
    const first = page.getByTestId('client-row').first();
    expect(await first.getByTestId('tier-tag').getAttribute('data-tier')).toMatch(
      /^(PLATINUM|GOLD|SILVER|BRONZE)$/,
    );
    expect(await first.getByTestId('core-tag').getAttribute('data-core')).toBe('true');
    expect(await first.getByTestId('rfm').textContent()).toMatch(/^[1-5]-[1-5]-[1-5]$/);
    expect(await first.getByTestId('lifecycle-tag').textContent()).toMatch(
      /^(Exploration|Formation|Stable|Decline)$/,
    );

    // A row is flagged exactly when its client has an open early warning (the API's
    // Client.openEarlyWarning, read with the page).
    const rm = await apiLogin(portalUrl(), RM, PASSWORD);
    const rows = await page.getByTestId('client-row').evaluateAll((elements) =>
      elements.map((row) => ({
        id: (row.querySelector('[data-testid="client-link"]')?.getAttribute('href') ?? '').replace(
          '/clients/',
          '',
        ),
        flagged: row.querySelector('[data-testid="client-warning"]') !== null,
      })),
    );
    for (const row of rows) {
      const { client } = await graphql<{ client: { openEarlyWarning: { id: string } | null } }>(
        portalUrl(),
        rm.token,
        'query ($id: ID!) { client(id: $id) { openEarlyWarning { id } } }',
        { id: row.id },
      );
      expect({ id: row.id, flagged: row.flagged }).toEqual({
        id: row.id,
        flagged: client.openEarlyWarning !== null,
      });
    }

    // The client page: segment badges, value by run and who served the client.
    await first.getByTestId('client-link').click();
    await page.getByTestId('client-segments').waitFor();
    await page.getByTestId('client-badges').waitFor();
    expect(await page.getByTestId('client-value-history').locator('tr.ant-table-row').count()).toBe(
      1,
    );
    expect(await page.getByTestId('assignment-period').count()).toBeGreaterThan(0);
    // The ranking's date comes with the month of facts it counted, and a warning when old.
    const { rankingRuns: latest } = await graphql<{
      rankingRuns: { edges: { node: { effectiveOn: string; lastFactMonth: string } }[] };
    }>(
      portalUrl(),
      head.token,
      '{ rankingRuns(first: 1) { edges { node { effectiveOn lastFactMonth } } } }',
    );
    const run = latest.edges[0].node;
    expect(await page.getByTestId('client-ranking-as-of').textContent()).toMatch(
      new RegExp(`^${run.effectiveOn} · Facts up to \\w+ \\d{4}$`),
    );
    expect(await page.getByTestId('ranking-stale-facts').count()).toBe(
      factsAreStale(run.lastFactMonth, run.effectiveOn) ? 1 : 0,
    );
    // Reassigning is the branch head's; an RM is not offered it.
    expect(await page.getByTestId('reassign-client').count()).toBe(0);
  });

  it('moves a client by hand with a reason, and a plan made before then must be made again', async () => {
    const { page } = session;
    const head = await apiLogin(portalUrl(), HEAD, PASSWORD);
    if (head.branchId === null) throw new Error(`${HEAD} has no branch`);
    const { rankingRuns } = await graphql<{ rankingRuns: { edges: unknown[] } }>(
      portalUrl(),
      head.token,
      '{ rankingRuns(first: 1) { edges { cursor } } }',
    );
    if (rankingRuns.edges.length === 0) {
      const admin = await apiLogin(portalUrl(), 'admin', PASSWORD);
      await graphql(portalUrl(), admin.token, 'mutation { runCoreRanking { id } }');
    }
    // A ready plan, made before the manual move below.
    await graphql(
      portalUrl(),
      head.token,
      'mutation ($b: Int) { planAssignment(branchId: $b) { id } }',
      {
        b: head.branchId,
      },
    );
    const client = (await branchClients(head.token, head.branchId)).find(
      (c) => c.core && c.manager !== null,
    );
    if (!client?.manager) throw new Error('the branch has no core client with an RM');

    await page.goto(`/clients/${client.id}`);
    await page.waitForURL('**/sign-in');
    await signIn(page, HEAD, PASSWORD);
    await page.waitForURL((url) => url.pathname === `/clients/${client.id}`);
    await page.getByTestId('reassign-client').click();

    // An RM who may not hold core clients now is listed with the reason, and not offered.
    const { relationshipManagers } = await graphql<{
      relationshipManagers: {
        employeeNo: string;
        status: string;
        coreClientIneligibility: string | null;
      }[];
    }>(
      portalUrl(),
      head.token,
      'query ($b: Int) { relationshipManagers(branchId: $b) { employeeNo status coreClientIneligibility } }',
      { b: head.branchId },
    );
    const ineligible = relationshipManagers.find(
      (m) => m.status === 'ACTIVE' && m.coreClientIneligibility === 'TRAINING_POINTS',
    );
    if (!ineligible) throw new Error('the branch has no active RM below the training minimum');
    await page.getByTestId('reassign-manager').click();
    await page.keyboard.type(ineligible.employeeNo);
    const option = page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
      .locator('.ant-select-item-option')
      .filter({ hasText: `(${ineligible.employeeNo})` });
    expect(await option.textContent()).toContain(
      'Below the training minimum this year and last year',
    );
    expect(await option.getAttribute('class')).toContain('ant-select-item-option-disabled');
    await page.keyboard.press('Escape');

    // No reason, no move: neither the code nor the words.
    await chooseOption(page, 'reassign-manager', /\(E\d+\)/);
    await page.getByTestId('reassign-save').click();
    await page.getByText('Choose why the client moves').waitFor();
    await page.getByText('Give a reason; it is kept in the audit log').waitFor();

    // "Other" says nothing by itself: the words must say more.
    await chooseOption(page, 'reassign-reason-code', /^Other$/);
    await page.getByTestId('reassign-reason').fill('Prefers Mandarin');
    await page.getByTestId('reassign-save').click();
    await page
      .getByText('With “Other”, say what the reason is in at least 20 characters')
      .waitFor();

    // Too short once trimmed, as the server counts it: refused in the form.
    await chooseOption(page, 'reassign-reason-code', /^Client's request$/);
    await page.getByTestId('reassign-reason').fill('ab      ');
    await page.getByTestId('reassign-save').click();
    await page.getByText('Give a reason of at least 5 characters').waitFor();

    // Meanwhile a colleague puts the client in the branch pool: this move is refused rather
    // than silently made over theirs.
    await graphql(
      portalUrl(),
      head.token,
      'mutation ($c: ID!, $r: String!) { reassignClient(clientId: $c, managerId: null, reasonCode: RM_CAPACITY, reason: $r) { id } }',
      { c: client.id, r: 'Moved by a colleague meanwhile' },
    );
    const reason = 'Client asked for a Mandarin-speaking RM';
    await page.getByTestId('reassign-reason').fill(reason);
    await page.getByTestId('reassign-save').click();
    await page
      .getByText("Someone else changed this client's RM since you opened this.", { exact: false })
      .waitFor();

    // The page now shows the client in the pool (saving waits until it does): saving again
    // moves it.
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="reassign-save"].ant-btn-loading'),
    );
    await page.getByTestId('reassign-save').click();
    await page.getByTestId('reassign-form').waitFor({ state: 'detached' });
    // The new period opens the history, with the branch head's reason, its code in words.
    const latest = page.getByTestId('assignment-period').first();
    await latest.getByText(reason, { exact: false }).waitFor();
    expect(await latest.textContent()).toContain("Reassigned by hand (Client's request)");
    await page.getByTestId('lang-zh-CN').click();
    await latest.getByText('人工调整（客户要求）', { exact: false }).waitFor();
    await page.getByTestId('lang-en').click();

    // The plan made before the move no longer describes the books: applying it is refused.
    await page.goto('/core-clients');
    await page.locator('[data-testid="plan-status"][data-status="READY"]').waitFor();
    await page.getByTestId('apply-plan').click();
    await confirmDialog(page, 'apply-confirm');
    await page.getByTestId('plan-stale').waitFor();
    // Why, in the user's words rather than the API's sentence.
    expect(await page.getByTestId('plan-stale').textContent()).toContain(
      'Clients of a branch in this plan were reassigned since it was made.',
    );
    await page.getByTestId('plan-again').click();
    await page.getByTestId('plan-stale').waitFor({ state: 'detached' });
    await page.locator('[data-testid="plan-status"][data-status="READY"]').waitFor();
  });
});
