// Joining the local-network room from a phone and a laptop, in a real browser on a non-secure origin
// (http://room.test:<port>, mapped to 127.0.0.1, as a room's LAN address is): the QR code's address
// goes straight to the teams, a code typed by hand is accepted however it is written, the host's
// refusals are shown in its own words, the person lands on their team's board, a reload keeps the
// seat, and when the facilitator takes the device out the page says so. Screenshots at 390×844 (a
// phone, touch emulated) and 1280×800 go to test-output/screens/ for people to look at.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workshop } from '../../shared/model';
import { launchBrowser, openApp, PHONE, type OpenedPage } from './support/browser';
import { asFacilitator, openRoom, removeDevice, roomStatus } from './support/room';
import { buildWorkshop, dataDirWith } from './support/seed-workshop';
import { outputDir, ROOM_HOST_NAME, startApp, type RunningApp } from './support/serve';

const eventually = expect.poll;
const screens = outputDir('screens');
const REMOVED = 'The facilitator took this device out of the room. Join again with the room code if that was a mistake.';

/** Three teams in their own colours, two people already on the lists, a card on the board; the room is mapping. */
function roomWorkshop(): Workshop {
  return buildWorkshop('Moving house with Northwind Energy', (w) => [
    { type: 'team/rename', teamId: w.teams[0]?.id ?? '', name: 'Front line' },
    { type: 'team/add', name: 'Back office' },
    { type: 'team/add', name: 'Field engineers and installers' },
    { type: 'participant/add', name: 'Ama Mensah', teamId: w.teams[0]?.id ?? '' },
    { type: 'participant/add', name: 'Chloé Durand', teamId: w.teams[0]?.id ?? '' },
    { type: 'touchpoint/add', teamId: w.teams[0]?.id ?? '', stageId: w.stages[0]?.id ?? '', channelId: w.channels[0]?.id ?? '', title: 'Moving-out form' },
    { type: 'phase/set', phase: 'map' },
  ]);
}

/**
 * What the page logged as errors. The room's listener leaves out the
 * cross-origin isolation headers, which a plain-http LAN origin cannot use
 * (Chromium would log an error for them on every load), so there are none.
 */
function errorsOf(opened: OpenedPage): string[] {
  return opened.pageErrors;
}

/** Nothing wider than the screen: a phone never scrolls sideways. */
async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

/** Everything on the join screen a person taps, with its height, for the 44px rule. */
async function tapTargets(page: Page): Promise<{ name: string; height: number }[]> {
  return page.locator('.join button, .join input').evaluateAll((elements) =>
    elements.map((el) => ({ name: (el.textContent ?? el.getAttribute('data-testid') ?? '').trim(), height: el.getBoundingClientRect().height })),
  );
}

