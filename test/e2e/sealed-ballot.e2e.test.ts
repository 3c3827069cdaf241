// The sealed pass-the-laptop ballot in a real browser: started with a PIN typed twice, the page then
// shows the ballot flow only (no tabs, no Undo, no Export, and Ctrl+Z does nothing), voters take turns,
// a reload stays sealed, a wrong PIN changes nothing, the right one opens the page again; leaving a
// half-filled ballot asks first; a lock spoiled in storage stays sealed until the workshop's title is
// typed; and three wrong PINs make the next try wait. Screens at 1280×720 and on a 390×844 phone.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, PHONE } from './support/browser';
import { startSeededSession } from './support/seeded-session';
import { readSavedWorkshop, waitUntilSaved } from './support/saved-workshop';
import { outputDir } from './support/serve';
import type { AppSession } from './support/session';
import { BILLS, CALL_BACK, voteRoom } from './support/vote-room';

const eventually = expect.poll;
const TITLE = 'Sealed round';
const PIN = '2468';

async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(outputDir('screens'), `sealed-ballot-${name}.png`) });
}

const sealed = (page: Page) => page.getByTestId('sealed-ballot');
const ballot = (page: Page) => page.getByTestId('private-ballot');

/** Starts the sealed ballot from the Vote screen with the PIN typed twice. */
async function startSealed(page: Page, pin = PIN, shot?: string): Promise<void> {
  await page.getByTestId('start-sealed-ballot').click();
  const dialog = page.getByTestId('start-seal');
  await dialog.getByLabel('PIN', { exact: true }).fill(pin);
  await dialog.getByLabel('The same PIN again').fill(pin);
  if (shot) await snap(page, shot);
  await dialog.getByRole('button', { name: 'Lock the laptop to the ballot' }).click();
  await sealed(page).waitFor();
}

async function openBallot(page: Page, name: string): Promise<void> {
  await page.getByTestId('next-voter').filter({ hasText: name }).click();
  await eventually(() => ballot(page).getByRole('heading', { level: 2 }).innerText()).toContain(`${name}’s ballot`);
}

async function addDot(page: Page, fix: string): Promise<void> {
  await ballot(page).getByRole('button', { name: `Put a dot on “${fix}”` }).click();
}

/** Types a PIN (or title) into "End the ballot" and sends it; returns what the dialog then says. */
async function tryToEnd(page: Page, typed: string): Promise<void> {
  const dialog = page.getByTestId('end-seal');
  if (!(await dialog.isVisible())) await page.getByTestId('end-ballot').click();
  await dialog.getByRole('textbox').or(dialog.getByLabel('PIN')).fill(typed);
  await dialog.getByRole('button', { name: 'End the ballot' }).click();
}

/** Reloads, saying yes when the page asks whether to leave; returns the kind of question it asked. */
async function reloadAnswering(page: Page): Promise<string> {
  const asked = new Promise<string>((resolve) => {
    page.once('dialog', (dialog) => {
      resolve(dialog.type());
      void dialog.accept();
    });
  });
  await page.reload();
  return asked;
}

