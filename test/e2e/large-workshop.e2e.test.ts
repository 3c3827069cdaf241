// The large workshop (8 teams, 400 touchpoints, 150 fixes, 30 actions) in a real browser at 1280×720: a touchpoint found among 400 by typing, on the Plan and on the Fix screen, in forced colours too; and every fix, action and heatmap row still on its screen.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Touchpoint, Workshop } from '../../shared/model';
import { touchpointChoiceLabel } from '../../renderer/ui/touchpoint-choices';
import { createLargeWorkshop } from '../fixtures/large-workshop';
import { chooseByKeyboard, chooseByMouse, highlighted } from './support/combobox';
import { startSeededSession } from './support/seeded-session';
import { readSavedWorkshop, waitUntilSaved } from './support/saved-workshop';
import { outputDir } from './support/serve';
import type { AppSession } from './support/session';

const eventually = expect.poll;
const large = createLargeWorkshop();

let session: AppSession;
let page: Page;

beforeAll(async () => {
  session = await startSeededSession(large);
  page = session.page;
});

afterAll(async () => {
  await session.close();
});

function savedWorkshop(): Workshop {
  return readSavedWorkshop(session.app.dataDir);
}

async function snap(name: string): Promise<void> {
  await page.screenshot({ path: join(outputDir('screens'), `large-${name}.png`) });
}

async function openPhase(name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
}

/** A card of another team than the first, deep in the list, so it is far from any action's current choice. */
function cardToFind(): Touchpoint {
  const card = large.touchpoints.find((t, i) => i > 300 && t.stageId === large.stages[6]?.id);
  if (!card) throw new Error('The large fixture has no card to look for.');
  return card;
}

describe('the large workshop', () => {
  it('finds an action’s touchpoint among 400 by typing its title, and saves it', async () => {
    await openPhase('Plan');
    const first = page.getByTestId('action-item').first();
    const field = first.getByRole('combobox', { name: 'Touchpoint it addresses' });
    const action = large.actions[0];
    const current = large.touchpoints.find((t) => t.id === action?.touchpointId);
    if (!current) throw new Error('The first action names no touchpoint.');
    expect(await field.inputValue()).toBe(touchpointChoiceLabel(large, current));
    await snap('plan-1-closed');

    // Opened with a click, the list shows the current choice among its neighbours.
    await field.click();
    expect(await page.getByRole('listbox').getByRole('option', { name: touchpointChoiceLabel(large, current) }).isVisible()).toBe(true);
    await snap('plan-2-open');
    await page.keyboard.press('Escape');

    const card = cardToFind();
    const label = touchpointChoiceLabel(large, card);
    await chooseByKeyboard(page, field, card.title, label);
    expect(await field.inputValue()).toBe(label);
    await waitUntilSaved(page);
    expect(savedWorkshop().actions[0]?.touchpointId).toBe(card.id);
  });

  it('reads in forced colours (Windows high contrast), the highlighted option in the system’s colours', async () => {
    await page.emulateMedia({ forcedColors: 'active' });
    const field = page.getByTestId('action-item').nth(1).getByRole('combobox', { name: 'Touchpoint it addresses' });
    await field.focus();
    await page.keyboard.press('ArrowDown');
    expect(await highlighted(page, field)).not.toBeNull();
    await snap('plan-3-forced-colours');
    await page.keyboard.press('Escape');
    await page.emulateMedia({ forcedColors: 'none' });
  });

  it('links a touchpoint among 400 to a new fix on the Fix screen', async () => {
    await openPhase('Fixes');
    const field = page.getByRole('combobox', { name: 'Link a touchpoint' });
    await field.scrollIntoViewIfNeeded();
    await snap('fixes-1-closed');
    await field.click();
    await snap('fixes-2-open');
    const card = cardToFind();
    const label = touchpointChoiceLabel(large, card);
    await chooseByMouse(page, field, card.title.split(' ').slice(-2).join(' '), label);
    await page.getByRole('button', { name: 'Link', exact: true }).click();
    const stage = large.stages.find((s) => s.id === card.stageId)?.name ?? '';
    await eventually(() => page.getByRole('list', { name: 'Linked touchpoints' }).innerText()).toContain(`${card.title} · ${stage}`);
    await snap('fixes-3-linked');
  });

  it('keeps every fix, action and heatmap row on its screen', async () => {
    await eventually(() => page.getByTestId('fix-card').count()).toBe(large.fixes.length);
    await openPhase('Plan');
    await eventually(() => page.getByTestId('action-item').count()).toBe(large.actions.length);
    await openPhase('Insights');
    await eventually(() => page.getByTestId('heatmap').locator('tbody tr').count()).toBe(large.touchpoints.length);
    expect(session.foreignRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
