// Notices about damaged workshop files, in a real browser against the real server: each says what happened and
// offers Dismiss, which makes it go for good (still gone after a reload). A damaged workshop that has a restore
// point also offers Bring back, which puts it back in the list as it was at that point, and its notice goes.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, type OpenedPage } from './support/browser';
import { waitUntilSaved } from './support/saved-workshop';
import { outputDir, startApp, type RunningApp } from './support/serve';

const LOST = 'Lost for good';
const BACK = 'Comes back';

let browser: Browser;
let dataDir: string;
let app: RunningApp | undefined;
let opened: OpenedPage | undefined;
let page: Page;

/** The id of the workshop file in `dataDir` whose text holds this title. */
function idOf(title: string): string {
  const folder = join(dataDir, 'workshops');
  const file = readdirSync(folder).find((name) => name.endsWith('.json') && readFileSync(join(folder, name), 'utf8').includes(title));
  if (!file) throw new Error(`The workshop '${title}' was not written.`);
  return file.replace(/\.json$/, '');
}

async function create(title: string): Promise<void> {
  await page.getByTestId('new-workshop-title').fill(title);
  await page.getByTestId('create-workshop').click();
  await page.getByTestId('workshop-title').waitFor();
}

const notices = () => page.getByTestId('store-problem');
const noticeOf = (fileId: string) => notices().filter({ hasText: `${fileId}.json` });
const rowTitles = () => page.getByTestId('workshop-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label')));

beforeAll(async () => {
  browser = await launchBrowser();
  dataDir = mkdtempSync(join(tmpdir(), 'jr-e2e-notices-'));
});

/** Two workshops made in the app, then damaged while it is closed, and the app started again on them. */
async function damageTwoWorkshops(): Promise<void> {
  app = await startApp(dataDir);
  opened = await openApp(browser, app.url);
  page = opened.page;
  // One workshop never changed (no restore point), one changed once (the first change keeps a restore point).
  await create(LOST);
  await page.getByRole('button', { name: 'All workshops' }).click();
  await create(BACK);
  await page.getByRole('tab', { name: 'Frame' }).click();
  await page.getByRole('textbox', { name: 'Organisation' }).fill('Northwind Energy');
  await page.getByRole('textbox', { name: 'Organisation' }).press('Enter');
  await waitUntilSaved(page);
  const backId = idOf(BACK);
  await expect.poll(() => existsSync(join(dataDir, 'restore-points', backId, 'index.json'))).toBe(true);
  const lostId = idOf(LOST);
  await opened.context.close();
  await app.stop();

  // Both files are damaged while the app is closed.
  for (const id of [lostId, backId]) writeFileSync(join(dataDir, 'workshops', `${id}.json`), '{ "formatVersion": 2, "title": ');
  app = await startApp(dataDir);
  opened = await openApp(browser, app.url);
  page = opened.page;
}

afterAll(async () => {
  await opened?.context.close();
  await app?.stop();
  await browser.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('notices about damaged workshop files', () => {
  let lostId = '';
  let backId = '';

  it('names each damaged file with what happened to it, and offers Bring back only where a restore point is kept', async () => {
    await damageTwoWorkshops();
    await expect.poll(() => notices().count()).toBe(2);
    // Each damaged file sits in damaged/ with the journal of changes that went with it.
    const moved = readdirSync(join(dataDir, 'damaged'));
    const ids = moved.filter((name) => name.endsWith('.json')).map((name) => name.split('.')[0] ?? '');
    expect(moved.filter((name) => !name.endsWith('.json')).map((name) => name.split('.')[0]).sort()).toEqual([...ids].sort());
    expect(ids).toHaveLength(2);
    const texts = await notices().allInnerTexts();
    lostId = ids.find((id) => texts.some((t) => t.includes(`${id}.json`) && !t.includes('Bring back'))) ?? '';
    backId = ids.find((id) => id !== lostId) ?? '';

    const lost = await noticeOf(lostId).innerText();
    expect(lost).toContain('could not be read');
    expect(lost).toContain('nothing was deleted');
    expect(await noticeOf(lostId).getByRole('button').allInnerTexts()).toEqual(['Dismiss']);

    const back = await noticeOf(backId).innerText();
    expect(back).toMatch(/Its newest restore point is from .+: choose Bring back to start again from it\./);
    expect(await noticeOf(backId).getByRole('button').allInnerTexts()).toEqual(['Bring back', 'Dismiss']);
    expect(await rowTitles()).toEqual([]);
    await page.screenshot({ path: join(outputDir('screens'), 'library-notices.png') });
  });

  it('Dismiss makes a notice go, and it stays gone after a reload', async () => {
    await noticeOf(lostId).getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => noticeOf(lostId).count()).toBe(0);
    // The button went with its notice; the keyboard carries on from the list's heading.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Your workshops');
    await page.reload();
    await noticeOf(backId).waitFor();
    expect(await notices().count()).toBe(1);
    expect(await noticeOf(lostId).count()).toBe(0);
  });

  it('Bring back puts the workshop back in the list as its restore point has it, and its notice goes', async () => {
    await noticeOf(backId).getByRole('button', { name: 'Bring back' }).click();
    await expect.poll(rowTitles).toEqual([BACK]);
    await expect.poll(() => notices().count()).toBe(0);
    await expect.poll(() => page.getByTestId('toast').allInnerTexts()).toContain(
      `Brought back '${BACK}' as it was at its newest restore point.`,
    );
    await page.screenshot({ path: join(outputDir('screens'), 'library-brought-back.png') });

    await page.getByRole('button', { name: `Open ${BACK}` }).click();
    await page.getByRole('tab', { name: 'Frame' }).click();
    expect(await page.getByRole('textbox', { name: 'Organisation' }).inputValue()).toBe('Northwind Energy');
    expect(opened?.pageErrors).toEqual([]);
  });
});
