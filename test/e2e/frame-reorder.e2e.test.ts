// Reordering stages and channels on the Frame screen in a real browser: by mouse drag, by keyboard
// (Space, arrow keys, Space), and by the up and down buttons — one move per drop, said in plain words.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mouseDrag } from './support/pointer-drag';
import { outputDir } from './support/serve';
import { sessionForTests, startSampleSession } from './support/session';
import { pickUpWithKeyboard } from './support/keyboard-drag';

const opened = sessionForTests(startSampleSession);

beforeAll(async () => {
  await opened.page.getByRole('tab', { name: 'Frame' }).click();
  await opened.page.getByTestId('frame-stage-list').waitFor();
});

const names = (list: string) => () =>
  opened.page.getByTestId(list).locator('input').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
const stageNames = names('frame-stage-list');
const channelNames = names('frame-channel-list');
const stageRows = () => opened.page.getByTestId('frame-stage-list').getByTestId('named-row');
const announced = () => opened.page.getByTestId('announcer').innerText();
const dndSays = () => opened.page.locator('[id^="DndLiveRegion"]').first().innerText();

const SAMPLE = ['Discover', 'Choose a plan', 'Sign up', 'Installation', 'First weeks', 'Get help', 'First bill'];

describe('reordering the journey on the Frame screen', () => {
  it('moves a stage by dragging its handle, in one step that one Undo takes back', async () => {
    expect(await stageNames()).toEqual(SAMPLE);
    await mouseDrag(opened.page, opened.page.getByTestId('reorder-Discover'), stageRows().nth(2));
    await expect.poll(stageNames).toEqual(['Choose a plan', 'Sign up', 'Discover', 'Installation', 'First weeks', 'Get help', 'First bill']);
    await expect.poll(announced).toContain('Moved Discover to position 3 of 7, after Sign up.');
    // The whole drag was a single stage/move: one Undo puts the old order back.
    await opened.page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(stageNames).toEqual(SAMPLE);
  });

  it('moves a stage with the keyboard, saying where it would go', async () => {
    await opened.page.getByTestId('reorder-Sign up').focus();
    await pickUpWithKeyboard(opened.page);
    await expect.poll(dndSays).toMatch(/^Picked up the stage Sign up, at position 3 of 7\./);
    await opened.page.keyboard.press('ArrowDown');
    await expect.poll(dndSays).toBe('Sign up would go to position 4 of 7, after Installation.');
    await opened.page.keyboard.press('ArrowDown');
    await expect.poll(dndSays).toBe('Sign up would go to position 5 of 7, after First weeks.');
    await opened.page.screenshot({ path: join(outputDir('screens'), 'frame-reorder-keyboard.png') });
    await opened.page.keyboard.press('Space');
    await expect.poll(stageNames).toEqual(['Discover', 'Choose a plan', 'Installation', 'First weeks', 'Sign up', 'Get help', 'First bill']);
    await expect.poll(announced).toContain('Moved Sign up to position 5 of 7, after First weeks.');

    // Escape puts it back where it was, and nothing is sent.
    await opened.page.getByTestId('reorder-Get help').focus();
    await pickUpWithKeyboard(opened.page);
    await expect.poll(dndSays).toMatch(/^Picked up the stage Get help/);
    await opened.page.keyboard.press('ArrowUp');
    await expect.poll(dndSays).toBe('Get help would go to position 5 of 7, after First weeks.');
    await opened.page.keyboard.press('Escape');
    await expect.poll(dndSays).toBe('Cancelled. Get help stays at position 6 of 7.');
    expect(await stageNames()).toEqual(['Discover', 'Choose a plan', 'Installation', 'First weeks', 'Sign up', 'Get help', 'First bill']);
  });

  it('still moves with the up and down buttons, said the same way', async () => {
    await opened.page.getByRole('button', { name: 'Move First bill earlier' }).click();
    await expect.poll(stageNames).toEqual(['Discover', 'Choose a plan', 'Installation', 'First weeks', 'Sign up', 'First bill', 'Get help']);
    await expect.poll(announced).toContain('Moved First bill to position 6 of 7, after Sign up.');
  });

  it('moves a channel by dragging, and the board follows the new order', async () => {
    expect(await channelNames()).toEqual(['Web', 'App', 'Phone', 'Live chat', 'Home visit']);
    const rows = opened.page.getByTestId('frame-channel-list').getByTestId('named-row');
    await mouseDrag(opened.page, opened.page.getByTestId('reorder-Home visit'), rows.nth(0));
    await expect.poll(channelNames).toEqual(['Home visit', 'Web', 'App', 'Phone', 'Live chat']);
    await expect.poll(announced).toContain('Moved Home visit to position 1 of 5, before Web.');
    await opened.page.screenshot({ path: join(outputDir('screens'), 'frame-reorder.png') });
    await opened.page.getByRole('tab', { name: 'Map' }).click();
    await expect
      .poll(() => opened.page.locator('.board-channel').allInnerTexts())
      .toEqual(['Home visit', 'Web', 'App', 'Phone', 'Live chat']);
    expect(opened.foreignRequests).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
  });
});
