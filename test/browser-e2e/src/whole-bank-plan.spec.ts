// docs/domain.md rule 3 for the whole bank, in Chromium: admin chooses "All
// branches" on the core-client board, plans every branch in one plan, reviews it branch
// by branch (balances, one branch's books, the diff narrowed to that branch) and applies
// it; planning again on unchanged data then moves nobody.
import { Client } from 'pg';
import type { Page } from 'playwright-core';
import { bankToday } from '@corebook/server/common';
import { apiLogin, graphql } from './support/api';
import { chooseOption, confirmDialog, signIn, usePortalSession } from './support/browser';

const PASSWORD = 'Corebook-demo-2026';
const ADMIN = 'admin';

const session = usePortalSession();
const portalUrl = () => session.server.url;

/** A figure shown in an antd Statistic, as a number ("1,000" → 1000). */
async function statistic(page: Page, testId: string): Promise<number> {
  const text = await page.getByTestId(testId).locator('.ant-statistic-content').textContent();
  return Number((text ?? '').replace(/[^\d.]/g, ''));
}

/** Waits until a form input shows the value (forms fill in once their data arrives). */
async function waitForValue(page: Page, testId: string, value: string): Promise<void> {
  await page.waitForFunction(
    ([id, expected]) =>
      document.querySelector<HTMLInputElement>(`input[data-testid="${id}"]`)?.value === expected,
    [testId, value],
  );
}

/**
 * Holds the plan items table from another session, so a plan stops where it writes its
 * items (progress 60) until `release` is called: what the board shows during a long plan.
 */
async function holdPlanItems(databaseUrl: string): Promise<{ release(): Promise<void> }> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  await db.query('BEGIN');
  await db.query('LOCK TABLE assignment_plan_items IN EXCLUSIVE MODE');
  return {
    release: async () => {
      await db.query('COMMIT');
      await db.end();
    },
  };
}

