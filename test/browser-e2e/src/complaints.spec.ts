// Issue 18, "Done means", in Chromium on the demo bank: an RM records a complaint about a
// client of their book; the branch head gives it to another RM of the branch (the
// responsible RM cannot be chosen); the handler acknowledges, starts, pauses, resumes and
// decides it with a summary and a root cause; the due date, the responsible RM and the
// branch's summary are right, in English and in Chinese.
import type { Page } from 'playwright-core';
import { addDays, todayIn } from '@corebook/domain';
import { apiLogin, graphql } from './support/api';
import {
  chooseOption,
  confirmDialog,
  dialogOpened,
  signIn,
  usePortalSession,
} from './support/browser';

const PASSWORD = 'Corebook-demo-2026';
const RM = 'rm.b001.01';
const OTHER_RM = 'rm.b001.02';
const HEAD = 'head.b001';

const session = usePortalSession();
const portalUrl = () => session.server.url;

/** The text input of an antd DatePicker, whichever element carries its test id. */
function dateInput(page: Page, testId: string) {
  return page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
}

/** Signs in as `username` (signing out whoever was in) and lands on `path`. */
async function openAs(page: Page, username: string, path: string): Promise<void> {
  await session.context.clearCookies();
  await page.goto(path);
  await page.waitForURL('**/sign-in');
  await signIn(page, username, PASSWORD);
  await page.waitForURL((url) => url.pathname === path);
}

/** Opens an action's dialog on the complaint page, lets the caller fill it, saves it. */
async function act(page: Page, action: string, fill?: () => Promise<void>): Promise<void> {
  await page.getByTestId(`complaint-action-${action}`).click();
  await page.getByTestId('complaint-action-save').waitFor();
  await dialogOpened(page);
  await fill?.();
  await confirmDialog(page, 'complaint-action-save');
}

async function statusIs(page: Page, status: string): Promise<void> {
  await page.locator(`[data-testid="complaint-status"][data-status="${status}"]`).first().waitFor();
}

const text = async (page: Page, testId: string) =>
  ((await page.getByTestId(testId).first().textContent()) ?? '').trim();

interface Me {
  id: number;
  displayName: string;
  timeZone: string;
  manager: { name: string } | null;
}
const ME = '{ me { id displayName timeZone manager { name } } }';
const SUMMARY = `query ($from: Date!, $to: Date!) { complaintSummary(from: $from, to: $to) {
  received decided upheld open } }`;
type Summary = { received: number; decided: number; upheld: number; open: number };

