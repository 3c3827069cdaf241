// The Fix screen in a real browser: a fix started from a pain point, two fixes merged with their dots combined, a delete taken back with Undo, touchpoints linked and unlinked, and a fix handed to another team.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClientCommand } from '../../shared/commands';
import type { Workshop } from '../../shared/model';
import { chooseByKeyboard, chooseByMouse, shownOptions } from './support/combobox';
import { extendWorkshop } from './support/seed-workshop';
import { startSeededSession } from './support/seeded-session';
import { readSavedWorkshop, waitUntilSaved } from './support/saved-workshop';
import { outputDir } from './support/serve';
import { sessionForTests } from './support/session';
import { BILLS, CALL_BACK, ENGINEER, FORMS, PEOPLE, voteRoom } from './support/vote-room';

const eventually = expect.poll;
const CHECKOUT = 'Checkout page';
const HELP_LINE = 'Help line';
/** How a linked card reads on its chip and on the fix card. */
const CHECKOUT_LINK = `${CHECKOUT} · Buy · Web`;
const HELP_LINE_LINK = `${HELP_LINE} · Get help · Phone`;
const NEW_FIX = 'Show the full price before checkout';

/**
 * A badly rated checkout page (the first pillar worst), Bills and Forms
 * lifting different pillars, and revealed dots: Ama 2 on Bills and 2 on
 * Forms, Bartosz 1 on Forms.
 */
function fixRoom(): Workshop {
  const room = voteRoom('Fix the journey', { people: true });
  const stage = room.stages.find((s) => s.name === 'Buy')?.id ?? '';
  const channel = room.channels.find((c) => c.name === 'Web')?.id ?? '';
  const front = room.teams[0]?.id ?? '';
  const helpStage = room.stages.find((s) => s.name === 'Get help')?.id ?? '';
  const phone = room.channels.find((c) => c.name === 'Phone')?.id ?? '';
  const back = room.teams[1]?.id ?? '';
  const withCard = extendWorkshop(room, () => [
    { type: 'touchpoint/add', teamId: front, stageId: stage, channelId: channel, title: CHECKOUT },
    { type: 'touchpoint/add', teamId: back, stageId: helpStage, channelId: phone, title: HELP_LINE },
  ]);
  const card = withCard.touchpoints[0]?.id ?? '';
  const pillars = withCard.framework.pillars.map((p) => p.id);
  const fix = (title: string) => withCard.fixes.find((f) => f.title === title)?.id ?? '';
  const person = (name: string) => withCard.participants.find((p) => p.name === name)?.id ?? '';
  return extendWorkshop(withCard, () => [
    ...pillars.map(
      (pillarId, i): ClientCommand => ({ type: 'rating/set', teamId: front, touchpointId: card, pillarId, score: i === 0 ? 1 : 2 }),
    ),
    { type: 'fix/update', fixId: fix(BILLS), pillarIds: [pillars[1] ?? ''] },
    { type: 'fix/update', fixId: fix(FORMS), pillarIds: [pillars[2] ?? ''] },
    { type: 'ballot/cast', participantId: person(PEOPLE[0]), dots: { [fix(BILLS)]: 2, [fix(FORMS)]: 2 } },
    { type: 'ballot/cast', participantId: person(PEOPLE[1]), dots: { [fix(FORMS)]: 1 } },
    { type: 'vote/reveal', revealed: true },
  ]);
}

const session = sessionForTests(() => startSeededSession(fixRoom()));

beforeAll(async () => {
  await session.page.getByRole('tab', { name: 'Fixes', exact: true }).click();
});

function savedWorkshop(): Workshop {
  return readSavedWorkshop(session.app.dataDir);
}

async function allSaved(): Promise<void> {
  await waitUntilSaved(session.page);
}

async function snap(name: string): Promise<void> {
  await session.page.screenshot({ path: join(outputDir('screens'), `fixes-${name}.png`) });
}

const cardTitles = () => session.page.getByTestId('fix-card').locator('h4').allInnerTexts();
const linkedChips = () => session.page.getByRole('list', { name: 'Linked touchpoints' }).getByRole('listitem').allInnerTexts();
const card = (title: string) => session.page.getByTestId('fix-card').filter({ has: session.page.getByRole('heading', { name: title, exact: true }) });

