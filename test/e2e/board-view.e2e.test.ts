// The board on a projector: Fit to screen keeps every card title on screen and readable on an 8 × 6 board,
// zoom leaves drag and drop working, high contrast, the emotion curve, and the card editor's copy, notes,
// team, delete-with-undo and refusals.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientCommand } from '../../shared/commands';
import type { Workshop } from '../../shared/model';
import { Page as SeedPage } from '../main/support/page';
import { TestClient } from '../main/support/ws-client';
import { openApp, type OpenedPage } from './support/browser';
import { mouseDrag } from './support/pointer-drag';
import { outputDir } from './support/serve';
import { startSession, type AppSession } from './support/session';

/** Card titles of every length a room writes, the longest wrapping to two lines. */
const TITLES = [
  'Search results',
  'Product page with reviews',
  'Price match chat',
  'Basket reminder e-mail',
  'Asking staff on the shop floor',
  'Delivery slot confirmation',
  'Returns label',
  'Loyalty points statement',
  'Help centre article',
  'Store stock check',
  'Callback booking',
  'Order tracking page',
];

let session: AppSession;
let page: Page;
let api: TestClient;
let workshopId = '';

let seeder: SeedPage;

/** Sends one command as the facilitator and gives back the workshop as it now is. */
async function send(command: ClientCommand): Promise<Workshop> {
  await seeder.must(command);
  return seeder.state;
}

/** The retail template grown to 8 stages × 6 channels, with 2 or 3 of Team 1's cards in every cell. */
async function seedBoard(): Promise<void> {
  const created = await api.request('library/create', { title: 'Projector board', template: 'retail' });
  workshopId = (created.result as { id: string }).id;
  seeder = await SeedPage.on(api, workshopId);
  await send({ type: 'stage/add', name: 'Recommend' });
  let w = await send({ type: 'channel/add', name: 'Social' });
  const teamId = w.teams[0]?.id ?? '';
  let n = 0;
  for (const stage of w.stages) {
    for (const channel of w.channels) {
      const have = w.touchpoints.filter((t) => t.stageId === stage.id && t.channelId === channel.id).length;
      const want = (n % 2 === 0 ? 3 : 2) - have;
      for (let i = 0; i < want; i += 1) {
        w = await send({
          type: 'touchpoint/add',
          teamId,
          stageId: stage.id,
          channelId: channel.id,
          title: TITLES[(n + i * 5) % TITLES.length] ?? 'Card',
          feeling: ((n + i) % 5) - 2,
        });
      }
      n += 1;
    }
  }
  // A second team with a few cards of its own, so the curve has two lines.
  w = await send({ type: 'team/add', name: 'Service' });
  const service = w.teams[1]?.id ?? '';
  for (const [i, stage] of w.stages.entries()) {
    const channel = w.channels[i % w.channels.length];
    if (channel) await send({ type: 'touchpoint/add', teamId: service, stageId: stage.id, channelId: channel.id, title: 'Service desk', feeling: (i % 3) - 1 });
  }
}

async function openBoard(target: Page): Promise<void> {
  await target.reload();
  // A reload may land in the library or straight back in the workshop.
  const open = target.getByRole('button', { name: 'Open Projector board' });
  await target.getByTestId('workshop-title').or(open).waitFor();
  if (await open.isVisible()) await open.click();
  await target.getByTestId('workshop-title').waitFor();
  await target.getByRole('tab', { name: 'Map' }).click();
  await target.getByTestId('board-view').waitFor();
}

const shot = (target: Page, name: string) => target.screenshot({ path: join(outputDir('screens'), name) });

/** Every card title: its box, font size and how much of its text shows. */
function titleReport(target: Page) {
  return target.locator('.board-grid .card-title').evaluateAll((els) =>
    els.map((el) => {
      const box = el.getBoundingClientRect();
      return {
        text: el.textContent ?? '',
        top: box.top,
        bottom: box.bottom,
        left: box.left,
        right: box.right,
        fontSize: parseFloat(getComputedStyle(el).fontSize),
        clipped: el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1,
        lines: Math.round(box.height / parseFloat(getComputedStyle(el).lineHeight)),
      };
    }),
  );
}

beforeAll(async () => {
  session = await startSession();
  page = session.page;
  api = await TestClient.connect(session.app.url);
  await seedBoard();
  await openBoard(page);
});

