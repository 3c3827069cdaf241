// Journey templates in a real browser against the real server: pick Banking
// from the create form with the keyboard, and the Map opens with the
// template's stages and its example cards in the right cells.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateData } from '../../shared/templates';
import { launchBrowser, openApp } from './support/browser';
import { outputDir, startApp, type RunningApp } from './support/serve';

let browser: Browser;
let app: RunningApp;
beforeAll(async () => {
  browser = await launchBrowser();
  app = await startApp();
});
afterAll(async () => {
  await app.stop();
  await browser.close();
});

describe('starting from a journey template', () => {
  it('creates a banking workshop whose Map shows the template stages and example cards', async () => {
    const { page, context, foreignRequests, pageErrors } = await openApp(browser, app.url);
    const banking = templateData('banking');

    const blank = page.getByRole('radio', { name: /^Blank/ });
    await blank.waitFor();
    expect(await blank.isChecked()).toBe(true);
    for (const name of ['Retail', 'Subscription software', 'Banking', 'Healthcare', 'Utilities', 'Public service']) {
      expect(await page.getByRole('radio', { name: new RegExp(`^${name}`) }).count()).toBe(1);
    }
    expect(await page.getByTestId('template-banking').innerText()).toContain(banking.description);

    // Keyboard only: arrow keys move through the radio group.
    await page.getByTestId('new-workshop-title').fill('Everyday account');
    await blank.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: /^Banking/ }).isChecked()).toBe(true);
    await page.screenshot({ path: join(outputDir('screens'), 'templates-create.png') });

    await page.getByTestId('create-workshop').click();
    await page.getByTestId('workshop-title').waitFor();
    expect(await page.getByTestId('workshop-title').innerText()).toBe('Everyday account');

    // Frame opens first, with the customer and scope filled in as a starting point.
    await page.getByRole('tab', { name: 'Frame' }).click();
    await expect.poll(() => page.getByLabel('Customer', { exact: false }).first().inputValue()).toBe(banking.persona);
    expect(await page.getByLabel('Scope', { exact: false }).first().inputValue()).toBe(banking.scope);

    await page.getByRole('tab', { name: 'Map' }).click();
    const board = page.getByRole('table', { name: 'Journey board' });
    await board.waitFor();
    const stages = await board.getByRole('columnheader').allInnerTexts();
    expect(stages.map((s) => s.trim()).filter((s) => s !== 'Channel')).toEqual(banking.stages);
    const channels = await board.getByRole('rowheader').allInnerTexts();
    expect(channels.map((c) => c.trim())).toEqual(banking.channels);

    for (const card of banking.touchpoints) {
      const cell = page.getByTestId(`cell-${card.stage}-${card.channel}`);
      expect(await cell.getByRole('button', { name: new RegExp(`^${card.title}`) }).count()).toBe(1);
    }
    expect(await page.getByTestId('card').count()).toBe(banking.touchpoints.length);
    await page.screenshot({ path: join(outputDir('screens'), 'templates-map.png') });

    await page.getByRole('button', { name: 'All workshops' }).click();
    const row = page.getByRole('listitem', { name: 'Everyday account' });
    await row.waitFor();
    expect(await row.innerText()).toContain(`1 team, ${banking.touchpoints.length} touchpoints`);
    await page.screenshot({ path: join(outputDir('screens'), 'templates-library.png') });

    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
