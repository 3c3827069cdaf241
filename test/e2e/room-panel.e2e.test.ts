// The facilitator's side of the local-network room in a real browser: the Room button in the top
// bar, opening the room on an address (loopback here, standing in for the room's Wi-Fi), the code
// and address it shows, the projector's join screen with its large QR code (one for the room, and
// one per team), and the lobby filling up live as devices join over their own WebSockets — then
// renaming, moving and removing one, and closing the room. Screenshots at 1280×720 go to
// test-output/screens/ for people to look at.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Workshop } from '../../shared/model';
import { ROOM_PROTOCOL, type SessionState } from '../../shared/room';
import { PROTOCOL_VERSION } from '../../shared/wire';
import { launchBrowser, openApp, type OpenedPage } from './support/browser';
import { buildWorkshop, dataDirWith } from './support/seed-workshop';
import { outputDir, startApp, type RunningApp } from './support/serve';

const eventually = expect.poll;

function roomWorkshop(): Workshop {
  return buildWorkshop('Onboarding review', (w) => [
    { type: 'team/rename', teamId: w.teams[0]?.id ?? '', name: 'Front line' },
    { type: 'team/add', name: 'Back office' },
    { type: 'team/add', name: 'Field crew' },
  ]);
}

/** A phone in the room, as the host sees it: a WebSocket to the room's address that joined with the code. */
interface RoomDevice {
  readonly sessions: SessionState[];
  readonly closed: Promise<void>;
  close(): void;
}

