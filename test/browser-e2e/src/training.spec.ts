// Issue 4 "Done means", in Chromium: HR imports a CSV of training completions
// with good and bad rows, sees why each bad row is refused, commits the good ones, imports
// the same file again and adds nothing; the RM then sees the new points in My training.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toTenths } from '@corebook/domain';
import { bankToday } from '@corebook/server/common';
import { chooseOption, signIn, usePortalSession } from './support/browser';

const PASSWORD = 'Corebook-demo-2026';
const HR = 'hr';
const RM = 'rm.b001.01';

interface Activity {
  id: number;
  code: string;
  title: string;
  startsOn: string;
  endsOn: string;
  points: string;
}

interface HistoryRecord {
  completedOn: string;
  status: string;
  activity: { id: number };
}

const session = usePortalSession();
const portalUrl = () => session.server.url.replace(/\/$/, '');

async function graphql<T>(token: string | null, query: string, variables = {}): Promise<T> {
  const response = await fetch(`${portalUrl()}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function login(
  username: string,
): Promise<{ token: string; managerId: number | null; employeeNo: string | null }> {
  const { login } = await graphql<{
    login: { token: string; user: { manager: { id: number; employeeNo: string } | null } };
  }>(
    null,
    `
      mutation ($username: String!, $password: String!) {
        login(username: $username, password: $password) {
          token
          user {
            manager {
              id
              employeeNo
            }
          }
        }
      }
    `,
    { username, password: PASSWORD },
  );
  return {
    token: login.token,
    managerId: login.user.manager?.id ?? null,
    employeeNo: login.user.manager?.employeeNo ?? null,
  };
}

async function trainingFile(token: string, managerId: number, year: number) {
  const { trainingFile } = await graphql<{
    trainingFile: { earned: string; history: HistoryRecord[] };
  }>(
    token,
    `
      query ($managerId: Int!, $year: Int!) {
        trainingFile(managerId: $managerId, year: $year) {
          earned
          history {
            completedOn
            status
            activity {
              id
            }
          }
        }
      }
    `,
    { managerId, year },
  );
  return trainingFile;
}

async function recordCount(token: string, managerId: number): Promise<number> {
  const { trainingRecords } = await graphql<{ trainingRecords: { totalCount: number } }>(
    token,
    `
      query ($managerId: Int) {
        trainingRecords(filter: { managerId: $managerId }, first: 1) {
          totalCount
        }
      }
    `,
    { managerId },
  );
  return trainingRecords.totalCount;
}

/**
 * Two completions the RM does not have yet: activities with points that ran in `year`, on
 * a day within the activity and not after today (the API refuses future completions).
 */
function goodCompletions(
  activities: Activity[],
  history: HistoryRecord[],
  year: number,
  today: string,
): { activity: Activity; completedOn: string }[] {
  const done = new Set(history.map((r) => r.activity.id));
  const taken = new Set(history.map((r) => `${r.activity.id}:${r.completedOn}`));
  const candidates = activities
    .filter(
      (a) => toTenths(a.points) > 0 && a.startsOn <= today && a.startsOn.startsWith(`${year}`),
    )
    .sort((a, b) => Number(done.has(a.id)) - Number(done.has(b.id)));
  const picked: { activity: Activity; completedOn: string }[] = [];
  for (const activity of candidates) {
    // The last day the activity ran that is not in the future and not already on file.
    const last = [activity.endsOn, today, `${year}-12-31`].sort()[0];
    let day = new Date(`${last}T00:00:00Z`);
    while (day.toISOString().slice(0, 10) >= activity.startsOn) {
      const date = day.toISOString().slice(0, 10);
      if (!taken.has(`${activity.id}:${date}`)) {
        picked.push({ activity, completedOn: date });
        break;
      }
      day = new Date(day.getTime() - 86_400_000);
    }
    if (picked.length === 2) return picked;
  }
  throw new Error(`the demo catalogue has no two activities with points open in ${year}`);
}

async function count(name: string): Promise<number> {
  const text = await session.page.getByTestId(`import-count-${name}`).textContent();
  return Number((text ?? '').replace(/\D/g, ''));
}

async function uploadAndPreview(file: string): Promise<void> {
  await session.page.locator('input[type="file"]').setInputFiles(file);
  await session.page.getByTestId('import-preview').click();
  await session.page.getByTestId('import-count-total').waitFor();
}

describe('training points', () => {
  it('lets HR import completions once, and the RM sees the new points in My training', async () => {
    // Real employee number and activity codes from the demo bank, asked of the API.
    const hr = await login(HR);
    const rm = await login(RM);
    if (rm.managerId === null || rm.employeeNo === null) throw new Error(`${RM} is not an RM`);
    const { trainingActivities } = await graphql<{ trainingActivities: Activity[] }>(
      hr.token,
      `
        {
          trainingActivities {
            id
            code
            title
            startsOn
            endsOn
            points
          }
        }
      `,
    );
    const today = bankToday();
    const years = [...new Set(trainingActivities.map((a) => Number(a.startsOn.slice(0, 4))))]
      .filter((year) => `${year}-01-01` <= today)
      .sort((a, b) => b - a);
    const year = years[0];
    const before = await trainingFile(hr.token, rm.managerId, year);
    const recordsBefore = await recordCount(hr.token, rm.managerId);
    const [first, second] = goodCompletions(trainingActivities, before.history, year, today);

    const csv = [
      'employeeNo,activityCode,completedOn,hours,score,passed,points,evidence',
      `${rm.employeeNo},${first.activity.code},${first.completedOn},3,92,yes,,LMS export`,
      `${rm.employeeNo},${second.activity.code},${second.completedOn},1.5,,yes,,`,
      `NOPE-0000,${first.activity.code},${first.completedOn},3,,yes,,`,
      `${rm.employeeNo},NO-SUCH-ACTIVITY,${first.completedOn},3,,yes,,`,
      `${rm.employeeNo},${first.activity.code},${year}-02-30,3,,yes,,`,
      `${rm.employeeNo},${first.activity.code},${first.completedOn},lots,,yes,,`,
      `${rm.employeeNo},${first.activity.code},${first.completedOn},3,92,yes,,LMS export again`,
    ].join('\n');
    const file = join(mkdtempSync(join(tmpdir(), 'corebook-training-')), 'lms-export.csv');
    writeFileSync(file, `${csv}\n`);

    // HR: the import wizard's preview explains every refused line.
    await session.page.goto('/training/import');
    await session.page.waitForURL('**/sign-in');
    await signIn(session.page, HR, PASSWORD);
    await session.page.waitForURL((url) => url.pathname === '/training/import');
    await uploadAndPreview(file);
    expect(await count('total')).toBe(7);
    expect(await count('accepted')).toBe(2);
    expect(await count('rejected')).toBe(5);
    expect(await count('duplicates')).toBe(0);

    const rejected = session.page.getByTestId('import-line');
    await rejected.first().waitFor();
    expect(await rejected.count()).toBe(5);
    const reasons = await session.page.getByTestId('import-line-reason').allTextContents();
    expect(reasons).toEqual([
      'unknown RM "NOPE-0000"',
      'unknown activity "NO-SUCH-ACTIVITY"',
      `bad date "${year}-02-30" (use YYYY-MM-DD)`,
      'bad hours "lots" (a number such as 3 or 1.5)',
      'duplicate of line 2 in this file',
    ]);
    const lineNumbers = await rejected.locator('td:first-child').allTextContents();
    expect(lineNumbers).toEqual(['4', '5', '6', '7', '8']);
    // The rejection report downloads with the session cookie and lists every refused line.
    const reportHref = await session.page
      .getByTestId('import-rejection-report')
      .getAttribute('href');
    expect(reportHref).toMatch(/^\/training\/imports\/\d+\/rejections\.csv\?lang=en$/);
    const report = await session.page.request.get(reportHref ?? '');
    expect(report.status()).toBe(200);
    const reportLines = (await report.text()).trim().split(/\r?\n/);
    expect(reportLines).toHaveLength(6);
    expect(reportLines[1]).toContain('NOPE-0000');

    // Commit adds the two good lines.
    await session.page.getByTestId('import-commit').click();
    await session.page.getByTestId('import-committed').waitFor();
    expect(await session.page.getByTestId('import-committed').textContent()).toBe(
      '2 records added',
    );
    expect(await recordCount(hr.token, rm.managerId)).toBe(recordsBefore + 2);

    // The same file again: nothing to add, so nothing can be committed.
    await session.page.getByTestId('import-another').click();
    await uploadAndPreview(file);
    expect(await count('accepted')).toBe(0);
    expect(await count('duplicates')).toBe(2);
    expect(await count('rejected')).toBe(5);
    // In Chinese, each refused line says why in Chinese.
    await session.page.getByTestId('lang-zh-CN').click();
    await session.page.getByText('未知客户经理“NOPE-0000”').waitFor();
    await session.page.getByTestId('lang-en').click();
    await session.page.getByText('unknown RM "NOPE-0000"').waitFor();
    await session.page.getByTestId('import-nothing').waitFor();
    expect(await session.page.getByTestId('import-commit').isDisabled()).toBe(true);
    await session.page.getByTestId('import-discard').click();
    await session.page.getByTestId('import-preview').waitFor();
    expect(await recordCount(hr.token, rm.managerId)).toBe(recordsBefore + 2);

    // The RM signs in and finds the points in My training.
    await session.page.getByTestId('user-menu').click();
    await session.page.getByTestId('menu-sign-out').click();
    await session.page.waitForURL('**/sign-in');
    await session.page.goto(`/training/my?year=${year}`);
    await session.page.waitForURL('**/sign-in');
    await signIn(session.page, RM, PASSWORD);
    await session.page.waitForURL((url) => url.pathname === '/training/my');
    await session.page.getByTestId('training-file').waitFor();

    const expected =
      toTenths(before.earned) + toTenths(first.activity.points) + toTenths(second.activity.points);
    const earned = session.page.getByTestId('file-earned').locator('.ant-statistic-content');
    expect(toTenths(((await earned.textContent()) ?? '').trim())).toBe(expected);
    const history = session.page.getByTestId('training-file').getByTestId('record-row');
    const titles = await history.allTextContents();
    expect(titles.some((row) => row.includes(first.activity.title))).toBe(true);
    expect(titles.some((row) => row.includes(second.activity.title))).toBe(true);
  });

  it('names an out-of-range training rule under its field instead of changing the number', async () => {
    const admin = await login('admin');
    const version = async () =>
      (
        await graphql<{ trainingSettings: { version: number } }>(
          admin.token,
          '{ trainingSettings { version } }',
        )
      ).trainingSettings.version;
    const before = await version();
    await session.page.goto('/training/settings');
    await session.page.waitForURL('**/sign-in');
    await signIn(session.page, 'admin', PASSWORD);
    const field = session.page.getByLabel('Yearly points requirement');
    await field.fill('1500');
    await session.page.getByTestId('settings-save').click();
    await session.page
      .getByText('Yearly points requirement must be a whole number from 0 to 1000.')
      .waitFor();
    expect(await field.inputValue()).toBe('1500');
    expect(await version()).toBe(before);
  });

  it('names an out-of-range certification validity instead of saving 120 months', async () => {
    const { page } = session;
    await page.goto('/training/catalogue');
    await page.waitForURL('**/sign-in');
    await signIn(page, HR, PASSWORD);
    await page.getByTestId('activity-add').click();
    await chooseOption(page, 'activity-type', /^Certification$/);
    const field = page.getByLabel('Valid for (months)');
    await field.fill('150');
    await page.getByTestId('activity-save').click();
    await page.getByText('Valid for (months) must be a whole number from 1 to 120.').waitFor();
    expect(await field.inputValue()).toBe('150');
  });
});
