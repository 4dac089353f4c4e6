// Issue 16, "also expected": an early warning is work, not a dismiss button. Acting on one
// asks what was done and when to follow up; the client's page keeps what was done, for
// everyone who may see the client.
import type { Page } from 'playwright-core';
import { apiLogin, graphql } from './support/api';
import { dialogOpened, signIn, usePortalSession } from './support/browser';

const PASSWORD = 'Corebook-demo-2026';
const HEAD = 'head.b001';

const session = usePortalSession();
const portalUrl = () => session.server.url;

/** A date `days` from today in the browser's calendar, as the picker takes it. */
function dayFromNow(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The text input of an antd DatePicker, whichever element carries its test id. */
function dateInput(page: Page, testId: string) {
  return page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
}

async function openWarnings(token: string): Promise<number> {
  const { earlyWarnings } = await graphql<{ earlyWarnings: { totalCount: number } }>(
    portalUrl(),
    token,
    '{ earlyWarnings(first: 1) { totalCount } }',
  );
  return earlyWarnings.totalCount;
}

describe('early warnings as work', () => {
  it('records what was done and when to follow up, kept on the client page', async () => {
    const { page } = session;
    const admin = await apiLogin(portalUrl(), 'admin', PASSWORD);
    await graphql(portalUrl(), admin.token, 'mutation { runCoreRanking { id } }');
    const head = await apiLogin(portalUrl(), HEAD, PASSWORD);
    const { me } = await graphql<{ me: { displayName: string } }>(
      portalUrl(),
      head.token,
      '{ me { displayName } }',
    );
    const before = await openWarnings(head.token);
    expect(before).toBeGreaterThan(0);

    await page.goto('/clients');
    await page.waitForURL('**/sign-in');
    await signIn(page, HEAD, PASSWORD);
    await page.waitForURL((url) => url.pathname === '/clients');
    const first = page.getByTestId('early-warnings').getByTestId('warning-row').first();
    const client = (await first.getByTestId('warning-client').textContent()) ?? '';
    const clientPath = (await first.getByTestId('warning-client').getAttribute('href')) ?? '';

    // Recording an action asks what was done; nothing, or too little, is not enough.
    await first.getByTestId('warning-acknowledge').click();
    await page.getByTestId('warning-act-form').waitFor();
    await dialogOpened(page);
    expect(await page.locator('.ant-modal').textContent()).toContain(client);
    await page.getByTestId('warning-act-save').click();
    await page.getByText('Say what was done; it is kept with the warning').waitFor();
    await page.getByTestId('warning-note').fill('Called.   ');
    await page.getByTestId('warning-act-save').click();
    await page.getByText('Say what was done in at least 10 characters').waitFor();

    // A note that says something, and a date to follow up.
    const note = 'Called the client; visit agreed to review the deposit terms';
    const followUp = dayFromNow(30);
    await page.getByTestId('warning-note').fill(note);
    const date = dateInput(page, 'warning-follow-up');
    await date.click();
    await date.fill(followUp);
    // Leaving the field keeps the typed date (Enter would submit the form at once).
    await date.press('Tab');
    await page.getByTestId('warning-act-save').click();
    await page.getByTestId('warning-act-form').waitFor({ state: 'detached' });
    await page.getByText(`Action on ${client}'s warning recorded.`).waitFor();
    expect(await openWarnings(head.token)).toBe(before - 1);

    // The client's page keeps who acted, when, the note and the follow-up date.
    await page.goto(clientPath);
    const action = page.getByTestId('warning-history').getByTestId('warning-action').first();
    await action.waitFor();
    const text = (await action.textContent()) ?? '';
    expect(text).toContain(`Acted on by ${me.displayName}`);
    expect(text).toContain(`“${note}”`);
    expect(await action.getByTestId('warning-follow-up-on').textContent()).toBe(
      `Follow up by ${followUp}`,
    );

    // In Chinese, the history speaks Chinese.
    await page.getByTestId('lang-zh-CN').click();
    await page.getByTestId('warning-history').getByText('预警处理记录').waitFor();
    expect(await action.getByTestId('warning-follow-up-on').textContent()).toBe(
      `跟进日期：${followUp}`,
    );
  });
});

const SETTINGS = `{ rankingSettings { version scope corePercent contributionWeight aumWeight
  platinumPercent goldPercent silverPercent explorationMonths formationMonths
  formationGrowthPercent declineValueDropPercent declineActivityDropPercent
  potentialGrowthPercent potentialProductGaps } }`;

// Issue 16, defect 3: where the rules rank each branch on its own, a branch head re-ranks
// their branch, confirmed with the effective date; the whole bank stays admin's. Last in
// this file: it leaves the rules ranking by branch.
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
    // In English, whatever language the head chose earlier in this file.
    await page.getByTestId('lang-en').click();
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