describe('a sealed pass-the-laptop ballot on the facilitator’s laptop', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await startSeededSession(voteRoom(TITLE, { people: true }));
    page = session.page;
    await page.getByRole('tab', { name: 'Vote', exact: true }).click();
  });

  afterAll(async () => {
    await session.close();
  });

  it('asks for a PIN typed twice, says why, and refuses two that differ', async () => {
    // Something the facilitator could undo, so that a Ctrl+Z later would have work to take away.
    await page.getByRole('checkbox', { name: 'Teams may vote for their own fixes' }).uncheck();
    await waitUntilSaved(page);
    expect(readSavedWorkshop(session.app.dataDir).voting.ownTeamVoting).toBe(false);

    await page.getByTestId('start-sealed-ballot').click();
    const dialog = page.getByTestId('start-seal');
    expect(await dialog.innerText()).toContain('You will need it to end the ballot');
    await dialog.getByLabel('PIN', { exact: true }).fill('12');
    await dialog.getByRole('button', { name: 'Lock the laptop to the ballot' }).click();
    await eventually(() => dialog.getByRole('alert').innerText()).toBe('The PIN needs 4 to 8 digits.');
    await dialog.getByLabel('PIN', { exact: true }).fill(PIN);
    await dialog.getByLabel('The same PIN again').fill('2486');
    await dialog.getByRole('button', { name: 'Lock the laptop to the ballot' }).click();
    await eventually(() => dialog.getByRole('alert').innerText()).toBe('The two PINs are not the same. Type the PIN again.');
    await snap(page, '1-start-mismatch');
    expect(await sealed(page).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it('shows only the ballot once sealed: no tabs, no Undo, no Export, and Ctrl+Z does nothing', async () => {
    await startSealed(page, PIN, '2-start-dialog');
    expect(await page.getByRole('tab').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Undo|Redo|History|Room|Projector|Export/ }).count()).toBe(0);
    expect(await page.getByTestId('vote-results').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Reveal/ }).count()).toBe(0);
    // Voters only pick their name: nobody is added or taken off while the laptop goes round.
    expect(await page.getByRole('button', { name: 'Add person' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Take .* off the list$/ }).count()).toBe(0);
    expect(await page.getByTestId('next-voter').count()).toBe(4);
    await snap(page, '3-next-voter');

    // Focus on the page itself, not a field (where Ctrl+Z would only undo typing).
    await page.locator('.sealed-bar-title').click();
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+Shift+z');
    // The first ballot goes after those keys on the same line: had they undone anything, the host would have it first.
    await openBallot(page, 'Ama Mensah');
    await addDot(page, BILLS);
    await addDot(page, BILLS);
    await snap(page, '4-ballot');
    await ballot(page).getByRole('button', { name: /^Confirm my vote/ }).click();
    await page.getByTestId('hand-off').waitFor();
    await snap(page, '5-thank-you');
    // The thank-you shows once the host has the ballot on disk.
    const saved = readSavedWorkshop(session.app.dataDir);
    expect(saved.votes.map((v) => v.dots)).toEqual([2]);
    expect(saved.voting.ownTeamVoting).toBe(false);
  });

  it('starts the next voter on a clean ballot', async () => {
    await page.getByRole('button', { name: 'I am the next voter' }).click();
    await eventually(() => page.getByTestId('next-voter').count()).toBe(3);
    expect(await page.getByTestId('next-voter').allInnerTexts()).not.toContain(expect.stringContaining('Ama Mensah'));
    await openBallot(page, 'Bartosz Wójcik');
    expect(await page.getByTestId('dots-left').textContent()).toBe('5 dots left');
  });

  it('asks before a half-filled ballot is left, by its back button or by leaving the page', async () => {
    await addDot(page, CALL_BACK);
    await ballot(page).getByRole('button', { name: 'Not me — go back' }).click();
    const leave = page.getByTestId('confirm-dialog');
    expect(await leave.innerText()).toContain('Leave without voting?');
    expect(await leave.innerText()).toContain('Your dots are not counted yet.');
    await leave.getByRole('button', { name: 'Keep voting' }).click();
    expect(await ballot(page).getByTestId('dots-left').textContent()).toBe('4 dots left');

    // Leaving the page: the browser asks first; staying keeps the dots.
    const asked = new Promise<string>((resolve) => {
      page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.dismiss();
      });
    });
    await page.evaluate(() => {
      location.reload();
    });
    expect(await asked).toBe('beforeunload');
    expect(await ballot(page).getByTestId('dots-left').textContent()).toBe('4 dots left');

    await ballot(page).getByRole('button', { name: 'Not me — go back' }).click();
    await leave.getByRole('button', { name: 'Leave without voting' }).click();
    await eventually(() => page.getByTestId('next-voter').count()).toBe(3);
    expect(readSavedWorkshop(session.app.dataDir).votes).toHaveLength(1);
  });

  it('stays sealed after a reload, which asks first', async () => {
    expect(await reloadAnswering(page)).toBe('beforeunload');
    await sealed(page).waitFor();
    expect(await page.getByRole('tab').count()).toBe(0);
    expect(await page.getByTestId('next-voter').count()).toBe(3);
  });

  it('refuses a wrong PIN, saying so, and opens the page with the right one', async () => {
    await tryToEnd(page, '1111');
    const message = page.getByTestId('end-seal-message');
    await eventually(() => message.innerText()).toBe('That PIN is not right. The ballot stays on.');
    await snap(page, '6-wrong-pin');
    await page.getByTestId('end-seal').getByRole('button', { name: 'Keep the ballot going' }).click();
    expect(await sealed(page).isVisible()).toBe(true);
    expect(await page.getByRole('tab').count()).toBe(0);

    await tryToEnd(page, PIN);
    await page.getByRole('tab', { name: 'Vote', exact: true }).waitFor();
    expect(await sealed(page).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Undo/ }).count()).toBe(1);

    // Back on the facilitator's screens, Export says the secret dots stay out unless asked for.
    await page.getByRole('tab', { name: 'Export', exact: true }).click();
    const secret = page.getByTestId('export-secret');
    expect(await secret.innerText()).toContain('leave out the dots of the open round');
    const include = secret.getByRole('checkbox', { name: 'Include the secret votes — only for your own records' });
    expect(await include.isChecked()).toBe(false);
    expect(await page.getByTestId('export-files').innerText()).toContain('your full backup, the secret dots included');
    await snap(page, '7-export-while-secret');
    await page.getByRole('tab', { name: 'Vote', exact: true }).click();
  });

  it('stays sealed when its stored lock is spoiled, until the workshop’s title is typed', async () => {
    await startSealed(page);
    const spoiled = await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('journey-room.ballot-seal.'));
      if (key) localStorage.setItem(key, '{"version":1,"hash":"');
      return key !== undefined;
    });
    expect(spoiled).toBe(true);
    await reloadAnswering(page);
    await sealed(page).waitFor();
    await page.getByTestId('end-ballot').click();
    expect(await page.getByTestId('seal-damaged').innerText()).toContain('the PIN cannot be checked');
    await tryToEnd(page, PIN);
    await eventually(() => page.getByTestId('end-seal-message').innerText()).toBe('That is not the workshop’s title. The ballot stays on.');
    expect(await page.getByRole('tab').count()).toBe(0);
    await tryToEnd(page, TITLE);
    await page.getByRole('tab', { name: 'Vote', exact: true }).waitFor();
  });

  it('makes the next try wait after three wrong PINs, and keeps the wait over a reload', async () => {
    await startSealed(page);
    for (const wrong of ['0000', '1111', '2222']) await tryToEnd(page, wrong);
    const message = page.getByTestId('end-seal-message');
    await eventually(() => message.innerText()).toMatch(/Too many wrong tries\. Wait (30|29|28) seconds, then try again\./);
    expect(await page.getByTestId('end-seal').getByLabel('PIN').isDisabled()).toBe(true);
    await reloadAnswering(page);
    await page.getByTestId('end-ballot').click();
    await eventually(() => message.innerText()).toMatch(/^Too many wrong tries\. Wait \d+ seconds, then try again\.$/);
    expect(await page.getByTestId('end-seal').getByLabel('PIN').isDisabled()).toBe(true);
    expect(await page.getByRole('tab').count()).toBe(0);
  });
});

