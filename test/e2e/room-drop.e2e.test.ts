// A phone in the room dropping off the Wi-Fi and coming back, in a real browser: while it is away
// the page says so plainly; the facilitator goes on working; when the network is back the phone
// rejoins its own seat by itself (no code typed again), catches up with what it missed, and a card
// it places afterwards reaches the host exactly once; a countdown paused and lengthened while it was
// away shows the room's time when it is back. Screenshots of both moments go to
// test-output/screens/.
//
// The "Wi-Fi" is a small TCP relay on 127.0.0.2 at the room's own port, which Chromium reaches as
// room.test (--host-resolver-rules): cutting the relay's connections is the drop, as a real network
// would cut them. 127.0.0.2 exists on Linux only, so elsewhere this file says so and runs nothing.
import { createServer, connect, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientCommand } from '../../shared/commands';
import type { Workshop } from '../../shared/model';
import { clockFace } from '../../renderer/features/facilitate/time-words';
import { launchBrowser, newAppPage, PHONE, type OpenedPage } from './support/browser';
import { hostWorkshop } from './support/host-state';
import { facilitatorLine, openRoom, type FacilitatorLine } from './support/room';
import { buildWorkshop, dataDirWith } from './support/seed-workshop';
import { outputDir, startApp, type RunningApp } from './support/serve';

const RELAY_ADDRESS = '127.0.0.2';
const onLinux = process.platform === 'linux';
if (!onLinux) console.warn('room-drop: needs the loopback address 127.0.0.2 (Linux); nothing run here.');

/** The room's network: a relay that can drop every connection and refuse new ones until restored. */
interface Relay {
  drop(): void;
  restore(): void;
  close(): Promise<void>;
}

