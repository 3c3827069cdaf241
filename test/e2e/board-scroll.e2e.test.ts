// A board wider than the window: holding a dragged card at the right edge scrolls the board and the card lands far right;
// aiming at a cell already on screen near that edge leaves the board still.
import { describe, expect, it } from 'vitest';
import type { Workshop } from '../../shared/model';
import { boardForTests, movedCards } from './support/board-session';
import { buildWorkshop, extendWorkshop } from './support/seed-workshop';

const EXTRA_STAGES = ['Recommend', 'Upgrade', 'Return', 'Repair', 'Come back'];

/** The default seven stages plus five more: twelve columns, wider than 1280 px. */
const workshop: Workshop = extendWorkshop(
  buildWorkshop('Wide board', () => EXTRA_STAGES.map((name) => ({ type: 'stage/add', name }) as const)),
  (w) => [
    {
      type: 'touchpoint/add',
      teamId: w.teams[0]?.id ?? '',
      stageId: w.stages[0]?.id ?? '',
      channelId: w.channels[0]?.id ?? '',
      title: 'Advert',
    },
  ],
);

const session = boardForTests(workshop, { viewport: { width: 1280, height: 720 } });

describe('a board wider than the window', () => {
  it('holds still while a card is aimed at a cell near the right edge that is already on screen', async () => {
    const { page } = session;
    const scroller = page.locator('.board-scroll');
    const area = await scroller.boundingBox();
    if (!area) throw new Error('The board is not on screen.');
    // The rightmost Web cell wholly on screen, within a fifth of the board's width from its right edge.
    const cells = await page.locator('[data-testid^="cell-"][data-testid$="-Web"]').evaluateAll((els) =>
      els.map((el) => ({ id: el.getAttribute('data-testid') ?? '', box: el.getBoundingClientRect().toJSON() as DOMRect })),
    );
    const right = area.x + area.width;
    const edgeCell = cells.filter((c) => c.box.right <= right).at(-1);
    if (!edgeCell) throw new Error('No Web cell on screen.');
    const aim = { x: edgeCell.box.left + edgeCell.box.width / 2, y: edgeCell.box.top + 14 };
    expect(right - aim.x).toBeLessThan(area.width / 5);

    const cardBox = await page.getByTestId('card').boundingBox();
    if (!cardBox) throw new Error('The card is not on screen.');
    await page.mouse.move(cardBox.x + cardBox.width / 2, cardBox.y + cardBox.height / 2);
    await page.mouse.down();
    await page.mouse.move(cardBox.x + cardBox.width / 2 + 12, cardBox.y + cardBox.height / 2 + 4, { steps: 3 });
    await page.mouse.move(aim.x, aim.y, { steps: 15 });
    const target = page.getByTestId(edgeCell.id);
    await target.and(page.locator('.board-cell-over')).waitFor();
    // The cell the card would land in shows the closed hand (the lifted card lets the pointer through).
    expect(await target.evaluate((el) => getComputedStyle(el).cursor)).toBe('grabbing');
    // A person takes a moment to aim; the board must not slide away under the card meanwhile.
    await page.waitForTimeout(600);
    expect(await scroller.evaluate((el) => el.scrollLeft)).toBe(0);
    await page.mouse.up();
    await expect.poll(() => target.getByTestId('card').count()).toBe(1);

    // Back where it was, for the next test.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => movedCards(workshop, session.saved())).toEqual([]);
  });

  it('scrolls while a dragged card is held near the right edge, and the card lands in a far cell', async () => {
    const { page } = session;
    expect(workshop.stages).toHaveLength(12);
    const scroller = page.locator('.board-scroll');
    const scrollLeft = () => scroller.evaluate((el) => el.scrollLeft);
    const maxScroll = await scroller.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(maxScroll).toBeGreaterThan(300);
    const far = page.getByTestId('cell-Come back-Web');
    const farBox = await far.boundingBox();
    expect(farBox && farBox.x).toBeGreaterThan(1280); // off screen before the drag

    const cardBox = await page.getByTestId('card').boundingBox();
    const area = await scroller.boundingBox();
    if (!cardBox || !area) throw new Error('The board is not on screen.');
    const y = cardBox.y + cardBox.height / 2;
    await page.mouse.move(cardBox.x + cardBox.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(cardBox.x + cardBox.width / 2 + 12, y + 4, { steps: 3 });
    // Hold near the right edge: the board scrolls on its own until its end.
    await page.mouse.move(area.x + area.width - 8, y, { steps: 15 });
    await expect.poll(scrollLeft, { timeout: 10000 }).toBeGreaterThanOrEqual(maxScroll - 1);

    // The far cell is on screen now; move onto it and let go once it shows it is the target.
    const target = await far.boundingBox();
    if (!target) throw new Error('The far cell is not on screen.');
    expect(target.x + target.width).toBeLessThanOrEqual(1280);
    await page.mouse.move(target.x + target.width / 2, target.y + 14, { steps: 5 });
    await far.and(page.locator('.board-cell-over')).waitFor();
    await page.mouse.up();

    await expect.poll(() => far.getByTestId('card').count()).toBe(1);
    await expect.poll(() => movedCards(workshop, session.saved())).toEqual(['Advert: Discover/Web → Come back/Web']);
    expect(session.pageErrors).toEqual([]);
  });
});
