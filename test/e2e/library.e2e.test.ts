// The workshop library in a real browser against the real server: start from the sample, rename, copy, delete, damaged
// files explained, and each workshop's last change dated the way that workshop writes dates, not the browser's way.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './support/browser';
import { buildWorkshop, dataDirWith } from './support/seed-workshop';
import { outputDir, startApp, type RunningApp } from './support/serve';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('the workshop library', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app.stop();
  });

  it('explains an empty library and opens the sample in one click', async () => {
    const { page, context, foreignRequests, pageErrors } = await openApp(browser, app.url);
    await expect.poll(() => page.getByText('No workshops yet').isVisible()).toBe(true);
    await page.screenshot({ path: join(outputDir('screens'), 'library-empty.png') });

    await page.getByTestId('open-sample').click();
    await page.getByTestId('workshop-title').waitFor();
    expect(await page.getByTestId('workshop-title').innerText()).toBe('Sample workshop');
    expect(await page.title()).toBe('Sample workshop — Journey Room');
    expect(await page.getByTestId('save-state').innerText()).toBe('All changes saved');

    await page.getByRole('button', { name: 'All workshops' }).click();
    await page.getByTestId('workshop-row').first().waitFor();
    expect(await page.getByTestId('workshop-row').count()).toBe(1);
    expect(await page.title()).toBe('Journey Room');
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('renames in place, duplicates, and deletes only after a confirmation naming the workshop', async () => {
    const { page, context, pageErrors } = await openApp(browser, app.url);
    const rows = page.getByTestId('workshop-row');
    const labels = () => rows.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')).sort());

    await page.getByTestId('new-workshop-title').fill('Renewals 2026');
    await page.getByTestId('create-workshop').click();
    await page.getByTestId('workshop-title').waitFor();
    await page.getByRole('button', { name: 'All workshops' }).click();
    await rows.first().waitFor();

    await page.getByRole('button', { name: 'Rename Renewals 2026' }).click();
    await page.getByTestId('rename-field').fill('');
    await page.getByTestId('rename-field').press('Enter');
    await expect.poll(() => page.getByText('A name cannot be empty.').isVisible()).toBe(true);
    await page.getByTestId('rename-field').fill('Renewals 2027');
    await page.getByTestId('rename-field').press('Enter');
    await expect.poll(labels).toContain('Renewals 2027');

    await page.getByRole('button', { name: 'Duplicate Renewals 2027' }).click();
    await expect.poll(labels).toContain('Renewals 2027 (copy)');

    await page.getByRole('button', { name: 'Delete Renewals 2027', exact: true }).click();
    const dialog = page.getByTestId('confirm-dialog');
    expect(await dialog.innerText()).toContain("Delete 'Renewals 2027'?");
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await labels()).toContain('Renewals 2027');

    await page.getByRole('button', { name: 'Delete Renewals 2027', exact: true }).click();
    await dialog.getByRole('button', { name: 'Delete workshop' }).click();
    await expect.poll(labels).toEqual(['Renewals 2027 (copy)', 'Sample workshop']);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});

describe('a damaged workshop file', () => {
  it('is named in a notice with what happened to it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'jr-e2e-damaged-'));
    let app = await startApp(dataDir);
    const { page, context } = await openApp(browser, app.url);
    await page.getByTestId('new-workshop-title').fill('Will be damaged');
    await page.getByTestId('create-workshop').click();
    await page.getByTestId('workshop-title').waitFor();
    await context.close();
    await app.stop();

    const folder = join(dataDir, 'workshops');
    const file = readdirSync(folder).find((name) => readFileSync(join(folder, name), 'utf8').includes('Will be damaged'));
    if (!file) throw new Error('The workshop file was not written.');
    writeFileSync(join(folder, file), '{ "formatVersion": 1, "title": ');

    app = await startApp(dataDir);
    try {
      const opened = await openApp(browser, app.url);
      const notice = opened.page.getByTestId('store-problems');
      await notice.waitFor();
      const text = await notice.innerText();
      expect(text).toContain('One workshop file could not be read');
      expect(text).toContain(file);
      await opened.page.screenshot({ path: join(outputDir('screens'), 'library-damaged-file.png') });
      await opened.context.close();
    } finally {
      await app.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('when each workshop last changed', () => {
  it('is written the way that workshop writes dates, whatever the browser’s own locale', async () => {
    // Two workshops last changed on the same day long ago: one British (day first), one American.
    const long = '2025-03-05T12:00:00.000Z';
    const british = { ...buildWorkshop('Renewals UK', () => []), locale: 'en-GB', updatedAt: long };
    const american = { ...buildWorkshop('Renewals US', () => []), id: 'us-renewals', locale: 'en-US', updatedAt: long };
    const dataDir = dataDirWith(british);
    writeFileSync(join(dataDir, 'workshops', `${american.id}.json`), JSON.stringify(american));
    const app = await startApp(dataDir);
    try {
      // An American browser in the workshops' time zone.
      const { page, context, pageErrors } = await openApp(browser, app.url, undefined, { locale: 'en-US', timezoneId: 'UTC' });
      const row = (title: string) => page.getByTestId('workshop-row').and(page.getByLabel(title, { exact: true }));
      await row('Renewals US').waitFor();
      expect(await row('Renewals UK').innerText()).toContain('Changed on 5 Mar 2025');
      expect(await row('Renewals US').innerText()).toContain('Changed on Mar 5, 2025');
      await page.screenshot({ path: join(outputDir('screens'), 'library-dates.png') });
      expect(pageErrors).toEqual([]);
      await context.close();
    } finally {
      await app.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
