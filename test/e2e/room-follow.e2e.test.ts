// The room follows the facilitator, with the real server and real team pages: the facilitator looks at
// any tab without moving the room; "Next: Rate" brings both team pages to Rate with a note of what to do
// now; the countdown shows the same time left on a team's page, through a reload; a lock shows a banner
// and a team's edit made while locked is refused with the sentence, nothing saved; two "Next" presses
// racing leave the room one phase on; and the agenda's refusals on the Frame screen. Screenshots at
// 1280×720 and on a phone go to test-output/screens/.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Phase, Workshop } from '../../shared/model';
import { lockRefusal, phaseInstructions } from '../../shared/present/phase-words';
import { newAppPage, openApp, PHONE, type OpenedPage } from './support/browser';
import { hostWorkshop } from './support/host-state';
import { openTeamPage } from './support/room';
import { startHostedWorkshop, type HostedWorkshop } from './support/seeded-app';
import { buildWorkshop } from './support/seed-workshop';
import { outputDir } from './support/serve';

const eventually = expect.poll;
const screens = outputDir('screens');

/** Two teams, a card on the board, the room mapping. */
function followWorkshop(): Workshop {
  return buildWorkshop('Switching supplier with Northwind Energy', (w) => [
    { type: 'team/rename', teamId: w.teams[0]?.id ?? '', name: 'Front line' },
    { type: 'team/add', name: 'Back office' },
    { type: 'touchpoint/add', teamId: w.teams[0]?.id ?? '', stageId: w.stages[0]?.id ?? '', channelId: w.channels[0]?.id ?? '', title: 'Welcome call' },
    { type: 'phase/set', phase: 'map' },
  ]);
}

const selectedTab = (page: Page) => page.locator('[role="tab"][aria-selected="true"]').innerText();
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });

