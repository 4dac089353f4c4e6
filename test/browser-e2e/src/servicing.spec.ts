// Issue 17 in Chromium: an RM starts the day on their revisit queue, logs a contact from it,
// and the client leaves the queue with its next due date one cycle later; the branch head's
// coverage per RM follows; after a reassignment the new RM reads the earlier contact. The
// new pages speak Chinese and fit a 1280 px screen.
import { addDays, todayIn } from '@corebook/domain';
import type { Page } from 'playwright-core';
import { apiLogin, graphql, type ApiLogin } from './support/api';
import { dialogOpened, signIn, usePortalSession } from './support/browser';

const PASSWORD = 'Corebook-demo-2026';
const RM = 'rm.b001.01';
const HEAD = 'head.b001';

const session = usePortalSession();
const portalUrl = () => session.server.url;

interface QueueRow {
  reason: 'OVERDUE' | 'DUE_SOON' | 'PLANNED';
  client: { id: string; name: string };
}

async function dueClients(token: string): Promise<QueueRow[]> {
  const { revisitQueue } = await graphql<{ revisitQueue: { edges: { node: QueueRow }[] } }>(
    portalUrl(),
    token,
    '{ revisitQueue(first: 100) { edges { node { reason client { id name } } } } }',
  );
  return revisitQueue.edges.map((edge) => edge.node).filter((row) => row.reason !== 'PLANNED');
}

/**
 * Ranks the bank, so there are core clients with cycles, and makes sure the RM has clients
 * due: when an earlier test has seen to the RM's due clients (or the seed gave them none),
 * the cycles go to one day and the grace to none, so every core client not contacted today
 * is due.
 */
async function rmWithClientsDue(): Promise<ApiLogin> {
  const admin = await apiLogin(portalUrl(), 'admin', PASSWORD);
  await graphql(portalUrl(), admin.token, 'mutation { runCoreRanking { id } }');
  const rm = await apiLogin(portalUrl(), RM, PASSWORD);
  if ((await dueClients(rm.token)).length === 0) {
    const { contactCycleSettings: current } = await graphql<{
      contactCycleSettings: {
        version: number;
        cycleDays: Record<string, number>;
        countingTypes: string[];
        editWindowDays: number;
      };
    }>(
      portalUrl(),
      admin.token,
      '{ contactCycleSettings { version cycleDays { PLATINUM GOLD SILVER BRONZE } countingTypes editWindowDays } }',
    );
    const { version, ...rules } = current;
    await graphql(
      portalUrl(),
      admin.token,
      'mutation ($input: ContactCycleSettingsInput!, $v: Int!) { updateContactCycleSettings(input: $input, version: $v) { version } }',
      {
        input: {
          ...rules,
          cycleDays: { PLATINUM: 1, GOLD: 1, SILVER: 1, BRONZE: 1 },
          graceDays: 0,
        },
        v: version,
      },
    );
  }
  expect((await dueClients(rm.token)).length).toBeGreaterThan(0);
  return rm;
}

interface CoverageRow {
  overdueNow: number;
  dueSoonNow: number;
  manager: { id: number };
}

async function coverageOf(token: string, managerId: number, today: string): Promise<CoverageRow> {
  const { managerCoverage } = await graphql<{ managerCoverage: CoverageRow[] }>(
    portalUrl(),
    token,
    'query ($from: Date!, $to: Date!) { managerCoverage(from: $from, to: $to) { overdueNow dueSoonNow manager { id } } }',
    { from: `${today.slice(0, 8)}01`, to: today },
  );
  return managerCoverage.find((row) => row.manager.id === managerId)!;
}