describe('joining the room from a browser on the room’s network', () => {
  const workshop = roomWorkshop();
  const [front, back, field] = workshop.teams.map((t) => t.id);
  let dataDir: string;
  let browser: Browser;
  let app: RunningApp;
  let code = '';
  let roomUrl = '';
  let phone: OpenedPage;

  beforeAll(async () => {
    dataDir = dataDirWith(workshop);
    [browser, app] = await Promise.all([launchBrowser([`--host-resolver-rules=MAP ${ROOM_HOST_NAME} 127.0.0.1`]), startApp(dataDir)]);
    const room = await openRoom(app, workshop.id);
    code = room.code;
    // The room's own address, by name rather than number: not a secure context, as on a LAN.
    roomUrl = `http://${ROOM_HOST_NAME}:${String(room.port)}/`;
  });

  afterAll(async () => {
    await browser.close();
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a phone at the QR code’s address sees the workshop’s teams, on a page that is not a secure context', async () => {
    phone = await openApp(browser, `${roomUrl}#/join/${code}`, PHONE.viewport, PHONE.device);
    const page = phone.page;
    await expect(page.evaluate(() => window.isSecureContext)).resolves.toBe(false);
    await expect(page.getByTestId('join-workshop-title').innerText()).resolves.toBe(workshop.title);
    await expect(page.getByTestId('join-team-choice').allInnerTexts()).resolves.toEqual([
      expect.stringContaining('Front line'),
      expect.stringContaining('Back office'),
      expect.stringContaining('Field engineers and installers'),
    ]);
    // No team is chosen yet, so nobody is asked for a name.
    await expect(page.getByTestId('join-name').count()).resolves.toBe(0);
    await expect(scrollsSideways(page)).resolves.toBe(false);
    await page.screenshot({ path: join(screens, 'join-phone-teams.png') });
  });

  it('on the phone, a team shows its people, taken or not, and every control is big enough for a thumb', async () => {
    const page = phone.page;
    await page.getByTestId('join-team-choice').filter({ hasText: 'Front line' }).tap();
    await expect(page.getByTestId('join-team-choice').filter({ hasText: 'Front line' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.getByTestId('join-person').allInnerTexts()).resolves.toEqual(['Ama Mensah', 'Chloé Durand']);
    await expect(page.getByTestId('join-submit').innerText()).resolves.toBe('Join Front line');
    for (const target of await tapTargets(page)) expect(target.height, target.name).toBeGreaterThanOrEqual(44);
    await expect(scrollsSideways(page)).resolves.toBe(false);
    await page.screenshot({ path: join(screens, 'join-phone-name.png'), fullPage: true });
  });

  it('a new person types their name and lands on their team’s board, told who and which team', async () => {
    const page = phone.page;
    await page.getByTestId('join-team-choice').filter({ hasText: 'Back office' }).tap();
    await page.getByTestId('join-name').fill('Noor Haddad');
    await page.getByTestId('join-submit').tap();
    await page.getByTestId('workshop-title').waitFor();
    await expect(page.getByTestId('member-who').innerText()).resolves.toMatch(/^Noor Haddad\s*·\s*Back office$/);
    await page.getByTestId('board-view').waitFor();
    await expect(page.evaluate(() => window.location.hash)).resolves.toBe(`#/workshop/${workshop.id}`);
    await expect(page.getByRole('button', { name: 'All workshops' }).count()).resolves.toBe(0);
    await page.screenshot({ path: join(screens, 'join-phone-member.png') });

    const lobby = (await roomStatus(app)).room?.devices ?? [];
    expect(lobby.map((d) => ({ name: d.name, teamId: d.teamId, connected: d.connected }))).toEqual([
      { name: 'Noor Haddad', teamId: back, connected: true },
    ]);
  });

  it('a reload lands on the same seat, without joining again', async () => {
    const page = phone.page;
    await page.reload();
    await page.getByTestId('workshop-title').waitFor();
    await expect(page.getByTestId('member-who').innerText()).resolves.toMatch(/^Noor Haddad\s*·\s*Back office$/);
    await eventually(async () => (await roomStatus(app)).room?.devices.map((d) => [d.name, d.connected])).toEqual([['Noor Haddad', true]]);
  });

  it('a laptop types the code however it is written, is told plainly when it is wrong, and joins as someone on the list', async () => {
    const laptop = await openApp(browser, roomUrl, { width: 1280, height: 800 });
    const page = laptop.page;
    try {
      await page.getByTestId('join-code-form').waitFor();
      await page.screenshot({ path: join(screens, 'join-desktop-code.png') });

      // A code the room never makes: the host's sentence, and a way back to typing it.
      const wrong = code === 'ABCDEF' ? 'ABCDEG' : 'ABCDEF';
      await page.getByTestId('join-code-input').fill(wrong.toLowerCase());
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByTestId('join-refusal').innerText()).resolves.toBe(
        'That room code is not right. Check the code on the screen and type it again.',
      );
      // Asking again with a wrong code would only count against this laptop: no button offers it.
      await expect(page.getByRole('button', { name: 'Try this code again' }).count()).resolves.toBe(0);
      await page.screenshot({ path: join(screens, 'join-desktop-wrong-code.png') });
      await page.getByRole('button', { name: 'Type the code again' }).click();

      // Lower case with a dash and a space, as someone reads it off the projector.
      await page.getByTestId('join-code-input').fill(`${code.slice(0, 3).toLowerCase()}- ${code.slice(3).toLowerCase()}`);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByTestId('join-team-choice').filter({ hasText: 'Field engineers' }).click();
      await page.getByTestId('join-team-choice').filter({ hasText: 'Front line' }).click();
      await page.screenshot({ path: join(screens, 'join-desktop-teams.png') });
      await page.getByTestId('join-person').filter({ hasText: 'Ama Mensah' }).click();
      await page.getByTestId('workshop-title').waitFor();
      await expect(page.getByTestId('member-who').innerText()).resolves.toMatch(/^Ama Mensah\s*·\s*Front line$/);
      await page.screenshot({ path: join(screens, 'join-desktop-member.png') });
      expect(laptop.foreignRequests).toEqual([]);
      expect(errorsOf(laptop)).toEqual([]);
    } finally {
      await laptop.context.close();
    }
  });

  it('a name already in the room is shown as taken, and typing it is refused in the host’s words', async () => {
    const other = await openApp(browser, `${roomUrl}#/join/${code}/${encodeURIComponent(front ?? '')}`, PHONE.viewport, PHONE.device);
    const page = other.page;
    try {
      // The team from the team's own QR code is chosen already.
      await expect(page.getByTestId('join-team-choice').filter({ hasText: 'Front line' }).getAttribute('aria-pressed')).resolves.toBe('true');
      const ama = page.getByTestId('join-person').filter({ hasText: 'Ama Mensah' });
      await expect(ama.isDisabled()).resolves.toBe(true);
      await expect(ama.innerText()).resolves.toContain('already here');
      await page.getByTestId('join-name').fill('ama mensah');
      await page.getByTestId('join-submit').tap();
      await expect(page.getByTestId('join-refusal').innerText()).resolves.toBe(
        'Ama Mensah has already joined from another device. If that was you, ask the facilitator to take the old one out of the room.',
      );
      await expect(scrollsSideways(page)).resolves.toBe(false);
      await page.screenshot({ path: join(screens, 'join-phone-name-taken.png'), fullPage: true });
    } finally {
      await other.context.close();
    }
  });

  it('when the facilitator renames the person or moves them to another team, the phone follows at once', async () => {
    const page = phone.page;
    const noor = (await roomStatus(app)).room?.devices.find((d) => d.name === 'Noor Haddad');
    if (!noor) throw new Error('Noor’s phone is not in the lobby.');
    await asFacilitator(app, 'room/device-rename', { deviceId: noor.id, name: 'Noor H.' });
    await eventually(() => page.getByTestId('member-who').innerText()).toMatch(/^Noor H\.\s*·\s*Back office$/);
    await asFacilitator(app, 'room/device-move', { deviceId: noor.id, teamId: field ?? '' });
    await eventually(() => page.getByTestId('member-who').innerText()).toMatch(/^Noor H\.\s*·\s*Field engineers and installers$/);
    // The page opened the workshop afresh as its new team: the board is that team's.
    await page.getByTestId('board-view').waitFor();
    await expect(page.getByTestId('joined-team').innerText()).resolves.toMatch(/Team\s+Field engineers and installers/);
  });

  it('when the facilitator takes the device out, the phone says so on the join screen, and stays out after a reload', async () => {
    const page = phone.page;
    const noor = (await roomStatus(app)).room?.devices.find((d) => d.name === 'Noor H.');
    if (!noor) throw new Error('Noor’s phone is not in the lobby.');
    await removeDevice(app, noor.id);
    await expect(page.getByTestId('join-ended').innerText()).resolves.toBe(REMOVED);
    await page.getByTestId('join-code-form').waitFor();
    await expect(scrollsSideways(page)).resolves.toBe(false);
    await page.screenshot({ path: join(screens, 'join-phone-removed.png') });

    // The credential went with the seat: a reload is a guest again.
    await page.reload();
    await page.getByTestId('join-code-form').waitFor();
    await expect(page.getByTestId('member-who').count()).resolves.toBe(0);
    expect(phone.foreignRequests).toEqual([]);
    expect(errorsOf(phone)).toEqual([]);
  });
});
