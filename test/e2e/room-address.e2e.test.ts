// The room's address going away in the middle of a workshop (the laptop changed Wi-Fi), in a real
// browser: the projector's join screen says its address no longer works and offers the address the
// computer has now; moving the room there puts the new address and QR code on the wall, with the same
// room code. The server runs in this process, so the test decides which addresses the computer has.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PdfExporter } from '../../main/api/handlers';
import { WorkshopHost } from '../../main/host/workshop-host';
import { startServer, type RunningServer } from '../../main/server/start-server';
import { createWorkshopStore } from '../../main/store/workshop-store';
import type { RoomInterface } from '../../shared/room';
import { launchBrowser, openApp, type OpenedPage } from './support/browser';
import { buildWorkshop } from './support/seed-workshop';
import { outputDir } from './support/serve';

const pdf: PdfExporter = { render: async () => new Uint8Array(), fileName: () => 'plan.pdf' };
const FIRST: RoomInterface = { name: 'wlan0', address: '127.0.0.1', label: 'Wi-Fi (wlan0) — 127.0.0.1' };
/** The "new network": on Linux a second loopback address; elsewhere only 127.0.0.1 exists, so the test says so. */
const SECOND_ADDRESS = process.platform === 'linux' ? '127.0.0.2' : '127.0.0.1';
const SECOND: RoomInterface = { name: 'wlan0', address: SECOND_ADDRESS, label: `Wi-Fi (wlan0) — ${SECOND_ADDRESS}` };

let root: string;
let host: WorkshopHost;
let server: RunningServer;
let browser: Browser;
let facilitator: OpenedPage;
let network: RoomInterface[] = [FIRST];
const workshop = buildWorkshop('Moving house', (w) => [{ type: 'team/rename', teamId: w.teams[0]?.id ?? '', name: 'Front line' }]);

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'jr-room-address-'));
  const store = createWorkshopStore({ dataDir: join(root, 'data') });
  await store.create(workshop);
  host = new WorkshopHost({ store, log: () => undefined });
  const staticDir = resolve(import.meta.dirname, '../../out/web');
  server = await startServer({ host, pdf, staticDir, port: 0, roomPort: 0, interfaces: () => network, log: () => undefined });
  browser = await launchBrowser();
  facilitator = await openApp(browser, `${server.url}#/workshop/${encodeURIComponent(workshop.id)}`);
});

afterAll(async () => {
  await facilitator.context.close();
  await browser.close();
  await server.close();
  await host.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the room’s address going away', () => {
  it('is said on the join screen, which moves the room to the new address with the same code', async () => {
    const { page } = facilitator;
    await page.getByTestId('workshop-title').waitFor();
    await server.room.open(workshop.id, FIRST.address);
    const code = server.room.status().room?.code ?? '';
    await page.getByRole('button', { name: /room open/i }).click();
    await page.getByTestId('show-join-screen').click();
    await expect.poll(() => page.getByTestId('join-address').innerText()).toContain(FIRST.address);

    // The laptop joins another network: the first address is gone, another has come.
    network = [SECOND];
    server.room.checkAddress();
    const problem = page.getByTestId('join-address-problem');
    await problem.waitFor();
    expect(await problem.innerText()).toContain('The address below no longer works.');
    await page.screenshot({ path: join(outputDir('screens'), 'room-join-address-lost.png') });

    await problem.getByRole('button', { name: `Move the room to ${SECOND_ADDRESS}` }).click();
    await problem.waitFor({ state: 'detached' });
    const moved = server.room.status().room;
    expect(moved?.address).toBe(SECOND_ADDRESS);
    expect(moved?.code).toBe(code);
    await expect.poll(() => page.getByTestId('join-address').innerText()).toContain(`${SECOND_ADDRESS}:${String(moved?.port ?? '')}`);
    expect(facilitator.pageErrors).toEqual([]);
    expect(facilitator.foreignRequests).toEqual([]);
  });
});