/** Another RM of the branch who may take a core client now, and their sign-in. */
async function anotherEligibleRm(head: ApiLogin, rmId: number): Promise<string> {
  const { relationshipManagers } = await graphql<{
    relationshipManagers: {
      id: number;
      status: string;
      coreClientIneligibility: string | null;
      coreClientsHeld: number;
      coreCapacity: number;
    }[];
  }>(
    portalUrl(),
    head.token,
    'query ($b: Int) { relationshipManagers(branchId: $b) { id status coreClientIneligibility coreClientsHeld coreCapacity } }',
    { b: head.branchId },
  );
  const eligible = new Set(
    relationshipManagers
      .filter(
        (m) =>
          m.id !== rmId &&
          m.status === 'ACTIVE' &&
          m.coreClientIneligibility === null &&
          m.coreClientsHeld < m.coreCapacity,
      )
      .map((m) => m.id),
  );
  // The demo's sign-ins are rm.b001.01, .02, …: the one whose RM may take the client.
  for (let k = 2; k <= relationshipManagers.length; k++) {
    const username = `rm.b001.${String(k).padStart(2, '0')}`;
    const login = await apiLogin(portalUrl(), username, PASSWORD).catch(() => null);
    if (login?.managerId && eligible.has(login.managerId)) return username;
  }
  throw new Error('no RM of the branch may take a core client');
}

async function signInAs(page: Page, username: string, path: string): Promise<void> {
  await session.context.clearCookies();
  await page.goto(path);
  await page.waitForURL('**/sign-in');
  await signIn(page, username, PASSWORD);
}

/** How far a table is wider than its box: 0 when every column shows without scrolling. */
function hiddenWidth(page: Page, testId: string): Promise<number> {
  return page
    .getByTestId(testId)
    .locator('.ant-table-content, .ant-table-body')
    .first()
    .evaluate((box) => box.scrollWidth - box.clientWidth);
}

/** What people wrote (notes, next steps, reasons, corrections): kept in their own words. */
const OWN_WORDS = [
  'contact-notes-text',
  'contact-next-step-text',
  'contact-cancel-reason',
  'contact-addendum-words',
  'timeline-notes',
  'timeline-warning-action',
];

/**
 * Words in Latin letters in `selector` (the page's main area and any dialog by default),
 * leaving out what people wrote, codes (E100001, B001) and acronyms (RFM, AUM).
 */
async function englishWords(page: Page, selector = 'main, .ant-modal'): Promise<string[]> {
  const text = await page.evaluate(
    ({ selector, ownWords }) =>
      Array.from(document.querySelectorAll(selector))
        .map((element) => {
          const copy = element.cloneNode(true) as HTMLElement;
          for (const id of ownWords)
            copy.querySelectorAll(`[data-testid="${id}"]`).forEach((own) => own.remove());
          return copy.textContent ?? '';
        })
        .join(' '),
    { selector, ownWords: OWN_WORDS },
  );
  return text.replace(/\b[A-Z]+\d+\b/g, '').match(/\b(?![A-Z]{2,4}\b)[A-Za-z]{3,}/g) ?? [];
}