describe('the room follows the facilitator', () => {
  const workshop = followWorkshop();
  const [front, back] = workshop.teams.map((t) => t.id);
  let hosted: HostedWorkshop;
  let facilitator: OpenedPage;
  let ama: OpenedPage;
  let bartosz: OpenedPage;
  const host = (): Promise<Workshop> => hostWorkshop(hosted.line, workshop.id);
  const roomPhase = async (): Promise<Phase> => (await host()).phase;

  beforeAll(async () => {
    hosted = await startHostedWorkshop(workshop, 'room-follow-test');
    const { browser, app } = hosted;
    ama = await openTeamPage(browser, app, workshop.id, front ?? '', 'Ama Mensah');
    bartosz = await openTeamPage(browser, app, workshop.id, back ?? '', 'Bartosz Nowak');
    facilitator = await openApp(browser, `${app.url}#/workshop/${encodeURIComponent(workshop.id)}`);
    await facilitator.page.getByTestId('facilitation-bar').waitFor();
  });

  afterAll(async () => {
    await hosted.close();
  });

  it('lets the facilitator look at another tab without moving the room', async () => {
    const page = facilitator.page;
    expect(await page.getByTestId('room-phase').innerText()).toBe('Room: Map');
    await tab(page, 'Vote').click();
    await page.getByTestId('move-room-here').waitFor();
    expect(await page.getByTestId('move-room-here').innerText()).toBe('Move the room to Vote');
    expect(await page.getByTestId('room-phase').innerText()).toBe('Room: Map');
    expect(await roomPhase()).toBe('map');
    for (const team of [ama, bartosz]) expect(await selectedTab(team.page)).toContain('Map');
    await tab(page, 'Map').click();
    await eventually(() => page.getByTestId('move-room-here').count()).toBe(0);
  });

  it('moves both team pages to Rate with "Next: Rate", with a note of what to do now', async () => {
    // Bartosz is looking back at the frame; the room's move brings him along.
    await tab(bartosz.page, 'Frame').click();
    await ama.page.getByTestId('room-note').waitFor();
    expect(await ama.page.getByTestId('room-note').innerText()).toContain('Now: Map');

    expect(await facilitator.page.getByTestId('room-next').innerText()).toBe('Next: Rate');
    await facilitator.page.getByTestId('room-next').click();
    for (const team of [ama, bartosz]) {
      await eventually(() => selectedTab(team.page)).toContain('Rate');
      await eventually(() => team.page.getByTestId('room-note').innerText()).toContain(`Now: Rate — ${phaseInstructions('rate')}`);
    }
    expect(await roomPhase()).toBe('rate');
    await eventually(() => facilitator.page.getByTestId('room-phase').innerText()).toBe('Room: Rate');
    expect(await facilitator.page.getByTestId('room-next').innerText()).toBe('Next: Insights');

    // A team may still look elsewhere, and is offered the way back.
    await tab(ama.page, 'Map').click();
    await ama.page.getByTestId('follow-room').click();
    await eventually(() => selectedTab(ama.page)).toContain('Rate');
  });

  it('shows the facilitator’s countdown on a team’s page with the same time left, through a reload', async () => {
    const page = facilitator.page;
    await page.getByTestId('timer-minutes').fill('5');
    await page.getByTestId('timer-start').click();
    await eventually(() => ama.page.getByTestId('room-timer').innerText()).toMatch(/^0[45]:\d\d left$/);
    await page.screenshot({ path: join(screens, 'facilitation-bar-timer.png') });

    // Paused, every page shows exactly what is left.
    await page.getByTestId('timer-pause').click();
    await eventually(() => page.getByTestId('facilitator-timer').innerText()).toMatch(/^Paused at 0[45]:\d\d$/);
    const shown = await page.getByTestId('facilitator-timer').innerText();
    await eventually(() => ama.page.getByTestId('room-timer').innerText()).toBe(shown);
    await ama.page.reload();
    await eventually(() => ama.page.getByTestId('room-timer').innerText()).toBe(shown);
    expect(await selectedTab(ama.page)).toContain('Rate');

    // A minute more, while paused: the same on the team's page.
    await page.getByTestId('timer-add').click();
    const [minutes, seconds] = shown.replace('Paused at ', '').split(':').map(Number);
    const later = `Paused at ${String((minutes ?? 0) + 1).padStart(2, '0')}:${String(seconds ?? 0).padStart(2, '0')}`;
    await eventually(() => ama.page.getByTestId('room-timer').innerText()).toBe(later);

    await page.getByTestId('timer-resume').click();
    await eventually(() => bartosz.page.getByTestId('room-timer').innerText()).toMatch(/^0[56]:\d\d left$/);
    await page.getByTestId('timer-end').click();
    await eventually(() => bartosz.page.getByTestId('room-timer').count()).toBe(0);

    // A short countdown runs out on every page.
    await hosted.send({ type: 'timer/start', seconds: 1 });
    await eventually(() => ama.page.getByTestId('room-timer').innerText(), { timeout: 10000 }).toBe('Time is up');
    await eventually(() => page.getByTestId('facilitator-timer').innerText()).toBe('Time is up');
  });

  it('locks the fixes: the team sees a banner, and an edit made while locked is refused with the reason', async () => {
    // Bartosz starts a fix before the lock.
    await tab(bartosz.page, 'Fixes').click();
    await bartosz.page.getByTestId('fix-title').fill('Call back within the hour');

    await facilitator.page.getByTestId('locks-open').click();
    await facilitator.page.getByRole('checkbox', { name: 'Lock the fixes' }).check();
    await eventually(async () => (await host()).locks).toEqual(['fix']);
    await facilitator.page.screenshot({ path: join(screens, 'facilitation-bar-locks.png') });
    await facilitator.page.keyboard.press('Escape');
    expect(await facilitator.page.getByTestId('locks-open').innerText()).toContain('Locks (1)');

    await eventually(() => bartosz.page.getByTestId('lock-banner').innerText()).toBe(lockRefusal('fix'));
    await bartosz.page.getByRole('button', { name: 'Add fix' }).click();
    await eventually(() => bartosz.page.locator('.fix-refusal').innerText()).toBe(lockRefusal('fix'));
    expect((await host()).fixes).toEqual([]);
    // The team still looks at Rate's note while on Fixes; the lock is only on what it looks at.
    await tab(bartosz.page, 'Rate').click();
    expect(await bartosz.page.getByTestId('lock-banner').count()).toBe(0);
    await tab(bartosz.page, 'Fixes').click();
    await bartosz.page.screenshot({ path: join(screens, 'team-page-room-note.png') });
  });

  it('keeps a phone to one short line and the clock', async () => {
    const phone = await openTeamPage(hosted.browser, hosted.app, workshop.id, front ?? '', 'Chloé Durand', { viewport: PHONE.viewport });
    await phone.page.getByTestId('room-note').waitFor();
    expect(await phone.page.getByTestId('room-note').innerText()).toContain('Now: Rate');
    expect(await phone.page.locator('.room-note-what').isVisible()).toBe(false);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await phone.page.screenshot({ path: join(screens, 'phone-room-note.png') });
    await phone.context.close();
  });

  it('leaves the room one phase on when "Next" is pressed twice at once, from one page or two', async () => {
    // Two presses in a row on one page.
    await facilitator.page.getByTestId('room-next').dblclick();
    await eventually(() => facilitator.page.getByTestId('room-phase').innerText()).toBe('Room: Insights');
    expect(await roomPhase()).toBe('diagnose');

    // A second facilitator page that has not heard of the move yet presses Next too: the host refuses
    // it, the page says so gently, and then catches up.
    const second = await newAppPage(hosted.browser, hosted.app.url);
    // Its line to the host holds back the room's updates while `holding`, as a slow network would.
    let holding = false;
    const held: (() => void)[] = [];
    await second.page.routeWebSocket(/\/ws$/, (socket) => {
      const server = socket.connectToServer();
      socket.onMessage((message) => server.send(message));
      server.onMessage((message) => {
        if (holding && String(message).includes('"event":"workshop/changes"')) held.push(() => socket.send(message));
        else socket.send(message);
      });
    });
    await second.page.goto(`${hosted.app.url}#/workshop/${encodeURIComponent(workshop.id)}`);
    await eventually(() => second.page.getByTestId('room-next').innerText()).toBe('Next: Fixes');
    holding = true;
    await facilitator.page.getByTestId('room-next').click();
    await eventually(async () => (await host()).phase).toBe('fix');
    await second.page.getByTestId('room-next').click();
    await eventually(() => second.page.getByTestId('facilitation-refusal').innerText()).toBe('The room has already moved on to Fixes.');
    holding = false;
    for (const deliver of held.splice(0)) deliver();
    await eventually(() => second.page.getByTestId('room-phase').innerText()).toBe('Room: Fixes');
    expect(await roomPhase()).toBe('fix');
    for (const team of [ama, bartosz]) await eventually(() => selectedTab(team.page)).toContain('Fixes');
    expect([...facilitator.pageErrors, ...ama.pageErrors, ...bartosz.pageErrors]).toEqual([]);
    await second.context.close();
  });

  it('edits the agenda on the Frame screen and says plainly what it refuses', async () => {
    const page = facilitator.page;
    await tab(page, 'Frame').click();
    const editor = page.getByTestId('agenda-editor');
    await editor.scrollIntoViewIfNeeded();
    await editor.getByRole('button', { name: 'Leave Insights out of the agenda' }).click();
    await eventually(async () => (await host()).agenda.map((item) => item.phase)).toEqual(['frame', 'map', 'rate', 'fix', 'vote', 'plan', 'export']);
    await editor.getByRole('button', { name: 'Move Vote earlier' }).click();
    await eventually(async () => (await host()).agenda.map((item) => item.phase)).toEqual(['frame', 'map', 'rate', 'vote', 'fix', 'plan', 'export']);
    await editor.getByRole('button', { name: 'Add Insights back to the agenda' }).click();
    await eventually(async () => (await host()).agenda.map((item) => item.phase)).toEqual(['frame', 'map', 'rate', 'diagnose', 'vote', 'fix', 'plan', 'export']);

    const rateMinutes = editor.getByRole('textbox', { name: 'Minutes for Rate' });
    await rateMinutes.fill('0');
    await rateMinutes.press('Enter');
    await eventually(() => editor.innerText()).toContain('Give each phase at least one minute.');
    await rateMinutes.fill('25');
    await rateMinutes.press('Enter');
    await eventually(async () => (await host()).agenda.find((item) => item.phase === 'rate')?.minutes).toBe(25);
    expect(await editor.getByRole('heading').innerText()).toContain('3 h 20 min in all');

    // Leaving every phase out is refused with the host's sentence, and the last one stays.
    for (const name of ['Frame', 'Map', 'Rate', 'Insights', 'Vote', 'Fixes', 'Plan']) {
      await editor.getByRole('button', { name: `Leave ${name} out of the agenda` }).click();
    }
    await eventually(async () => (await host()).agenda.map((item) => item.phase)).toEqual(['export']);
    await editor.getByRole('button', { name: 'Leave Export out of the agenda' }).click();
    await eventually(() => editor.getByTestId('agenda-problem').innerText()).toBe('The agenda needs at least one phase.');
    expect((await host()).agenda.map((item) => item.phase)).toEqual(['export']);
    await page.screenshot({ path: join(screens, 'frame-agenda.png') });
  });
});