describe('complaints on the regulator’s clock', () => {
  it('is recorded by the RM, assigned by the head to another RM, worked by the handler to a decision and counted', async () => {
    const { page } = session;
    const rm = await apiLogin(portalUrl(), RM, PASSWORD);
    const head = await apiLogin(portalUrl(), HEAD, PASSWORD);
    const other = await apiLogin(portalUrl(), OTHER_RM, PASSWORD);
    const { me: rmMe } = await graphql<{ me: Me }>(portalUrl(), rm.token, ME);
    const { me: otherMe } = await graphql<{ me: Me }>(portalUrl(), other.token, ME);
    const { clients } = await graphql<{
      clients: { edges: { node: { id: string; name: string; clientNo: string } }[] };
    }>(portalUrl(), rm.token, '{ clients(first: 1) { edges { node { id name clientNo } } } }');
    const client = clients.edges[0].node;
    const today = todayIn(rmMe.timeZone);
    const thisMonth = { from: `${today.slice(0, 7)}-01`, to: today };
    const before = (
      await graphql<{ complaintSummary: Summary }>(portalUrl(), head.token, SUMMARY, thisMonth)
    ).complaintSummary;

    // The RM records the complaint from the list, finding the client by number.
    await openAs(page, RM, '/complaints');
    await page.getByTestId('complaint-record').click();
    await page.getByTestId('complaint-record-form').waitFor();
    await dialogOpened(page);
    await page.getByTestId('complaint-client-select').click();
    await page.keyboard.type(client.clientNo);
    const found = page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .filter({ hasText: client.clientNo });
    await found.waitFor();
    await found.click();
    const incident = dateInput(page, 'complaint-incident-on');
    await incident.click();
    await incident.fill(addDays(today, -2));
    await incident.press('Tab');
    await chooseOption(page, 'complaint-business', /^Wealth products$/);
    await chooseOption(page, 'complaint-cause', /^Mis-selling$/);
    await chooseOption(page, 'complaint-severity', /^High$/);
    await page
      .getByTestId('complaint-description')
      .fill('Sold a wealth product above the risk rating the client agreed to');
    await page.getByTestId('complaint-client-request').fill('Refund of the fees');
    await page.getByTestId('complaint-record-save').click();
    await page.waitForURL((url) => /^\/complaints\/\d+$/.test(url.pathname));
    const path = new URL(page.url()).pathname;
    await statusIs(page, 'RECEIVED');
    // A simple complaint is due 15 days after receipt; the responsible RM is the client's RM.
    expect(await text(page, 'complaint-due-on')).toBe(addDays(today, 15));
    expect(await text(page, 'complaint-responsible')).toBe(rmMe.manager!.name);
    expect(await text(page, 'complaint-title')).toContain(client.name);
    // The responsible RM does not work the case: nothing to do but wait for the head.
    expect(await page.getByTestId('complaint-actions').count()).toBe(0);

    // The head finds it among the branch's open complaints and gives it to another RM; the
    // responsible RM is listed but cannot be chosen.
    await openAs(page, HEAD, '/complaints');
    await page.locator(`a[data-testid="complaint-link"][href="${path}"]`).click();
    await page.waitForURL((url) => url.pathname === path);
    await page.getByTestId('complaint-action-ASSIGN').click();
    await page.getByTestId('complaint-action-form-ASSIGN').waitFor();
    await dialogOpened(page);
    await page.getByTestId('complaint-handler-select').click();
    const recused = page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .filter({ has: page.locator('[data-recused="true"]') });
    await recused.waitFor();
    expect(await recused.textContent()).toContain(rmMe.displayName);
    expect(await recused.textContent()).toContain('responsible RM: may not handle');
    expect(await recused.getAttribute('class')).toContain('ant-select-item-option-disabled');
    await page.keyboard.press('Escape');
    await chooseOption(page, 'complaint-handler-select', new RegExp(otherMe.displayName));
    await confirmDialog(page, 'complaint-action-save');
    await page
      .getByTestId('complaint-clock')
      .getByTestId('complaint-handler')
      .getByText(otherMe.displayName)
      .waitFor();

    // The handler acknowledges, starts, pauses (the clock stops), resumes and decides. While
    // their page is open the head assigns them again: the version they saw is stale, and
    // they are told to reload instead of overwriting the change.
    await openAs(page, OTHER_RM, path);
    await statusIs(page, 'RECEIVED');
    const id = path.split('/').pop();
    await graphql(
      portalUrl(),
      head.token,
      'mutation ($id: ID!, $handlerId: Int!) { assignComplaintHandler(id: $id, version: 2, handlerId: $handlerId) { version } }',
      { id, handlerId: otherMe.id },
    );
    await page.getByTestId('complaint-action-ACKNOWLEDGE').click();
    await page.getByTestId('complaint-action-save').waitFor();
    await dialogOpened(page);
    await page.getByTestId('complaint-action-save').click();
    await page.getByTestId('form-conflict').waitFor();
    expect(await page.getByTestId('form-conflict').textContent()).toContain(
      'Someone else changed this since you opened it',
    );
    await page.getByTestId('form-reload').click();
    await page.getByTestId('complaint-action-save').waitFor({ state: 'detached' });
    await act(page, 'ACKNOWLEDGE');
    await statusIs(page, 'ACKNOWLEDGED');
    await act(page, 'START');
    await statusIs(page, 'IN_PROGRESS');
    await act(page, 'PAUSE', () =>
      page.getByTestId('complaint-action-note').fill('Waiting for the product risk appraisal'),
    );
    await statusIs(page, 'PAUSED');
    expect(await text(page, 'complaint-due-on')).toContain('Clock paused');
    await act(page, 'RESUME');
    await statusIs(page, 'IN_PROGRESS');
    // Paused and resumed the same day: no day was lost, the due date stands.
    expect(await text(page, 'complaint-due-on')).toBe(addDays(today, 15));
    await act(page, 'DECIDE', async () => {
      await page.getByTestId('complaint-decide-decision').fill('Fees refunded');
      await page
        .getByTestId('complaint-decide-summary')
        .fill('The product was above the client’s risk rating');
      await page
        .getByTestId('complaint-decide-rootCause')
        .fill('Risk check skipped at the counter; the checklist now requires it');
      await page.getByTestId('complaint-decide-redress').fill('1280.5');
      await page.getByTestId('complaint-upheld-yes').click();
    });
    await statusIs(page, 'DECIDED');
    const decision = page.getByTestId('complaint-decision');
    expect(await decision.getByTestId('complaint-summary').textContent()).toBe(
      'The product was above the client’s risk rating',
    );
    expect(await decision.getByTestId('complaint-root-cause').textContent()).toContain(
      'checklist now requires it',
    );
    expect(await decision.getByTestId('complaint-redress').textContent()).toBe('1,280.50');
    expect(await text(page, 'complaint-due-on')).toBe(addDays(today, 15));
    expect(await text(page, 'complaint-responsible')).toBe(rmMe.manager!.name);
    const actions = await page.getByTestId('complaint-event-action').allTextContents();
    expect(actions).toEqual([
      'Recorded',
      'Handler assigned',
      'Handler assigned',
      'Acknowledged',
      'Handling started',
      'Clock paused',
      'Clock resumed',
      'Decided',
    ]);

    // The head's summary for this month counts it, as the API does.
    await openAs(page, HEAD, '/complaints/summary');
    const after = (
      await graphql<{ complaintSummary: Summary }>(portalUrl(), head.token, SUMMARY, thisMonth)
    ).complaintSummary;
    expect(after).toMatchObject({
      received: before.received + 1,
      decided: before.decided + 1,
      upheld: before.upheld + 1,
    });
    const figure = (key: string) =>
      page.getByTestId(`summary-${key}`).locator('.ant-statistic-content').textContent();
    await page.getByTestId('summary-by-manager').getByText(rmMe.manager!.name).waitFor();
    expect(await figure('received')).toBe(String(after.received));
    expect(await figure('decided')).toBe(String(after.decided));
    expect(await figure('open')).toBe(String(after.open));

    // In Chinese, the complaint speaks Chinese.
    await page.goto(path);
    await statusIs(page, 'DECIDED');
    await page.getByTestId('lang-zh-CN').click();
    await page.getByText('处理记录').waitFor();
    expect(await text(page, 'complaint-status')).toBe('已决定');
    expect(await page.getByTestId('complaint-event-action').allTextContents()).toContain('受理');
    expect(await page.getByTestId('complaint-decision').textContent()).toContain('投诉成立');
  }, 240_000);
});