describe('contacts, cycles and the revisit queue', () => {
  it('takes a contacted client off the queue, moves its due date a cycle on, and shows it to the next RM', async () => {
    const { page } = session;
    const rm = await rmWithClientsDue();
    const { me } = await graphql<{ me: { displayName: string; timeZone: string } }>(
      portalUrl(),
      rm.token,
      '{ me { displayName timeZone } }',
    );
    const today = todayIn(me.timeZone);
    const head = await apiLogin(portalUrl(), HEAD, PASSWORD);
    const before = await coverageOf(head.token, rm.managerId!, today);

    // The RM's home page is their queue: clients due, most overdue first.
    await signInAs(page, RM, '/');
    await page.waitForURL((url) => url.pathname === '/home');
    expect(await page.getByTestId('page-title').textContent()).toBe('Revisit queue');
    const due = page
      .getByTestId('queue-row')
      .filter({ has: page.locator('[data-reason="OVERDUE"], [data-reason="DUE_SOON"]') })
      .first();
    await due.waitFor();
    const reason = await due.getByTestId('queue-reason').getAttribute('data-reason');
    const name = (await due.getByTestId('queue-client').textContent()) ?? '';
    const clientPath = (await due.getByTestId('queue-client').getAttribute('href')) ?? '';

    // "Log contact" is one click from the row; when defaults to now on the bank's clock.
    await due.getByTestId('queue-log-contact').click();
    await page.getByTestId('contact-form').waitFor();
    await dialogOpened(page);
    expect(await page.locator('.ant-modal-title').textContent()).toBe(`Log a contact with ${name}`);
    await page.getByTestId('contact-save').click();
    await page.getByText('Choose what came of the contact').waitFor();
    const notes = `Reviewed the deposits with ${name}; interested in the new wealth product`;
    await page.getByTestId('contact-outcome-POSITIVE').click();
    await page.getByTestId('contact-notes').fill(notes);
    await page.getByTestId('contact-next-step').fill('Send the product sheet');
    await page.getByTestId('contact-save').click();
    await page.getByTestId('contact-form').waitFor({ state: 'detached' });
    await page.getByText(`Contact with ${name} logged.`).waitFor();
    // The queue was read again: the client is off it.
    await page.getByTestId('queue-client').filter({ hasText: name }).waitFor({ state: 'detached' });

    // The client's page: the next contact is due one cycle after today, and the contact shows.
    await page.goto(clientPath);
    const cycle = page.getByTestId('contact-cycle');
    await cycle.getByTestId('due-on').waitFor();
    const { client } = await graphql<{ client: { cycle: { cycleDays: number } } }>(
      portalUrl(),
      rm.token,
      'query ($id: ID!) { client(id: $id) { cycle { cycleDays } } }',
      { id: clientPath.split('/').pop() },
    );
    expect(await cycle.getByTestId('due-on').textContent()).toBe(
      addDays(today, client.cycle.cycleDays),
    );
    expect(await cycle.textContent()).toContain(`${client.cycle.cycleDays} days`);
    const contact = page.getByTestId('client-contacts').getByTestId('contact-item').first();
    expect(await contact.getByTestId('contact-notes-text').textContent()).toBe(notes);
    expect(await contact.getByTestId('contact-edit').count()).toBe(1);
    await page
      .getByTestId('client-timeline')
      .locator('[data-kind="CONTACT"]')
      .filter({ hasText: notes })
      .first()
      .waitFor();

    // The branch head's coverage: one client fewer overdue or due for this RM.
    await signInAs(page, HEAD, '/coverage');
    await page.waitForURL((url) => url.pathname === '/coverage');
    const row = page.locator(`[data-testid="coverage-row"][data-key="${rm.managerId}"]`);
    await row.waitFor();
    const column = reason === 'OVERDUE' ? 'coverage-overdue' : 'coverage-due-soon';
    const expected = reason === 'OVERDUE' ? before.overdueNow - 1 : before.dueSoonNow - 1;
    expect(Number(await row.getByTestId(column).textContent())).toBe(expected);
    // Each RM leads to their queue, without the client contacted.
    await row.getByTestId('coverage-manager').click();
    await page.waitForURL((url) => url.pathname === `/coverage/rm/${rm.managerId}`);
    await page.locator('[data-testid="queue-row"], [data-testid="queue-empty"]').first().waitFor();
    expect(await page.getByTestId('queue-client').filter({ hasText: name }).count()).toBe(0);

    // The head moves the client to another RM, who reads the earlier contact.
    const next = await anotherEligibleRm(head, rm.managerId!);
    const nextRm = await apiLogin(portalUrl(), next, PASSWORD);
    await graphql(
      portalUrl(),
      head.token,
      'mutation ($c: ID!, $m: Int) { reassignClient(clientId: $c, managerId: $m, reasonCode: RM_CAPACITY, reason: "Book rebalanced before the review") { id } }',
      { c: clientPath.split('/').pop(), m: nextRm.managerId },
    );
    await signInAs(page, next, clientPath);
    await page.waitForURL((url) => url.pathname === clientPath);
    const seen = page.getByTestId('client-contacts').getByTestId('contact-item').first();
    await seen.waitFor();
    expect(await seen.getByTestId('contact-notes-text').textContent()).toBe(notes);
    expect(await seen.textContent()).toContain(me.displayName);
    // Not theirs to edit: a correction is what they may add.
    expect(await seen.getByTestId('contact-edit').count()).toBe(0);
    expect(await seen.getByTestId('contact-addendum').count()).toBe(1);
  });

  it('says a contact changed meanwhile was changed by someone else, and reloads it', async () => {
    const { page } = session;
    const rm = await rmWithClientsDue();
    const [{ client }] = await dueClients(rm.token);
    const CONTACT = `mutation ($input: ContactInput!) { logContact(input: $input) { id version } }`;
    const { logContact } = await graphql<{ logContact: { id: string; version: number } }>(
      portalUrl(),
      rm.token,
      CONTACT,
      {
        input: {
          clientId: client.id,
          occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
          type: 'PHONE',
          purpose: 'SERVICE',
          outcome: 'NEUTRAL',
          notes: 'Asked about the card limit',
        },
      },
    );

    await signInAs(page, RM, `/clients/${client.id}`);
    const contact = page.getByTestId('client-contacts').getByTestId('contact-item').first();
    await contact.getByTestId('contact-edit').click();
    await page.getByTestId('contact-form').waitFor();
    await dialogOpened(page);
    // Meanwhile the contact is edited elsewhere (another tab): the dialog holds version 1.
    await graphql(
      portalUrl(),
      rm.token,
      'mutation ($id: ID!, $edit: ContactEdit!) { editContact(id: $id, version: 1, edit: $edit) { version } }',
      {
        id: logContact.id,
        edit: {
          occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
          type: 'VIDEO',
          purpose: 'SERVICE',
          outcome: 'POSITIVE',
          notes: 'Video call: raised the card limit',
        },
      },
    );
    await page.getByTestId('contact-notes').fill('Asked about the card limit; sent the form');
    await page.getByTestId('contact-save').click();
    const conflict = page.getByTestId('form-conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Changed by someone else');
    await page.getByTestId('form-reload').click();
    await page.getByTestId('contact-form').waitFor({ state: 'detached' });
    await contact.getByText('Video call: raised the card limit').waitFor();
  });

  it('speaks Chinese on the new pages and fits them on a 1280 px screen', async () => {
    const { page } = session;
    await rmWithClientsDue();
    await page.addInitScript(() => window.localStorage.setItem('corebook.language', 'zh-CN'));
    await page.setViewportSize({ width: 1280, height: 900 });

    await signInAs(page, RM, '/');
    await page.waitForURL((url) => url.pathname === '/home');
    await page.getByTestId('queue-row').first().waitFor();
    expect(await page.getByTestId('page-title').textContent()).toBe('回访清单');
    expect(await hiddenWidth(page, 'queue-table')).toBe(0);
    expect(await englishWords(page)).toEqual([]);
    await page.getByTestId('queue-log-contact').first().click();
    await page.getByTestId('contact-form').waitFor();
    await dialogOpened(page);
    expect(await englishWords(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByTestId('contact-form').waitFor({ state: 'detached' });

    await page.getByTestId('queue-client').first().click();
    await page.getByTestId('client-timeline').getByTestId('timeline-entry').first().waitFor();
    await page.getByTestId('contact-cycle').getByTestId('due-on').waitFor();
    expect(
      await englishWords(
        page,
        '[data-testid="contact-cycle"], [data-testid="client-contacts"], [data-testid="client-timeline"]',
      ),
    ).toEqual([]);

    await signInAs(page, HEAD, '/coverage');
    await page.getByTestId('coverage-row').first().waitFor();
    expect(await hiddenWidth(page, 'manager-coverage')).toBe(0);
    expect(await englishWords(page)).toEqual([]);

    await signInAs(page, 'admin', '/coverage');
    await page.getByTestId('coverage-branch').first().click();
    await page.getByTestId('coverage-manager').first().waitFor();
    expect(await englishWords(page)).toEqual([]);
    await page.goto('/contact-cycles');
    await page.getByTestId('cycle-settings-history').locator('tr.ant-table-row').first().waitFor();
    expect(await hiddenWidth(page, 'cycle-settings-history')).toBe(0);
    expect(await englishWords(page)).toEqual([]);
    // No page is wider than the screen.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
  });
});
