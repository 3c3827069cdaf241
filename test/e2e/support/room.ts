/**
 * The local-network room for browser tests. The facilitator's side speaks
 * the wire directly (a Node WebSocket with the facilitator's cookie, as the
 * facilitator's page would), so a test that only needs a team's page does
 * not drive the room panel; the team's side is a real Chromium page that
 * joins through the real join screen, as a person in the room does.
 *
 * The room opens on 127.0.0.1 (serve.ts lets it), on its own port, so a
 * team's page is on another origin than the facilitator's, as on a LAN.
 */
import type { Browser } from 'playwright-core';
import WebSocket from 'ws';
import { ROOM_PROTOCOL, type OpenRoom, type RoomStatus } from '../../../shared/room';
import { PROTOCOL_VERSION, type Method, type Params, type Results } from '../../../shared/wire';
import { newAppPage, type OpenedPage } from './browser';
import { facilitatorCookie, type RunningApp } from './serve';

/** The address the room opens on in the tests. */
export const ROOM_ADDRESS = '127.0.0.1';

interface Reply {
  readonly id?: number;
  readonly ok?: boolean;
  readonly result?: unknown;
  readonly error?: { readonly message: string };
}

/** The facilitator's line to the app: requests answered in turn; anything refused throws the host's sentence. */
export interface FacilitatorLine {
  request<M extends Method>(method: M, params: Params<M>): Promise<Results[M]>;
  close(): void;
}

export async function facilitatorLine(app: RunningApp): Promise<FacilitatorLine> {
  const ws = new WebSocket(`${app.origin.replace(/^http/, 'ws')}/ws`, [ROOM_PROTOCOL], {
    headers: { Origin: app.origin, Cookie: facilitatorCookie(app) },
  });
  const waiting = new Map<number, (reply: Reply) => void>();
  ws.on('message', (data: Buffer) => {
    const reply = JSON.parse(data.toString()) as Reply;
    if (typeof reply.id === 'number') waiting.get(reply.id)?.(reply);
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let nextId = 1;
  return {
    request: async (method, params) => {
      const id = nextId++;
      const reply = await new Promise<Reply>((resolve) => {
        waiting.set(id, resolve);
        ws.send(JSON.stringify({ v: PROTOCOL_VERSION, id, method, params }));
      });
      waiting.delete(id);
      if (!reply.ok) throw new Error(`${method} was refused: ${reply.error?.message ?? 'no reason given'}`);
      // The host's own reply; the tests read only what they asked for.
      return reply.result as Results[typeof method];
    },
    close: () => ws.close(),
  };
}

/** One request as the facilitator, on a line of its own (rename, move or remove a device, say). */
export async function asFacilitator<M extends Method>(app: RunningApp, method: M, params: Params<M>): Promise<Results[M]> {
  const line = await facilitatorLine(app);
  try {
    return await line.request(method, params);
  } finally {
    line.close();
  }
}

/** Opens the room for the workshop on loopback (or gives the room already open for it). */
export async function openRoom(app: RunningApp, workshopId: string): Promise<OpenRoom> {
  const status = await asFacilitator(app, 'room/open', { workshopId, address: ROOM_ADDRESS });
  if (!status.room) throw new Error('The room did not open.');
  return status.room;
}

/** The room as the facilitator sees it now, lobby included. */
export function roomStatus(app: RunningApp): Promise<RoomStatus> {
  return asFacilitator(app, 'room/status', {});
}

/** The facilitator takes a device out of the room: its credential stops working at once. */
export async function removeDevice(app: RunningApp, deviceId: string): Promise<void> {
  await asFacilitator(app, 'room/device-remove', { deviceId });
}

export interface TeamPageOptions {
  /** Called with the page before it goes to the room, to listen to it from the start (its WebSocket frames, say). */
  readonly beforeJoin?: (opened: OpenedPage) => void;
  readonly viewport?: { readonly width: number; readonly height: number };
  /** Lets axe-core in, which the app's page rightly refuses like any script it did not ship. */
  readonly bypassCSP?: boolean;
}

/**
 * A team's page: opens the room for the workshop, then a fresh Chromium page
 * joins through the join screen at the team's own QR address
 * (`#/join/<code>/<teamId>`), typing the person's name (a name already on the
 * team's list joins as that person). Resolves once the workshop shows.
 */
export async function openTeamPage(
  browser: Browser,
  app: RunningApp,
  workshopId: string,
  teamId: string,
  name: string,
  options: TeamPageOptions = {},
): Promise<OpenedPage> {
  const room = await openRoom(app, workshopId);
  const teamUrl = room.teamJoinUrls.find((entry) => entry.teamId === teamId)?.url;
  if (!teamUrl) throw new Error(`The room has no address for team ${teamId}.`);
  const opened = await newAppPage(browser, teamUrl, options.viewport ?? { width: 1280, height: 720 }, { bypassCSP: options.bypassCSP ?? false });
  options.beforeJoin?.(opened);
  await opened.page.goto(teamUrl);
  await opened.page.getByTestId('join-name').fill(name);
  await opened.page.getByTestId('join-submit').click();
  await opened.page.getByTestId('workshop-title').waitFor();
  return opened;
}
