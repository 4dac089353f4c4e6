// Issue 16, defect 6: at the narrowest width a bank's desktops use (1280 px), in the longer
// language (Chinese), no table hides columns behind its actions, and no number or id breaks
// mid-number. Wider screens only have more room.
import type { Page } from 'playwright-core';
import { signIn, usePortalSession } from './support/browser';

const PASSWORD = 'Corebook-demo-2026';
const session = usePortalSession();

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