async function startRelay(port: number): Promise<Relay> {
  const sockets = new Set<Socket>();
  let up = true;
  const server: Server = createServer((device) => {
    if (!up) {
      device.destroy();
      return;
    }
    const room = connect(port, '127.0.0.1');
    for (const socket of [device, room]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    device.pipe(room).pipe(device);
    device.on('close', () => room.destroy());
    room.on('close', () => device.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, RELAY_ADDRESS, () => resolve());
  });
  return {
    drop: () => {
      up = false;
      for (const socket of sockets) socket.destroy();
    },
    restore: () => {
      up = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

const eventually = expect.poll;

/** What Chromium itself logs when a fetch or a WebSocket fails because the network is gone. */
const isBrowserNoteOfTheDrop = (message: string) =>
  /^Failed to load resource: net::ERR_/.test(message) || /^WebSocket connection to '[^']+' failed: .*net::ERR_/.test(message);

let browser: Browser;
let app: RunningApp;
let line: FacilitatorLine;
let phone: OpenedPage;
let relay: Relay;
const workshop: Workshop = buildWorkshop('Moving house', (w) => [
  { type: 'team/rename', teamId: w.teams[0]?.id ?? '', name: 'Front line' },
  { type: 'phase/set', phase: 'map' },
]);
const front = workshop.teams[0]?.id ?? '';

beforeAll(async () => {
  if (!onLinux) return;
  [browser, app] = await Promise.all([launchBrowser([`--host-resolver-rules=MAP room.test ${RELAY_ADDRESS}`]), startApp(dataDirWith(workshop))]);
  line = await facilitatorLine(app);
  await line.request('workshop/open', { workshopId: workshop.id });
  const room = await openRoom(app, workshop.id);
  relay = await startRelay(room.port);
  // The phone scans its team's code, reaching the room through the relay by name.
  const url = `http://room.test:${String(room.port)}/#/join/${room.code}/${encodeURIComponent(front)}`;
  phone = await newAppPage(browser, url, PHONE.viewport, PHONE.device);
  await phone.page.goto(url);
  await phone.page.getByTestId('join-name').fill('Noor Haddad');
  await phone.page.getByTestId('join-submit').click();
});

afterAll(async () => {
  if (!onLinux) return;
  line.close();
  await phone.context.close();
  await browser.close();
  await relay.close();
  await app.stop();
});

describe.runIf(onLinux)('a phone that drops off the network', () => {
  it('says it is offline, and on return is back on its own seat with what it missed', async () => {
    const { page } = phone;
    await page.getByTestId('workshop-title').waitFor();
    expect(phone.pageErrors).toEqual([]);

    relay.drop();
    await page.getByTestId('reconnecting').waitFor();
    await page.screenshot({ path: join(outputDir('screens'), 'room-drop-offline.png') });
    // The room goes on without the phone.
    await line.request('workshop/dispatch', {
      workshopId: workshop.id,
      command: { type: 'stage/add', name: 'Aftercare' },
      mutation: { clientId: 'drop-test-facilitator', n: 1 },
    });

    relay.restore();
    await page.getByTestId('reconnecting').waitFor({ state: 'detached', timeout: 20_000 });
    // While the network was cut the browser may note a file it could not fetch (a screen fetched
    // ahead in an idle moment) or a try to reconnect that failed; those are the browser's notes of
    // the drop, not the page failing.
    expect(phone.pageErrors.splice(0).filter((message) => !isBrowserNoteOfTheDrop(message))).toEqual([]);
    // Back on Noor's seat, with the stage added while it was away.
    await expect(page.getByText('Noor Haddad').first().isVisible()).resolves.toBe(true);
    await page.getByRole('columnheader', { name: /Aftercare/ }).first().waitFor();
    await page.screenshot({ path: join(outputDir('screens'), 'room-drop-back.png') });

    // Still its own seat: a card placed now is the team's, once.
    const cell = page.getByRole('button', { name: /^Add a touchpoint/ }).first();
    await cell.click();
    await page.keyboard.type('Meter reading form');
    await page.keyboard.press('Enter');
    await eventually(async () => (await hostWorkshop(line, workshop.id)).touchpoints.filter((t) => t.title === 'Meter reading form').length).toBe(1);
    const card = (await hostWorkshop(line, workshop.id)).touchpoints.find((t) => t.title === 'Meter reading form');
    expect(card?.teamId).toBe(front);
    expect(phone.pageErrors).toEqual([]);
    expect(phone.foreignRequests).toEqual([]);
  });

  it('shows the countdown as the facilitator left it while it was away', async () => {
    const { page } = phone;
    let n = 10;
    const facilitate = (command: ClientCommand) =>
      line.request('workshop/dispatch', { workshopId: workshop.id, command, mutation: { clientId: 'drop-test-facilitator', n: n++ } });
    await facilitate({ type: 'timer/start', seconds: 600 });
    await eventually(() => page.getByTestId('room-timer').innerText()).toMatch(/^(10:00|09:\d\d) left$/);

    relay.drop();
    await page.getByTestId('reconnecting').waitFor();
    // Paused and given two more minutes while the phone cannot hear.
    await facilitate({ type: 'timer/pause' });
    await facilitate({ type: 'timer/add', seconds: 120 });
    const timer = (await hostWorkshop(line, workshop.id)).timer;
    expect(timer?.endsAt).toBeNull();
    const expected = `Paused at ${clockFace(timer?.leftMs ?? 0)}`;
    expect(expected).toMatch(/^Paused at 1[12]:\d\d$/);
    // Until it is back, the phone does not pretend to know better: it still counts what it last heard.
    expect(await page.getByTestId('room-timer').innerText()).toMatch(/^(10:00|09:\d\d) left$/);

    relay.restore();
    await page.getByTestId('reconnecting').waitFor({ state: 'detached', timeout: 20_000 });
    await eventually(() => page.getByTestId('room-timer').innerText()).toBe(expected);
    await page.screenshot({ path: join(outputDir('screens'), 'room-drop-timer-back.png') });
    expect(phone.pageErrors.splice(0).filter((message) => !isBrowserNoteOfTheDrop(message))).toEqual([]);
  });
});
