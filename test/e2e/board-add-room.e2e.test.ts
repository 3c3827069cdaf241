// The "+" that adds a card to a cell which already has cards floats in the cell's bottom corner; the
// bottom card's feeling face and number keep clear of that corner, so in a row no taller than its cards
// the "+" covers neither them nor the card's title. Checked at a projector's 1280×720 and a laptop's
// 1000×700, with a one-line and a two-line card. Screenshots: test-output/screens/board-add-room-*.png.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workshop } from '../../shared/model';
import { startBoardSession, type BoardSession } from './support/board-session';
import { buildWorkshop, extendWorkshop } from './support/seed-workshop';
import { outputDir } from './support/serve';

/** One card in each cell of the first row: a short title and a long one, each with a feeling. */
function shortRows(): Workshop {
  const w = buildWorkshop('A short row', () => []);
  const team = w.teams[0]?.id ?? '';
  const channel = w.channels[0]?.id ?? '';
  const [first, second] = w.stages.map((s) => s.id);
  return extendWorkshop(w, () => [
    { type: 'touchpoint/add', teamId: team, stageId: first ?? '', channelId: channel, title: 'Advert', feeling: -2 },
    { type: 'touchpoint/add', teamId: team, stageId: second ?? '', channelId: channel, title: 'Price comparison on a partner site', feeling: 1 },
  ]);
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function boxOf(page: Page, selector: string): Promise<Box> {
  const box = await page.locator(selector).first().boundingBox();
  if (box === null) throw new Error(`${selector} is not on screen`);
  return box;
}

let session: BoardSession;

beforeAll(async () => {
  session = await startBoardSession(shortRows());
});

afterAll(async () => {
  await session.close();
});

describe('the "+" in a cell with cards', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1000, height: 700 },
  ]) {
    it(`keeps clear of the bottom card's feeling at ${viewport.width}×${viewport.height}`, async () => {
      const { page, context } = await session.openBoard({ viewport });
      const workshop = session.saved();
      const [first, second] = workshop.stages;
      const channel = workshop.channels[0]?.name ?? '';
      for (const stage of [first?.name ?? '', second?.name ?? '']) {
        const cell = `[data-testid="cell-${stage}-${channel}"]`;
        await page.locator(cell).hover();
        const add = page.locator(`${cell} .cell-add`);
        await expect.poll(() => add.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
        const plus = await boxOf(page, `${cell} .cell-add`);
        const meta = await boxOf(page, `${cell} .card-meta`);
        expect(overlap(plus, meta), `the "+" covers the feeling in ${stage}`).toBe(false);
        // Each line of the title, as the browser lays it out.
        const lines = await page.locator(`${cell} .card-title`).evaluate((el) =>
          [...el.getClientRects()].map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })),
        );
        for (const line of lines) expect(overlap(plus, line), `the "+" covers the title in ${stage}`).toBe(false);
        const box = await boxOf(page, cell);
        expect(plus.y + plus.height).toBeLessThanOrEqual(box.y + box.height);
      }
      await page.locator(`[data-testid="cell-${second?.name ?? ''}-${channel}"]`).hover();
      await page.screenshot({ path: join(outputDir('screens'), `board-add-room-${viewport.width}.png`) });
      await context.close();
    });
  }
});