async function joinRoom(roomPort: number, code: string, teamId: string, name: string): Promise<RoomDevice> {
  const origin = `http://127.0.0.1:${roomPort}`;
  const ws = new WebSocket(`ws://127.0.0.1:${roomPort}/ws`, [ROOM_PROTOCOL], { headers: { Origin: origin } });
  const sessions: SessionState[] = [];
  const replies = new Map<number, (message: { ok: boolean; result?: unknown; error?: { message: string } }) => void>();
  ws.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString()) as { id?: number; event?: string; data?: unknown; ok: boolean };
    if (message.event === 'session/state') sessions.push(message.data as SessionState);
    if (typeof message.id === 'number') replies.get(message.id)?.(message);
  });
  const closed = new Promise<void>((resolve) => ws.once('close', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const reply = await new Promise<{ ok: boolean; error?: { message: string } }>((resolve) => {
    replies.set(1, resolve);
    ws.send(JSON.stringify({ v: PROTOCOL_VERSION, id: 1, method: 'room/join', params: { code, teamId, name } }));
  });
  if (!reply.ok) throw new Error(`${name} could not join: ${reply.error?.message ?? 'no reason given'}`);
  return { sessions, closed, close: () => ws.close() };
}

/** The lobby's row for a person. */
function row(page: Page, name: string) {
  return page.getByTestId('lobby-device').filter({ has: page.locator('.lobby-name', { hasText: new RegExp(`^${name}$`) }) });
}

/** The lobby's group for a team. */
function group(page: Page, team: string) {
  return page.getByRole('region', { name: team, exact: true });
}

describe('the facilitator’s room', () => {
  const workshop = roomWorkshop();
  const [front, back, field] = workshop.teams.map((t) => t.id);
  const screens = outputDir('screens');
  let dataDir: string;
  let browser: Browser;
  let app: RunningApp;
  let opened: OpenedPage;
  let page: Page;
  let code = '';
  let roomPort = 0;
  const devices: RoomDevice[] = [];

  beforeAll(async () => {
    dataDir = dataDirWith(workshop);
    [browser, app] = await Promise.all([launchBrowser(), startApp(dataDir)]);
    opened = await openApp(browser, `${app.url}#/workshop/${workshop.id}`);
    page = opened.page;
    await page.getByTestId('workshop-title').waitFor();
  });

  afterAll(async () => {
    for (const device of devices) device.close();
    await opened?.context.close();
    await browser?.close();
    await app?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows in the top bar that the room is closed, and offers the addresses to open it on', async () => {
    const button = page.getByTestId('room-button');
    await expect.poll(() => button.textContent()).toContain('Room: closed');
    await button.click();
    const panel = page.getByTestId('room-panel');
    await panel.waitFor();
    const loopback = panel.getByRole('radio', { name: /127\.0\.0\.1/ });
    await loopback.check();
    expect(await loopback.isChecked()).toBe(true);
    expect(await panel.textContent()).toContain('Allow it on private networks');
    await page.screenshot({ path: join(screens, 'room-panel-closed.png') });
  });

  it('opens the room on the chosen address and shows its address and code', async () => {
    const panel = page.getByTestId('room-panel');
    await panel.getByTestId('room-open').click();
    const codeBox = panel.getByTestId('room-code');
    await codeBox.waitFor();
    code = (await codeBox.getAttribute('data-code')) ?? '';
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    // Shown in two groups of three, and read out letter by letter.
    expect(await codeBox.textContent()).toContain(`${code.slice(0, 3)}${code.slice(3)}`);
    expect(await codeBox.locator('.visually-hidden').textContent()).toBe(code.split('').join(' '));
    const url = (await panel.getByTestId('room-url').textContent()) ?? '';
    const match = /^http:\/\/127\.0\.0\.1:(\d+)$/.exec(url);
    expect(match).not.toBeNull();
    roomPort = Number(match?.[1]);
    // The room listens on a port of its own, not the facilitator's.
    expect(roomPort).not.toBe(Number(/:(\d+)\//.exec(app.url)?.[1]));
    await eventually(() => page.getByTestId('room-button').textContent()).toContain('Room open · 0 connected');
    expect(await panel.getByTestId('lobby').textContent()).toContain('No one has joined yet');
    await page.screenshot({ path: join(screens, 'room-panel-open.png') });
  });

  it('fills the lobby live as devices join, grouped by team, connected or not in words', async () => {
    devices.push(await joinRoom(roomPort, code, front ?? '', 'Ana'));
    devices.push(await joinRoom(roomPort, code, back ?? '', 'Ben'));
    const cy = await joinRoom(roomPort, code, front ?? '', 'Cy');
    devices.push(cy);
    await row(page, 'Cy').waitFor();
    cy.close();
    await cy.closed;
    await eventually(() => row(page, 'Cy').textContent()).toContain('Not connected');
    expect(await row(page, 'Ana').textContent()).toContain('Connected');
    expect(await group(page, 'Front line').getByTestId('lobby-device').count()).toBe(2);
    expect(await group(page, 'Back office').getByTestId('lobby-device').count()).toBe(1);
    expect(await group(page, 'Field crew').textContent()).toContain('No one yet');
    await eventually(() => page.getByTestId('room-button').textContent()).toContain('Room open · 2 connected');
    expect(await page.getByTestId('room-count').textContent()).toBe('3 joined, 2 connected');
    await page.getByTestId('lobby').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screens, 'room-lobby.png') });
  });

  it('renames a device from the lobby, and its page hears its new name', async () => {
    // Escape leaves the inline field, not the Room dialog, and the keyboard is back on Rename.
    await row(page, 'Ana').getByRole('button', { name: 'Rename' }).click();
    await page.getByTestId('lobby-rename-field').press('Escape');
    await page.getByTestId('lobby-rename-field').waitFor({ state: 'detached' });
    expect(await page.getByTestId('room-panel').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Rename');
    await page.keyboard.press('Enter');
    const field = page.getByTestId('lobby-rename-field');
    expect(await field.inputValue()).toBe('Ana');
    // An empty name is refused where it is typed, and nothing is sent.
    await field.fill('   ');
    await field.press('Enter');
    await page.getByText('A name cannot be empty.').waitFor();
    await field.fill('Ana Lima');
    await page.screenshot({ path: join(screens, 'room-lobby-rename.png') });
    await field.press('Enter');
    await row(page, 'Ana Lima').waitFor();
    // The keyboard stays on the row it was in.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Rename');
    const ana = devices[0];
    await eventually(() => ana?.sessions.at(-1)).toMatchObject({ kind: 'member', name: 'Ana Lima' });
  });

  it('moves a device to another team, and its page is seated there', async () => {
    await row(page, 'Ben').getByRole('button', { name: 'Move…', exact: true }).click();
    await page.getByTestId('lobby-move-select').selectOption({ label: 'Field crew' });
    await page.getByRole('button', { name: 'Move', exact: true }).click();
    await group(page, 'Field crew').getByTestId('lobby-device').filter({ hasText: 'Ben' }).waitFor();
    expect(await group(page, 'Back office').textContent()).toContain('No one yet');
    await eventually(() => devices[1]?.sessions.at(-1)).toMatchObject({ kind: 'member', teamId: field });
  });

  it('removes a device after saying what happens, and its page is disconnected', async () => {
    await row(page, 'Ben').getByRole('button', { name: 'Remove…' }).click();
    const confirm = page.getByTestId('confirm-dialog');
    await confirm.waitFor();
    expect(await confirm.getByRole('heading').textContent()).toBe('Remove Ben’s device from the room?');
    expect(await confirm.textContent()).toContain('Its page is disconnected at once; Ben can join again with the room code.');
    await page.screenshot({ path: join(screens, 'room-lobby-remove.png') });
    await confirm.getByRole('button', { name: 'Remove from the room' }).click();
    await row(page, 'Ben').waitFor({ state: 'detached' });
    await eventually(() => devices[1]?.sessions.at(-1)).toMatchObject({ kind: 'guest' });
    expect(devices[1]?.sessions.at(-1)).toHaveProperty('ended');
    await eventually(() => page.getByTestId('room-count').textContent()).toBe('2 joined, 1 connected');
  });

  it('shows the join screen for the projector: a large QR code, the address and the code', async () => {
    await page.getByTestId('show-join-screen').click();
    const screen = page.getByTestId('join-screen');
    await screen.waitFor();
    const qr = screen.getByTestId('join-qr');
    expect(await qr.getAttribute('data-qr-text')).toBe(`http://127.0.0.1:${roomPort}/#/join/${code}`);
    const box = await qr.boundingBox();
    // At least 45 % of a 1280×720 window's height, square, and wholly on screen.
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(0.45 * 720);
    expect(Math.abs((box?.width ?? 0) - (box?.height ?? 0))).toBeLessThan(2);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(720);
    expect(await screen.getByTestId('join-address').textContent()).toBe(`http://127.0.0.1:${roomPort}`);
    const fontSize = (testId: string) =>
      screen.getByTestId(testId).evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(await fontSize('join-address')).toBeGreaterThanOrEqual(48);
    expect(await fontSize('join-code')).toBeGreaterThanOrEqual(96);
    expect(await fontSize('join-count')).toBeGreaterThanOrEqual(24);
    expect((await screen.getByTestId('join-code').textContent())?.replace(/\s/g, '')).toContain(code);
    expect(await screen.textContent()).toContain('Scan the code, or type the address and the room code');
    expect(await screen.getByTestId('join-count').textContent()).toBe('2 people have joined');
    await page.screenshot({ path: join(screens, 'room-join-screen.png') });
  });

  it('counts a new arrival on the join screen as it happens', async () => {
    devices.push(await joinRoom(roomPort, code, field ?? '', 'Dee'));
    await eventually(() => page.getByTestId('join-count').textContent()).toBe('3 people have joined');
  });

  it('shows a code per team, each with the team’s name, and Escape puts the panel back', async () => {
    const screen = page.getByTestId('join-screen');
    await screen.getByTestId('join-screen-mode').click();
    const teams = screen.getByTestId('join-team');
    await eventually(() => teams.count()).toBe(3);
    expect(await teams.allTextContents()).toEqual([
      expect.stringContaining('Front line'),
      expect.stringContaining('Back office'),
      expect.stringContaining('Field crew'),
    ]);
    const codes = screen.getByTestId('join-team-qr');
    for (let i = 0; i < 3; i++) {
      const box = await codes.nth(i).boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(240);
      expect(await codes.nth(i).getAttribute('data-qr-text')).toBe(
        `http://127.0.0.1:${roomPort}/#/join/${code}/${encodeURIComponent(workshop.teams[i]?.id ?? '')}`,
      );
    }
    await page.screenshot({ path: join(screens, 'room-join-teams.png') });
    await page.keyboard.press('Escape');
    await screen.waitFor({ state: 'detached' });
    await page.getByTestId('room-panel').waitFor();
    // Back on the button that opened it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('show-join-screen');
  });

  it('closes the room after saying every device is disconnected and the code stops working', async () => {
    await page.getByTestId('room-close').click();
    const confirm = page.getByTestId('confirm-dialog');
    await confirm.waitFor();
    const question = (await confirm.textContent()) ?? '';
    expect(question).toContain(`Every device in the room is disconnected at once, and the code ${code} stops working.`);
    expect(question).toContain('The workshop stays open here');
    await page.screenshot({ path: join(screens, 'room-close-confirm.png') });
    await confirm.getByRole('button', { name: 'Close the room' }).click();
    await eventually(() => page.getByTestId('room-button').textContent()).toContain('Room: closed');
    await page.getByTestId('room-panel').getByTestId('room-open').waitFor();
    await eventually(() => devices[0]?.sessions.at(-1)).toMatchObject({ kind: 'guest' });
    // The workshop itself is still open behind the dialog.
    expect(await page.getByTestId('workshop-title').textContent()).toBe('Onboarding review');
  });

  it('asked for nothing outside the app and logged no errors', () => {
    expect(opened.foreignRequests).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
  });
});

describe('a code per team for eight teams', () => {
  const NAMES = ['Front line', 'Back office', 'Field crew', 'Billing', 'Sales', 'Digital', 'Complaints', 'Partners'];
  const workshop = buildWorkshop('Eight teams', (w) => [
    { type: 'team/rename', teamId: w.teams[0]?.id ?? '', name: NAMES[0] ?? '' },
    ...NAMES.slice(1).map((name) => ({ type: 'team/add' as const, name })),
  ]);
  let dataDir: string;
  let browser: Browser;
  let app: RunningApp;
  let opened: OpenedPage;

  beforeAll(async () => {
    dataDir = dataDirWith(workshop);
    [browser, app] = await Promise.all([launchBrowser(), startApp(dataDir)]);
    opened = await openApp(browser, `${app.url}#/workshop/${workshop.id}`);
    await opened.page.getByTestId('workshop-title').waitFor();
  });

  afterAll(async () => {
    await opened?.context.close();
    await browser?.close();
    await app?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('fits all eight on the projector, each large enough to scan from its table', async () => {
    const page = opened.page;
    await page.getByTestId('room-button').click();
    await page.getByRole('radio', { name: /127\.0\.0\.1/ }).check();
    await page.getByTestId('room-open').click();
    await page.getByTestId('show-team-codes').click();
    const codes = page.getByTestId('join-team-qr');
    await eventually(() => codes.count()).toBe(8);
    for (let i = 0; i < 8; i++) {
      const box = await codes.nth(i).boundingBox();
      // Wholly on screen, and no smaller than a phone needs from a metre or two.
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(180);
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(720);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1280);
    }
    expect(await page.getByTestId('join-team').allTextContents()).toEqual(NAMES.map((name) => expect.stringContaining(name)));
    await page.screenshot({ path: join(outputDir('screens'), 'room-join-teams-8.png') });
    expect(opened.pageErrors).toEqual([]);
  });
});
