// The facilitator's top bar keeps the workshop's title readable at every laptop width: on a 1366×768 laptop at
// 125 % (1093 px), at 1024 px and on a 1280×720 projector, with the Room and Projector controls showing. Where
// the controls and a readable title do not fit on one row, the controls wrap to a second row rather than squeeze
// the title to a letter; a title longer than its room shows its first words and keeps the whole as its tooltip.
// The bar stays one row at 1280×720, and nothing in it is drawn over anything else or leaves the window.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type OpenedPage } from './support/browser';
import { layoutProblems } from './support/layout-checks';
import { outputDir } from './support/serve';
import { startSession, type AppSession } from './support/session';

const LONG_TITLE = 'Home broadband: switching supplier, from first search to first bill';
/** About 17 characters of the title's type: the first words of any title. */
const READABLE_PX = 200;

let session: AppSession;
let sampleUrl = '';
let longUrl = '';

beforeAll(async () => {
  session = await startSession();
  const { page } = session;
  await page.getByTestId('open-sample').click();
  await page.getByTestId('workshop-title').waitFor();
  sampleUrl = page.url();
  await page.getByRole('button', { name: 'All workshops' }).click();
  await page.getByTestId('new-workshop-title').fill(LONG_TITLE);
  await page.getByTestId('create-workshop').click();
  await page.getByTestId('workshop-title').waitFor();
  longUrl = page.url();
});

afterAll(async () => {
  await session.close();
});

/** The facilitator's page of a workshop in a window this wide, once the Room and Projector controls are in the bar. */
async function facilitatorAt(url: string, width: number): Promise<OpenedPage> {
  const opened = await openApp(session.browser, session.app.url, { width, height: 720 });
  await opened.page.goto(url);
  await opened.page.getByTestId('workshop-title').waitFor();
  await opened.page.locator('.top-bar').getByRole('button', { name: /^Room/ }).waitFor();
  await opened.page.locator('.top-bar').getByRole('button', { name: /^Projector/ }).waitFor();
  return opened;
}

/** The title as drawn: its width, and whether its text is cut short. */
function titleShown(page: Page) {
  return page.getByTestId('workshop-title').evaluate((el) => ({
    width: el.getBoundingClientRect().width,
    cut: el.scrollWidth > el.clientWidth + 1,
  }));
}

/** How many rows of controls the bar holds: each row is one control high (40 px) with the bar's padding around them. */
async function barRows(page: Page): Promise<number> {
  const bar = await page.locator('.top-bar').boundingBox();
  return Math.round(((bar?.height ?? 0) - 17) / 40);
}

describe('the facilitator’s top bar', () => {
  for (const width of [1093, 1024, 1280]) {
    it(`shows the whole of a short title at ${String(width)} px, with every control in the window and none over another`, async () => {
      const { page, context, pageErrors } = await facilitatorAt(sampleUrl, width);
      try {
        await expect.poll(async () => (await titleShown(page)).cut).toBe(false);
        expect((await titleShown(page)).width).toBeGreaterThanOrEqual(READABLE_PX - 20);
        expect(await layoutProblems(page, '.top-bar')).toEqual([]);
        // A 1280×720 projector keeps its one row; narrower windows may take a second.
        if (width === 1280) expect(await barRows(page)).toBe(1);
        else expect(await barRows(page)).toBeLessThanOrEqual(2);
        await page.screenshot({ path: join(outputDir('screens'), `top-bar-${String(width)}.png`), clip: { x: 0, y: 0, width, height: 160 } });
        expect(pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('gives a long title room for its first words at 1093 px, and keeps the whole as its tooltip', async () => {
    const { page, context } = await facilitatorAt(longUrl, 1093);
    try {
      await expect.poll(async () => (await titleShown(page)).width).toBeGreaterThanOrEqual(READABLE_PX);
      expect(await page.getByTestId('workshop-title').getAttribute('title')).toBe(LONG_TITLE);
      expect(await layoutProblems(page, '.top-bar')).toEqual([]);
      await page.screenshot({ path: join(outputDir('screens'), 'top-bar-1093-long-title.png'), clip: { x: 0, y: 0, width: 1093, height: 160 } });
    } finally {
      await context.close();
    }
  });
});