describe('the Fix screen', () => {
  it('starts a fix from a pain point, with its touchpoint, weakest pillar and team filled in', async () => {
    const pains = session.page.getByTestId('pain-points');
    await pains.waitFor();
    expect(await pains.innerText()).toContain(`${CHECKOUT} · 1.8 average, weakest on`);
    await snap('1-pain-points');
    await session.page.getByRole('button', { name: `Propose a fix for “${CHECKOUT}”` }).click();
    const title = session.page.getByTestId('fix-title');
    await eventually(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    const w = savedWorkshop();
    const firstPillar = w.framework.pillars[0]?.name ?? '';
    expect(await linkedChips()).toEqual([CHECKOUT_LINK]);
    expect(await session.page.getByRole('checkbox', { name: firstPillar }).isChecked()).toBe(true);
    expect(await session.page.getByRole('combobox', { name: 'Proposed by' }).locator('option:checked').innerText()).toBe('Front line');
    await title.fill(NEW_FIX);
    await session.page.getByRole('radio', { name: '5 (huge)' }).check();
    await session.page.getByRole('button', { name: 'Add fix' }).click();
    await eventually(cardTitles).toContain(NEW_FIX);
    // The form is ready for another fix: nothing of this one's stays linked to the next.
    await eventually(linkedChips).toEqual([]);
    expect(await session.page.getByRole('checkbox', { name: firstPillar }).isChecked()).toBe(false);
    expect(await session.page.getByTestId('fix-title').inputValue()).toBe('');
    await allSaved();
    const added = savedWorkshop().fixes.find((f) => f.title === NEW_FIX);
    expect([added?.touchpointIds, added?.pillarIds, added?.impact]).toEqual([
      [w.touchpoints[0]?.id],
      [w.framework.pillars[0]?.id],
      5,
    ]);
  });

  it('merges two fixes that say the same thing, previewing what combines, and adds up their dots', async () => {
    await card(FORMS).getByRole('button', { name: `“${FORMS}”: merge into another fix` }).click();
    const dialog = session.page.getByTestId('merge-dialog');
    await dialog.getByRole('combobox', { name: 'The fix to keep' }).selectOption({ label: BILLS });
    const w = savedWorkshop();
    const [, second, third] = w.framework.pillars;
    await eventually(() => dialog.getByTestId('merge-preview').innerText()).toContain(`${second?.name}, ${third?.name}`);
    // Ama's 2 + 2 would pass the 3 on one fix: one of her dots goes back to her.
    expect(await dialog.getByTestId('merge-dots').innerText()).toBe(
      '2 + 3 → 4 (dots over a person’s limit on one fix go back to them to spend again)',
    );
    await snap('2-merge-preview');
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    await eventually(cardTitles).toEqual([CALL_BACK, BILLS, ENGINEER, NEW_FIX]);
    await allSaved();
    const saved = savedWorkshop();
    const bills = saved.fixes.find((f) => f.title === BILLS);
    expect(bills?.pillarIds).toEqual([second?.id, third?.id]);
    expect(saved.votes.filter((v) => v.fixId === bills?.id).reduce((n, v) => n + v.dots, 0)).toBe(4);

    await session.page.getByRole('tab', { name: 'Vote', exact: true }).click();
    await eventually(() => session.page.getByTestId('ranked-fix').first().innerText()).toMatch(new RegExp(`1st\\s+${BILLS}\\s+4 dots`));
    await session.page.getByRole('tab', { name: 'Fixes', exact: true }).click();
  });

  it('deletes a fix at once, says what went with it, and Undo brings it back', async () => {
    await card(BILLS).getByRole('button', { name: `Delete “${BILLS}”` }).click();
    const bar = session.page.getByTestId('undo-bar');
    await eventually(() => bar.innerText()).toContain(`Deleted the fix “${BILLS}” and the 4 dots on it.`);
    await eventually(cardTitles).toEqual([CALL_BACK, ENGINEER, NEW_FIX]);
    await snap('3-deleted-undo');
    await bar.getByRole('button', { name: 'Undo' }).click();
    await eventually(cardTitles).toEqual([CALL_BACK, BILLS, ENGINEER, NEW_FIX]);
    await allSaved();
    const saved = savedWorkshop();
    const bills = saved.fixes.find((f) => f.title === BILLS);
    expect(saved.votes.filter((v) => v.fixId === bills?.id).reduce((n, v) => n + v.dots, 0)).toBe(4);
    expect(session.foreignRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('links two touchpoints to a fix, shows both on its card, and removes one', async () => {
    await card(CALL_BACK).getByRole('button', { name: `Edit “${CALL_BACK}”` }).click();
    const picker = session.page.getByRole('combobox', { name: 'Link a touchpoint' });
    const link = session.page.getByRole('button', { name: 'Link', exact: true });
    // Choosing shows the card in the field; only Link links it.
    await chooseByMouse(session.page, picker, 'check', `${CHECKOUT} (Web, Front line)`);
    expect(await picker.inputValue()).toBe(`${CHECKOUT} (Web, Front line)`);
    expect(await linkedChips()).toEqual([]);
    await link.click();
    await eventually(linkedChips).toEqual([CHECKOUT_LINK]);
    expect(await picker.inputValue()).toBe('');
    // Focus goes back to the picker for the next card, not lost with the button that is now disabled.
    expect(await picker.evaluate((el) => el === document.activeElement)).toBe(true);
    // Enter chooses in the list without submitting the form around it.
    await chooseByKeyboard(session.page, picker, 'phone', `${HELP_LINE} (Phone, Back office)`);
    expect(await session.page.getByRole('button', { name: 'Save changes' }).isVisible()).toBe(true);
    await link.click();
    await eventually(linkedChips).toEqual([CHECKOUT_LINK, HELP_LINE_LINK]);
    // A linked card is not offered again; with both linked, nothing is left to choose.
    expect(await picker.isDisabled()).toBe(true);
    expect(await picker.getAttribute('placeholder')).toBe('Every touchpoint is linked');
    await snap('4-form-with-links');
    await session.page.getByRole('button', { name: 'Save changes' }).click();
    await eventually(() => card(CALL_BACK).innerText()).toMatch(new RegExp(`About\\s*${CHECKOUT_LINK}\\s*${HELP_LINE_LINK}`));
    await allSaved();
    const ids = (titles: readonly string[]) => titles.map((t) => savedWorkshop().touchpoints.find((c) => c.title === t)?.id);
    expect(savedWorkshop().fixes.find((f) => f.title === CALL_BACK)?.touchpointIds).toEqual(ids([CHECKOUT, HELP_LINE]));

    await card(CALL_BACK).getByRole('button', { name: `Edit “${CALL_BACK}”` }).click();
    await eventually(linkedChips).toEqual([CHECKOUT_LINK, HELP_LINE_LINK]);
    await session.page.getByRole('button', { name: `Remove link to ${CHECKOUT_LINK}` }).click();
    await eventually(linkedChips).toEqual([HELP_LINE_LINK]);
    // Focus moves to the chip that is left, not lost to the page.
    expect(await session.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Remove link to ${HELP_LINE_LINK}`);
    // The unlinked card is offered again.
    await picker.click();
    expect(await shownOptions(session.page).allInnerTexts()).toEqual([`${CHECKOUT} (Web, Front line)`]);
    await snap('4b-picker-open');
    await session.page.keyboard.press('Escape');
    await session.page.getByRole('button', { name: 'Save changes' }).click();
    await eventually(() => card(CALL_BACK).innerText()).toMatch(new RegExp(`About\\s*${HELP_LINE_LINK}\\s*Lifts`));
    await allSaved();
    expect(savedWorkshop().fixes.find((f) => f.title === CALL_BACK)?.touchpointIds).toEqual(ids([HELP_LINE]));
  });

  it("hands a fix to another proposing team when it is edited", async () => {
    expect(savedWorkshop().fixes.find((f) => f.title === ENGINEER)?.teamId).toBe(savedWorkshop().teams[0]?.id);
    await card(ENGINEER).getByRole('button', { name: `Edit “${ENGINEER}”` }).click();
    const team = session.page.getByRole('combobox', { name: 'Proposed by' });
    expect(await team.locator('option:checked').innerText()).toBe('Front line');
    await team.selectOption({ label: 'Back office' });
    await snap('5-edit-team');
    await session.page.getByRole('button', { name: 'Save changes' }).click();
    await eventually(() => card(ENGINEER).innerText()).toMatch(/Proposed by\s*Back office/);
    await allSaved();
    expect(savedWorkshop().fixes.find((f) => f.title === ENGINEER)?.teamId).toBe(savedWorkshop().teams[1]?.id);
    expect(session.foreignRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