afterAll(async () => {
  await api.close();
  await session.close();
});

const zoomLevel = () => page.getByTestId('zoom-level').innerText();

describe('the board on a projector', () => {
  it('fits all 8 stages and 6 channels at 1280×720 with every card title on screen and readable', async () => {
    expect(await page.locator('.board-stage').count()).toBe(8);
    expect(await page.locator('.board-channel').count()).toBe(6);
    await page.getByTestId('zoom-fit').click();
    await expect.poll(async () => page.getByTestId('zoom-fit').getAttribute('aria-pressed')).toBe('true');
    await page.waitForTimeout(300);
    await shot(page, 'board-fit-1280.png');
    const viewport = page.viewportSize() ?? { width: 0, height: 0 };
    const titles = await titleReport(page);
    expect(titles.length).toBeGreaterThanOrEqual(8 * 6 * 2);
    for (const title of titles) {
      expect(title.top, title.text).toBeGreaterThanOrEqual(0);
      expect(title.left, title.text).toBeGreaterThanOrEqual(0);
      expect(title.bottom, title.text).toBeLessThanOrEqual(viewport.height);
      expect(title.right, title.text).toBeLessThanOrEqual(viewport.width);
      expect(title.fontSize, title.text).toBeGreaterThanOrEqual(12);
      expect(title.clipped, title.text).toBe(false);
      expect(title.lines, title.text).toBeLessThanOrEqual(2);
    }
    // The board itself needs no scrolling.
    const scroll = await page.locator('.board-scroll').evaluate((el) => ({
      h: el.scrollHeight - el.clientHeight,
      w: el.scrollWidth - el.clientWidth,
    }));
    expect(scroll).toEqual({ h: 0, w: 0 });
    expect(await page.getByTestId('palette-Web page').isVisible()).toBe(false);
    await shot(page, 'board-fit-1280.png');
  });

  it('zooms in and out in steps, and Fit to screen comes back after a reload', async () => {
    const fitted = await zoomLevel();
    await page.getByTestId('zoom-in').click();
    await expect.poll(zoomLevel).not.toBe(fitted);
    expect(await page.getByTestId('zoom-fit').getAttribute('aria-pressed')).toBe('false');
    const bigger = parseInt(await zoomLevel(), 10);
    const widthBefore = await page.locator('.board-stage').first().evaluate((el) => el.getBoundingClientRect().width);
    await page.getByTestId('zoom-in').click();
    await expect.poll(async () => parseInt(await zoomLevel(), 10)).toBe(bigger + 10);
    expect(await page.locator('.board-stage').first().evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(widthBefore);
    await page.getByTestId('zoom-out').click();
    await page.getByTestId('zoom-out').click();
    await expect.poll(async () => parseInt(await zoomLevel(), 10)).toBe(bigger - 10);
    await page.getByTestId('zoom-reset').click();
    await expect.poll(zoomLevel).toBe('100 %');
    // The palette, folded away while the board fits the screen, is back.
    expect(await page.getByTestId('palette-Web page').isVisible()).toBe(true);
    // The choice belongs to this device: it survives a reload.
    await page.getByTestId('zoom-fit').click();
    await openBoard(page);
    await expect.poll(async () => page.getByTestId('zoom-fit').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(zoomLevel).toBe(fitted);
  });

  it('still drops a dragged card in the right cell when zoomed', async () => {
    await page.getByTestId('zoom-reset').click();
    await page.getByTestId('zoom-out').click();
    await page.getByTestId('zoom-out').click();
    await expect.poll(zoomLevel).toBe('80 %');
    const from = page.getByTestId('cell-Discover-Web').getByTestId('card').first();
    const title = (await from.getAttribute('aria-label'))?.split(',')[0] ?? '';
    const before = await page.getByTestId('cell-Use-Phone').getByTestId('card').count();
    await mouseDrag(page, from, page.getByTestId('cell-Use-Phone'));
    await expect.poll(() => page.getByTestId('cell-Use-Phone').getByTestId('card').count()).toBe(before + 1);
    const labels = await page.getByTestId('cell-Use-Phone').getByTestId('card').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    expect(labels.some((label) => label.startsWith(title))).toBe(true);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByTestId('cell-Use-Phone').getByTestId('card').count()).toBe(before);
  });

  it('switches to high contrast and back, and shows the emotion curve in words', async () => {
    await page.getByTestId('zoom-fit').click();
    await page.getByTestId('high-contrast').click();
    await expect.poll(() => page.getByTestId('board-view').getAttribute('class')).toContain('board-high-contrast');
    const stageLook = await page.locator('.board-stage').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(stageLook).toBe('rgb(0, 0, 0)');
    // The thick look is drawn without thicker boxes, so the board still fits as it did.
    const overflow = await page.locator('.board-scroll').evaluate((el) => el.scrollHeight - el.clientHeight);
    expect(overflow).toBe(0);
    await shot(page, 'board-fit-1280-high-contrast.png');
    await page.getByTestId('high-contrast').click();
    await expect.poll(() => page.getByTestId('board-view').getAttribute('class')).not.toContain('board-high-contrast');

    const curve = page.getByTestId('board-curve');
    // Folded away at first, so the grid has the room; one click opens it.
    expect(await curve.getByTestId('curve-value').count()).toBe(0);
    await curve.getByTestId('curve-toggle').click();
    await expect.poll(() => curve.getByTestId('curve-value').count()).toBe(8);
    await shot(page, 'board-curve-1280.png');
    expect(await curve.getByText('All teams').isVisible()).toBe(true);
    expect(await curve.getByText('Service').isVisible()).toBe(true);
    const values = await curve.getByTestId('curve-value').allInnerTexts();
    expect(values).toHaveLength(8);
    for (const value of values) expect(value).toMatch(/^(Very unhappy|Unhappy|Neutral|Happy|Delighted) (−|\+)?\d/);
    // Each stage's value sits over its own column.
    const centres = await page.evaluate(() => {
      const stages = [...document.querySelectorAll('.board-stage')].map((el) => el.getBoundingClientRect());
      const points = [...document.querySelectorAll('[data-testid="curve-value"]')].map((el) => el.getBoundingClientRect());
      return stages.map((s, i) => Math.abs(s.left + s.width / 2 - ((points[i]?.left ?? 0) + (points[i]?.width ?? 0) / 2)));
    });
    for (const offset of centres) expect(offset).toBeLessThan(2);
    await curve.getByTestId('curve-toggle').click();
    await expect.poll(() => curve.getByTestId('curve-value').count()).toBe(0);
  });

  it('starts in high contrast when the system asks for more contrast, until the person chooses', async () => {
    await page.emulateMedia({ contrast: 'more' });
    // This device has a choice stored from the test above ("normal"): it wins over the system.
    expect(await page.getByTestId('board-view').getAttribute('class')).not.toContain('board-high-contrast');
    await page.evaluate(() => localStorage.removeItem('journey-room.board-view'));
    await openBoard(page);
    await expect.poll(() => page.getByTestId('board-view').getAttribute('class')).toContain('board-high-contrast');
    await page.emulateMedia({ contrast: 'no-preference' });
    await expect.poll(() => page.getByTestId('board-view').getAttribute('class')).not.toContain('board-high-contrast');
  });
});

describe('the card editor', () => {
  const cell = () => page.getByTestId('cell-Compare-Store');
  const labels = () => cell().getByTestId('card').evaluateAll((els) => els.map((el) => (el.getAttribute('aria-label') ?? '').split(',')[0]));
  const editor = () => page.getByTestId('card-editor');

  it('duplicates a card right after it, and opens the copy to be made different', async () => {
    const before = await labels();
    await cell().getByTestId('card').first().click();
    await editor().waitFor();
    await page.getByTestId('card-duplicate').click();
    await expect.poll(labels).toEqual([before[0], `${before[0]} (copy)`, ...before.slice(1)]);
    // The editor now holds the copy: renaming it leaves the original as it was.
    await expect.poll(() => page.getByTestId('card-title').inputValue()).toBe(`${before[0]} (copy)`);
    await page.getByTestId('card-title').fill('Asking staff by the tills');
    await page.getByTestId('card-save').click();
    await editor().waitFor({ state: 'detached' });
    await expect.poll(labels).toEqual([before[0], 'Asking staff by the tills', ...before.slice(1)]);
  });

  it('refuses an empty and a 200-character title with a clear message, changing nothing', async () => {
    const before = await labels();
    await cell().getByTestId('card').first().click();
    await page.getByTestId('card-title').fill('   ');
    await page.getByTestId('card-save').click();
    expect(await editor().getByText('A name cannot be empty.').isVisible()).toBe(true);
    await page.getByTestId('card-title').fill('x'.repeat(200));
    await page.getByTestId('card-save').click();
    expect(await editor().getByText('Keep names to 120 characters or fewer (this one has 200).').isVisible()).toBe(true);
    // Duplicate, too, will not go ahead with a bad title.
    await page.getByTestId('card-duplicate').click();
    expect(await editor().isVisible()).toBe(true);
    await shot(page, 'board-editor-refusal.png');
    await editor().getByRole('button', { name: 'Cancel' }).click();
    await editor().waitFor({ state: 'detached' });
    expect(await labels()).toEqual(before);
  });

  it('keeps notes and evidence, and hands a card to another team', async () => {
    const first = cell().getByTestId('card').first();
    const title = (await first.getAttribute('aria-label'))?.split(',')[0] ?? '';
    await first.click();
    await page.getByTestId('card-notes').fill('Nine of the last twenty complaints mention waiting for staff.');
    await page.getByTestId('card-save').click();
    await editor().waitFor({ state: 'detached' });
    await cell().getByTestId('card').first().click();
    expect(await page.getByTestId('card-notes').inputValue()).toBe('Nine of the last twenty complaints mention waiting for staff.');

    await page.getByTestId('card-team').selectOption({ label: 'Service' });
    expect(await editor().getByRole('status').innerText()).toMatch(/moves to Service/);
    await shot(page, 'board-editor-1280.png');
    await page.getByTestId('card-save').click();
    await editor().waitFor({ state: 'detached' });
    await expect.poll(labels).not.toContain(title);
    await page.getByTestId('team-switcher').selectOption({ label: 'Service' });
    await expect.poll(labels).toContain(title);
    await page.getByTestId('team-switcher').selectOption({ label: 'Team 1' });
  });

  it('deletes a card and brings it back with the Undo in the note', async () => {
    const before = await labels();
    await cell().getByTestId('card').first().click();
    await editor().getByRole('button', { name: 'Delete card' }).click();
    await editor().waitFor({ state: 'detached' });
    await expect.poll(labels).toEqual(before.slice(1));
    expect(await page.getByTestId('undo-note').innerText()).toContain(`Deleted ‘${before[0]}’`);
    await page.getByTestId('undo-delete').click();
    await expect.poll(labels).toEqual(before);
    expect(await page.getByTestId('undo-note').count()).toBe(0);
    expect(session.foreignRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});

describe('the board at 1920×1080', () => {
  let big: OpenedPage;

  beforeAll(async () => {
    big = await openApp(session.browser, session.app.url, { width: 1920, height: 1080 });
    await openBoard(big.page);
  });

  afterAll(async () => {
    await big.context.close();
  });

  it('fits the whole board larger than 100 %, in normal and high contrast', async () => {
    await big.page.getByTestId('zoom-fit').click();
    await expect.poll(async () => parseInt(await big.page.getByTestId('zoom-level').innerText(), 10)).toBeGreaterThan(100);
    const titles = await titleReport(big.page);
    for (const title of titles) {
      expect(title.bottom, title.text).toBeLessThanOrEqual(1080);
      expect(title.fontSize, title.text).toBeGreaterThan(15);
    }
    await shot(big.page, 'board-fit-1920.png');
    await big.page.getByTestId('high-contrast').click();
    await shot(big.page, 'board-fit-1920-high-contrast.png');
    // With the curve open the board still fits, a little smaller.
    await big.page.getByTestId('curve-toggle').click();
    await expect.poll(() => big.page.getByTestId('curve-value').count()).toBe(8);
    await big.page.waitForTimeout(300);
    expect(await big.page.locator('.board-scroll').evaluate((el) => el.scrollHeight - el.clientHeight)).toBe(0);
    await shot(big.page, 'board-curve-1920-high-contrast.png');
    await big.page.getByTestId('high-contrast').click();
    await shot(big.page, 'board-curve-1920.png');
    expect(big.pageErrors).toEqual([]);
  });
});
