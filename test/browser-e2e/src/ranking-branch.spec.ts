// Issue 16, defect 3: where the rules rank each branch on its own, a branch head re-ranks
// their branch, confirmed with the effective date; the whole bank stays admin's.
import { apiLogin, graphql } from './support/api';
import { signIn, usePortalSession } from './support/browser';

const PASSWORD = 'Corebook-demo-2026';
const HEAD = 'head.b001';
const session = usePortalSession();
const portalUrl = () => session.server.url;

const SETTINGS = `{ rankingSettings { version scope corePercent contributionWeight aumWeight
  platinumPercent goldPercent silverPercent explorationMonths formationMonths
  formationGrowthPercent declineValueDropPercent declineActivityDropPercent
  potentialGrowthPercent potentialProductGaps } }`;

describe('ranking one branch', () => {
  it('offers a branch head a run of their branch once the rules rank by branch', async () => {
    const { page } = session;
    const admin = await apiLogin(portalUrl(), 'admin', PASSWORD);
    await graphql(portalUrl(), admin.token, 'mutation { runCoreRanking { id } }');

    // Ranked bank-wide: the head has no run to start.
    await page.goto('/core-clients');
    await page.waitForURL('**/sign-in');
    await signIn(page, HEAD, PASSWORD);
    await page.waitForURL((url) => url.pathname === '/core-clients');
    await page.getByTestId('ranking-core-count').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('run-branch-ranking').count()).toBe(0);
    expect(await page.getByTestId('run-ranking').count()).toBe(0);

    // Admin ranks each branch on its own, then the bank once under those rules.
    const { rankingSettings } = await graphql<{
      rankingSettings: { version: number } & Record<string, unknown>;
    }>(portalUrl(), admin.token, SETTINGS);
    const { version, ...rules } = rankingSettings;
    await graphql(
      portalUrl(),
      admin.token,
      'mutation ($v: Int!, $input: RankingSettingsInput!) { updateRankingSettings(version: $v, input: $input) { version } }',
      { v: version, input: { ...rules, scope: 'BRANCH' } },
    );
    await graphql(portalUrl(), admin.token, 'mutation { runCoreRanking { id } }');

    // The head re-ranks their branch, after confirming what it does and as of when.
    await page.reload();
    await page.getByTestId('run-branch-ranking').click();
    const dialog = page.getByTestId('run-ranking-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Other branches keep their rankings');
    expect(await dialog.locator('input').first().inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.getByTestId('run-ranking-confirm').click();
    const ranked = page.getByTestId('ranking-ranked-branch');
    await ranked.waitFor({ timeout: 30_000 });
    expect(await ranked.textContent()).toMatch(
      /^This run re-ranked .+ only; the other branches kept their rankings\.$/,
    );
    expect(await page.getByTestId('ranking-run-error').count()).toBe(0);
  });
});