describe('the sealed ballot on a phone-sized window', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await startSeededSession(voteRoom(TITLE, { people: true }));
  });

  afterAll(async () => {
    await session.close();
  });

  it('fits the start, the list, the ballot, the thank-you and the PIN check on 390×844', async () => {
    const { page } = await openApp(session.browser, session.app.url, PHONE.viewport, PHONE.device);
    await page.getByRole('button', { name: `Open ${TITLE}` }).click();
    await page.getByRole('tab', { name: 'Vote', exact: true }).click();
    await startSealed(page, PIN, 'phone-1-start');
    await snap(page, 'phone-2-next-voter');
    await openBallot(page, 'Chloé Durand');
    await addDot(page, CALL_BACK);
    await snap(page, 'phone-3-ballot');
    await ballot(page).getByRole('button', { name: /^Confirm my vote/ }).click();
    await page.getByTestId('hand-off').waitFor();
    await snap(page, 'phone-4-thank-you');
    await page.getByRole('button', { name: 'I am the next voter' }).click();
    await tryToEnd(page, '9999');
    await eventually(() => page.getByTestId('end-seal-message').innerText()).toBe('That PIN is not right. The ballot stays on.');
    await snap(page, 'phone-5-wrong-pin');
    // Nothing on the page is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await tryToEnd(page, PIN);
    await page.getByRole('tab', { name: 'Vote', exact: true }).waitFor();
    await page.context().close();
  });
});
