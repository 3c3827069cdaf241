// The action plan in a real browser: top fixes of the whole vote promoted to actions (ties read as on the Vote screen), reordered by mouse and by keyboard, owners and due dates with their warnings, and the touchpoint and pillar each action addresses.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClientCommand } from '../../shared/commands';
import type { Workshop } from '../../shared/model';
import { mouseDrag } from './support/pointer-drag';
import { extendWorkshop } from './support/seed-workshop';
import { startSeededSession } from './support/seeded-session';
import { readSavedWorkshop, waitUntilSaved } from './support/saved-workshop';
import { outputDir } from './support/serve';
import { sessionForTests } from './support/session';
import { BILLS, CALL_BACK, ENGINEER, FORMS, PEOPLE, voteRoom } from './support/vote-room';
import { pickUpWithKeyboard } from './support/keyboard-drag';
import { chooseByKeyboard, chooseByMouse, highlighted, shownOptions } from './support/combobox';

const eventually = expect.poll;
const BILL = 'Monthly bill';
const VISIT = 'Engineer visit';

/**
 * Four ballots, revealed: Bills 6, Call back 4, then Engineer and Forms tied
 * on 2. Bills is about the monthly bill and lifts the second pillar; there is
 * a second card, the engineer's visit, for an action to point at.
 */
function votedRoom(): Workshop {
  const start = voteRoom('Plan the fixes', { people: true });
  const front = start.teams[0]?.id ?? '';
  const stage = (name: string) => start.stages.find((s) => s.name === name)?.id ?? '';
  const channel = (name: string) => start.channels.find((c) => c.name === name)?.id ?? '';
  const withCards = extendWorkshop(start, () => [
    { type: 'touchpoint/add', teamId: front, stageId: stage('Use'), channelId: channel('E-mail'), title: BILL },
    { type: 'touchpoint/add', teamId: front, stageId: stage('Get help'), channelId: channel('Store'), title: VISIT },
  ]);
  const fix = (title: string) => withCards.fixes.find((f) => f.title === title)?.id ?? '';
  const room = extendWorkshop(withCards, (w) => [
    {
      type: 'fix/update',
      fixId: fix(BILLS),
      touchpointIds: [w.touchpoints[0]?.id ?? ''],
      pillarIds: [w.framework.pillars[1]?.id ?? ''],
    },
  ]);
  const person = (name: string) => room.participants.find((p) => p.name === name)?.id ?? '';
  const ballot = (name: string, dots: Record<string, number>): ClientCommand => ({
    type: 'ballot/cast',
    participantId: person(name),
    dots: Object.fromEntries(Object.entries(dots).map(([title, n]) => [fix(title), n])),
  });
  return extendWorkshop(room, () => [
    ballot(PEOPLE[0], { [BILLS]: 3, [CALL_BACK]: 2 }),
    ballot(PEOPLE[1], { [BILLS]: 3, [CALL_BACK]: 2 }),
    ballot(PEOPLE[2], { [ENGINEER]: 2, [FORMS]: 2 }),
    { type: 'vote/reveal', revealed: true },
  ]);
}

const session = sessionForTests(() => startSeededSession(votedRoom()));

beforeAll(async () => {
  await session.page.getByRole('tab', { name: 'Plan', exact: true }).click();
});

function savedWorkshop(): Workshop {
  return readSavedWorkshop(session.app.dataDir);
}

async function allSaved(): Promise<void> {
  await waitUntilSaved(session.page);
}

const actionTitles = () =>
  session.page.getByTestId('action-item').evaluateAll((els) =>
    els.map((el) => el.querySelector<HTMLInputElement>('input')?.value ?? ''),
  );
const savedTitles = () => savedWorkshop().actions.map((a) => a.title);
const action = (title: string) => session.page.getByTestId('action-item').filter({ has: session.page.locator(`input[value="${title}"]`) });