describe('whole-bank plan', () => {
  it('lets admin plan every branch at once, review it branch by branch and apply it', async () => {
    const { page } = session;
    const admin = await apiLogin(portalUrl(), ADMIN, PASSWORD);
    const { branches } = await graphql<{ branches: { id: number; code: string }[] }>(
      portalUrl(),
      admin.token,
      '{ branches { id code } }',
    );

    await page.goto('/core-clients');
    await page.waitForURL('**/sign-in');
    await signIn(page, ADMIN, PASSWORD);
    await page.waitForURL((url) => url.pathname === '/core-clients');
    await page.getByTestId('choose-branch').waitFor();
    // Ranking the bank asks first, saying what a run does, with its effective date (today).
    await page.getByTestId('run-ranking').click();
    const dialog = page.getByTestId('run-ranking-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Every client of the bank is ranked again');
    // Today where the bank is, which the server holds a run's date to, not the browser's.
    const today = bankToday();
    expect(await page.getByTestId('run-ranking-date').inputValue()).toBe(today);
    await page.getByTestId('run-ranking-confirm').click();
    await page.getByTestId('ranking-core-count').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('ranking-effective-on').textContent()).toContain(today);
    // A link naming a branch the bank does not have asks for a branch, and plans nothing:
    // the board does not even ask for that branch's plans (which the API refuses).
    const askedFor999: unknown[] = [];
    const watch = (request: import('playwright-core').Request) => {
      const body = request.url().endsWith('/graphql') ? request.postDataJSON() : null;
      if (body?.operationName === 'LatestAssignmentPlan' && body.variables?.branchId === 999)
        askedFor999.push(body.variables);
    };
    page.on('request', watch);
    await page.goto('/core-clients?branch=999');
    await page
      .getByTestId('choose-branch')
      .getByText('There is no branch 999 in this bank')
      .waitFor();
    await page.waitForLoadState('networkidle');
    page.off('request', watch);
    expect(askedFor999).toEqual([]);
    expect(await page.getByTestId('plan-card').count()).toBe(0);
    await chooseOption(page, 'plan-scope-select', /^All branches \(whole bank\)$/);
    await page.waitForURL((url) => url.searchParams.get('branch') === 'all');
    await page.getByTestId('plan-empty').waitFor();
    expect(await page.getByTestId('plan-card').locator('.ant-card-head-title').textContent()).toBe(
      'Assignment plan — whole bank',
    );

    // Plan the bank: while it is made the card shows its progress; then one ready plan,
    // every branch's balance, no RM books until one is chosen.
    const { databaseUrl } = session.server;
    const held = databaseUrl ? await holdPlanItems(databaseUrl) : null;
    try {
      await page.getByTestId('plan-assignment').click();
      if (held) {
        await page.getByTestId('plan-progress').getByText('60%').waitFor();
        expect(await page.getByTestId('plan-progress').textContent()).toContain(
          'Planning the whole bank',
        );
      }
    } finally {
      await held?.release();
    }
    await page.getByTestId('plan-statistics').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('plan-status').getAttribute('data-status')).toBe('READY');
    const balanceRows = page.getByTestId('branch-balance-row');
    expect(await balanceRows.count()).toBe(branches.length);
    await page.getByTestId('plan-pick-branch').waitFor();
    expect(await page.getByTestId('manager-loads').count()).toBe(0);
    expect(await statistic(page, 'plan-assigns')).toBeGreaterThan(0);

    // Choose the second branch: its RMs' books appear and the diff holds only its clients.
    const chosen = branches[1];
    await balanceRows.filter({ hasText: `(${chosen.code})` }).click();
    await page.getByTestId('manager-loads').waitFor();
    const { assignmentPlans: planned } = await graphql<{
      assignmentPlans: {
        edges: { node: { items: { totalCount: number }; keeps: { totalCount: number } } }[];
      };
    }>(
      portalUrl(),
      admin.token,
      `
        query ($b: Int) {
          assignmentPlans(wholeBank: true, first: 1) {
            edges {
              node {
                items(filter: { branchId: $b }) {
                  totalCount
                }
                keeps: items(filter: { branchId: $b, action: KEEP }) {
                  totalCount
                }
              }
            }
          }
        }
      `,
      { b: chosen.id },
    );
    const branchItems = planned.edges[0].node.items.totalCount;
    // The pager's total follows the filter, so the rows below it are the branch's.
    await page
      .getByTestId('plan-diff')
      .getByText(`Items: ${new Intl.NumberFormat('en').format(branchItems)}`, { exact: true })
      .waitFor();
    expect(
      await page.getByTestId('plan-diff').getByTestId('branch-select').textContent(),
    ).toContain(`(${chosen.code})`);
    // The action filter counts the branch's items, not the bank's.
    const branchKeeps = planned.edges[0].node.keeps.totalCount;
    await page.getByTestId('items-filter-action').click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
      .getByText(`Keep (${branchKeeps})`, { exact: true })
      .waitFor();
    await page.keyboard.press('Escape');
    const clientIds = (
      await page
        .getByTestId('item-client')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
    ).map((href) => href.replace('/clients/', ''));
    expect(clientIds.length).toBeGreaterThan(0);
    for (const id of clientIds) {
      const { client } = await graphql<{ client: { branch: { id: number } } }>(
        portalUrl(),
        admin.token,
        'query ($id: ID!) { client(id: $id) { branch { id } } }',
        { id },
      );
      expect(client.branch.id).toBe(chosen.id);
    }
    const loads = await page.getByTestId('load-manager').allTextContents();
    const { relationshipManagers } = await graphql<{ relationshipManagers: { name: string }[] }>(
      portalUrl(),
      admin.token,
      'query ($b: Int) { relationshipManagers(branchId: $b) { name } }',
      { b: chosen.id },
    );
    const branchNames = new Set(relationshipManagers.map((m) => m.name));
    expect(loads.length).toBeGreaterThan(0);
    expect(loads.filter((name) => !branchNames.has(name))).toEqual([]);

    // Apply, after the confirmation, as for a branch.
    await page.getByTestId('apply-plan').click();
    await confirmDialog(page, 'apply-confirm');
    // The demo bank applies in well under a second. Once, with the whole suite running, the
    // page did not show APPLIED within 30 s, for a reason not yet known: a failure now prints
    // the page's last requests and answers (support/browser.ts), which will tell.
    await page
      .locator('[data-testid="plan-status"][data-status="APPLIED"]')
      .waitFor({ timeout: 60_000 });
    const { assignmentPlans } = await graphql<{
      assignmentPlans: { edges: { node: { status: string; branch: null } }[] };
    }>(
      portalUrl(),
      admin.token,
      '{ assignmentPlans(wholeBank: true, first: 1) { edges { node { status branch { id } } } } }',
    );
    expect(assignmentPlans.edges[0].node).toEqual({ status: 'APPLIED', branch: null });

    // Planning the bank again on unchanged data keeps every pair, except moves that go on
    // evening out books the first plan's balance cap left uneven (at most the cap again).
    const applied = await page.getByTestId('plan-id').textContent();
    await page.getByTestId('plan-assignment').click();
    await page.locator('[data-testid="plan-status"][data-status="READY"]').waitFor();
    expect(await page.getByTestId('plan-id').textContent()).not.toBe(applied);
    await page.getByTestId('plan-statistics').waitFor();
    expect(await statistic(page, 'plan-assigns')).toBe(0);
    expect(await statistic(page, 'plan-unplaced')).toBe(0);
    const { assignmentPlans: again } = await graphql<{
      assignmentPlans: { edges: { node: { statistics: { moves: number; keeps: number } } }[] };
    }>(
      portalUrl(),
      admin.token,
      `
        {
          assignmentPlans(wholeBank: true, first: 1) {
            edges {
              node {
                statistics {
                  moves
                  keeps
                }
              }
            }
          }
        }
      `,
    );
    const { statistics } = again.edges[0].node;
    expect(statistics.moves).toBe(0);
    expect(await statistic(page, 'plan-moves')).toBe(0);
    expect(statistics.keeps).toBeGreaterThan(0);
  }, 180_000);
  it('lets admin change the ranking rules: saved and reloaded, a refused value named under its field, a stale version offered a reload', async () => {
    const { page } = session;
    const admin = await apiLogin(portalUrl(), ADMIN, PASSWORD);
    const RULES = `{ rankingSettings { version potentialProductGaps goldPercent corePercent } }`;
    const before = (
      await graphql<{ rankingSettings: { version: number; potentialProductGaps: number } }>(
        portalUrl(),
        admin.token,
        RULES,
      )
    ).rankingSettings;

    await page.goto('/core-clients/settings');
    await page.waitForURL('**/sign-in');
    await signIn(page, ADMIN, PASSWORD);
    const gaps = page.getByTestId('ranking-setting-potentialProductGaps');
    await gaps.fill(String(before.potentialProductGaps === 4 ? 3 : 4));
    await page.getByTestId('ranking-settings-save').click();
    await page.getByText('Rules saved.').first().waitFor();
    const saved = (
      await graphql<{
        rankingSettings: { version: number; potentialProductGaps: number; corePercent: number };
      }>(portalUrl(), admin.token, RULES)
    ).rankingSettings;
    expect(saved.version).toBe(before.version + 1);
    expect(saved.potentialProductGaps).not.toBe(before.potentialProductGaps);
    await page.reload();
    await waitForValue(
      page,
      'ranking-setting-potentialProductGaps',
      String(saved.potentialProductGaps),
    );

    // Out of range: the field says so instead of turning 150 into 100, and nothing is saved.
    await page.getByTestId('ranking-setting-corePercent').fill('150');
    await page.getByTestId('ranking-settings-save').click();
    await page
      .locator('.ant-form-item', { has: page.getByTestId('ranking-setting-corePercent') })
      .locator('.ant-form-item-explain-error')
      .filter({ hasText: 'Core clients (top %) must be from 1 to 100.' })
      .waitFor();
    expect(await page.getByTestId('ranking-setting-corePercent').inputValue()).toBe('150');
    expect(
      (await graphql<{ rankingSettings: { version: number } }>(portalUrl(), admin.token, RULES))
        .rankingSettings.version,
    ).toBe(saved.version);
    await page.getByTestId('ranking-setting-corePercent').fill(String(saved.corePercent));

    // Gold below platinum: the server refuses with a rule and its limits; the portal says
    // why in the user's words (its labels, not the API's "goldPercent must be from
    // platinumPercent to 100"), under the field and above the form.
    await page.getByTestId('ranking-setting-goldPercent').fill('0.5');
    await page.getByTestId('ranking-settings-save').click();
    const why = 'Gold (top %) must be from Platinum (top %) (1) to 100.';
    await page
      .locator('.ant-form-item', { has: page.getByTestId('ranking-setting-goldPercent') })
      .locator('.ant-form-item-explain-error')
      .filter({ hasText: why })
      .waitFor();
    expect(await page.getByTestId('form-error').textContent()).toContain(why);

    // Someone else saves first: this form's version is stale, and it offers a reload.
    await graphql(
      portalUrl(),
      admin.token,
      `
        mutation ($v: Int!) {
          updateRankingSettings(
            version: $v
            input: {
              scope: BANK
              corePercent: 20
              contributionWeight: 1
              aumWeight: 0.01
              platinumPercent: 1
              goldPercent: 5
              silverPercent: 20
              explorationMonths: 12
              formationMonths: 36
              formationGrowthPercent: 20
              declineValueDropPercent: 20
              declineActivityDropPercent: 30
              potentialGrowthPercent: 10
              potentialProductGaps: 2
            }
          ) {
            version
          }
        }
      `,
      { v: saved.version },
    );
    await page.getByTestId('ranking-setting-goldPercent').fill('6');
    await page.getByTestId('ranking-settings-save').click();
    await page.getByTestId('form-conflict').waitFor();
    await page.getByTestId('form-reload').click();
    await page.getByTestId('form-conflict').waitFor({ state: 'detached' });
    // The reload refetches the settings; the form fills in once they arrive.
    await waitForValue(page, 'ranking-setting-potentialProductGaps', '2');
  });
});