describe('the action plan', () => {
  it('offers the fixes in the order the vote decided, ties written as on the Vote screen, and promotes the top three', async () => {
    const candidates = session.page.getByTestId('plan-candidate');
    await eventually(() => candidates.count()).toBe(4);
    expect((await candidates.allInnerTexts()).map((t) => t.split('\n')[0])).toEqual(['1st', '2nd', 'tied 3rd', 'tied 3rd']);
    expect(await candidates.first().innerText()).toContain(`${BILLS} · 6 dots`);
    expect(await candidates.nth(2).innerText()).toContain(`${FORMS} · 2 dots`);
    await session.page.locator('.plan-candidates').screenshot({ path: join(outputDir('screens'), 'plan-0-candidates.png') });
    for (const title of [BILLS, CALL_BACK, ENGINEER]) {
      await session.page.getByRole('button', { name: `“${title}”: make it an action` }).click();
    }
    await eventually(actionTitles).toEqual([BILLS, CALL_BACK, ENGINEER]);
    await allSaved();
    // Bills' action starts with the fix's touchpoint and pillar; the others name none.
    const bills = action(BILLS);
    expect(await bills.getByRole('combobox', { name: 'Touchpoint it addresses' }).inputValue()).toBe(`${BILL} (E-mail, Front line)`);
    const secondPillar = savedWorkshop().framework.pillars[1];
    expect(await bills.getByRole('combobox', { name: 'Pillar it lifts' }).locator('option:checked').innerText()).toBe(secondPillar?.name);
    expect(savedWorkshop().actions[0]).toMatchObject({ touchpointId: savedWorkshop().touchpoints[0]?.id, pillarId: secondPillar?.id });
    expect(await action(ENGINEER).getByRole('combobox', { name: 'Pillar it lifts' }).locator('option:checked').innerText()).toBe(
      'no pillar in particular',
    );
  });

  it('moves an action to the top by dragging its grip with the mouse', async () => {
    await mouseDrag(session.page, action(CALL_BACK).getByTestId('action-grip'), session.page.getByTestId('action-item').first());
    await eventually(actionTitles).toEqual([CALL_BACK, BILLS, ENGINEER]);
    await allSaved();
    expect(savedTitles()).toEqual([CALL_BACK, BILLS, ENGINEER]);
  });

  it('moves an action by keyboard: Space to pick up, arrows, Space to drop', async () => {
    // Both actions in view, so the arrow moves the action rather than scrolling the list first.
    await action(BILLS).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await action(ENGINEER).getByTestId('action-grip').focus();
    await pickUpWithKeyboard(session.page);
    const announced = () => session.page.locator('[id^="DndLiveRegion"]').innerText();
    await eventually(announced).toContain(`“${ENGINEER}” would become number 3.`);
    await session.page.keyboard.press('ArrowUp');
    await eventually(announced).toContain(`“${ENGINEER}” would become number 2.`);
    await session.page.keyboard.press('Space');
    await eventually(actionTitles).toEqual([CALL_BACK, ENGINEER, BILLS]);
    expect(await announced()).toContain(`Dropped “${ENGINEER}” at number 2.`);
    await allSaved();
    expect(savedTitles()).toEqual([CALL_BACK, ENGINEER, BILLS]);
  });

  it('warns clearly about an action nobody owns, and allows a due date in the past with a warning', async () => {
    const item = action(ENGINEER);
    expect(await item.innerText()).toContain('Nobody owns this yet. Name the person who will see it through.');
    expect(await session.page.getByText('3 actions need an owner').isVisible()).toBe(true);
    const owner = item.getByRole('textbox', { name: 'Owner' });
    await owner.fill('Field Operations Lead');
    await owner.press('Enter');
    await eventually(() => item.innerText()).not.toContain('Nobody owns this yet');
    await eventually(() => session.page.getByText('2 actions need an owner').isVisible()).toBe(true);

    await item.getByLabel('Due date').fill('2020-01-31');
    await eventually(() => item.innerText()).toContain('This date has already passed.');
    // The browser's picker writes the day its own way (this browser is American: 01/31/2020); the plan says it as the workshop does.
    expect(savedWorkshop().locale).toBe('en-GB');
    await expect(item.getByTestId('due-date-written').innerText()).resolves.toBe('31 January 2020');
    await allSaved();
    const engineer = () => savedWorkshop().actions.find((a) => a.title === ENGINEER);
    const saved = engineer();
    expect([saved?.owner, saved?.dueDate]).toEqual(['Field Operations Lead', '2020-01-31']);

    // Clearing the owner again is allowed, and the warning comes back.
    await owner.fill('');
    await owner.press('Enter');
    await eventually(() => item.innerText()).toContain('Nobody owns this yet.');
    await allSaved();
    expect(engineer()?.owner).toBe('');
    await owner.fill('Field Operations Lead');
    await owner.press('Enter');
    await allSaved();
  });

  it('sets the touchpoint and the pillar an action addresses, and saves them', async () => {
    const item = action(ENGINEER);
    const pillars = savedWorkshop().framework.pillars;
    const fourth = pillars[3];
    const touchpoint = item.getByRole('combobox', { name: 'Touchpoint it addresses' });
    const visitOption = `${VISIT} (Store, Front line)`;
    // From the keyboard: a word of the title narrows the list to the card, Enter takes it.
    await chooseByKeyboard(session.page, touchpoint, 'engineer', visitOption);
    expect(await touchpoint.getAttribute('aria-expanded')).toBe('false');
    expect(await touchpoint.inputValue()).toBe(visitOption);
    await item.getByRole('combobox', { name: 'Pillar it lifts' }).selectOption({ label: fourth?.name ?? '' });
    await allSaved();
    const visit = savedWorkshop().touchpoints.find((t) => t.title === VISIT);
    expect(savedWorkshop().actions.find((a) => a.title === ENGINEER)).toMatchObject({ touchpointId: visit?.id, pillarId: fourth?.id });

    // Escape closes the list and puts the choice back; nothing is saved.
    await touchpoint.focus();
    await session.page.keyboard.type('bill');
    expect(await highlighted(session.page, touchpoint)).toBe(`${BILL} (E-mail, Front line)`);
    await session.page.keyboard.press('Escape');
    expect(await touchpoint.getAttribute('aria-expanded')).toBe('false');
    expect(await touchpoint.inputValue()).toBe(visitOption);
    await allSaved();
    expect(savedWorkshop().actions.find((a) => a.title === ENGINEER)?.touchpointId).toBe(visit?.id);

    // Back to none with the mouse: the action is about the journey as a whole.
    await chooseByMouse(session.page, touchpoint, '', 'no touchpoint in particular');
    expect(await touchpoint.inputValue()).toBe('no touchpoint in particular');
    await allSaved();
    expect(savedWorkshop().actions.find((a) => a.title === ENGINEER)).toMatchObject({ touchpointId: null, pillarId: fourth?.id });

    // Open, the list says where the choice is: the whole workshop's cards under their stages, none first.
    await touchpoint.click();
    expect(await shownOptions(session.page).allInnerTexts()).toEqual([
      'no touchpoint in particular',
      `${BILL} (E-mail, Front line)`,
      visitOption,
    ]);
    expect(await session.page.getByRole('listbox').getByRole('group').evaluateAll((groups) => groups.map((g) => g.getAttribute('aria-label')))).toEqual([
      'Use',
      'Get help',
    ]);
    await session.page.screenshot({ path: join(outputDir('screens'), 'plan-3-touchpoint-open.png') });
    await session.page.getByRole('listbox').getByRole('option', { name: visitOption }).click();
    await allSaved();
    expect(savedWorkshop().actions.find((a) => a.title === ENGINEER)?.touchpointId).toBe(visit?.id);
    await session.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await session.page.screenshot({ path: join(outputDir('screens'), 'plan-1-actions.png') });
    await item.screenshot({ path: join(outputDir('screens'), 'plan-2-action-item.png') });
    expect(session.foreignRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
