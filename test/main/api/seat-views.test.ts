// The desktop window is the facilitator's: it cannot join as a team. A client
// that did join stays that team and gets its view. The way out to each seat
// (main/api/seat-views.ts): the facilitator gets the change record as it is
// and the workshop as the host holds it; a team gets the change to its view,
// made once per update and seat and shared by every page of that seat.
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../main/api/api-client';
import { createRequestHandler } from '../../../main/api/handle-request';
import { createHandlers, type PdfExporter } from '../../../main/api/handlers';
import { exportableState, seatOf, seatRefusal, snapshotForSeat, updateForSeat } from '../../../main/api/seat-views';
import type { HostUpdate, WorkshopHost } from '../../../main/host/workshop-host';
import { toPatch } from '../../../shared/changes/patch';
import type { ClientCommand } from '../../../shared/commands';
import { FACILITATOR, type Seat } from '../../../shared/seat';
import { viewForTeam } from '../../../shared/selectors/team-view';
import type { OpenResult, WorkshopUpdate } from '../../../shared/wire';
import { hostWithWorkshop, tickingClock } from '../support/temp-data';

const pdf: PdfExporter = { render: async () => new Uint8Array(), fileName: () => 'plan.pdf' };

let connections = 0;

async function setUp() {
  const context = await hostWithWorkshop('Renewal journey', { now: tickingClock() });
  const handle = createRequestHandler(createHandlers({ host: context.host, pdf }), () => undefined);
  const teamId = context.workshop.teams[0]?.id ?? '';
  return { ...context, handle, teamId };
}

/** The desktop window: always the facilitator's, it has no way to join the room as a device. */
function desktopClient(): ApiClient {
  connections += 1;
  return { id: `desktop-${String(connections)}`, watch: () => undefined, session: { kind: 'facilitator' } };
}

/** A browser that has not joined the room. */
function guestClient(): ApiClient {
  connections += 1;
  return { id: `browser-${String(connections)}`, watch: () => undefined, session: { kind: 'guest' } };
}

/** A browser seated in the room as one person of a team, as its credential would seat it. */
function memberClient(workshopId: string, teamId: string, participantId = 'person-1'): ApiClient {
  connections += 1;
  return {
    id: `browser-${String(connections)}`,
    watch: () => undefined,
    session: { kind: 'member', workshopId, teamId, participantId, deviceId: `device-${String(connections)}`, name: 'Ana' },
  };
}

let mutations = 0;
function mutation() {
  mutations += 1;
  return { clientId: 'seat-views-test', n: mutations };
}

/** Applies a command as the facilitator, straight on the host. */
async function must(host: WorkshopHost, workshopId: string, command: ClientCommand, seat: Seat = FACILITATOR): Promise<HostUpdate> {
  const outcome = await host.dispatch(workshopId, command, { seat });
  if (!outcome.ok) throw new Error(`${command.type} was refused: ${outcome.error.message}`);
  return outcome.update;
}

/** Two teams who each rated the one card: North 2, South 4; ratings silent. */
async function twoTeams() {
  const context = await setUp();
  const { host, workshop } = context;
  const north = context.teamId;
  await must(host, workshop.id, { type: 'team/rename', teamId: north, name: 'North' });
  const south = (await must(host, workshop.id, { type: 'team/add', name: 'South' })).after.teams.find((t) => t.name === 'South')?.id ?? '';
  const card =
    (
      await must(host, workshop.id, {
        type: 'touchpoint/add',
        teamId: north,
        stageId: workshop.stages[0]?.id ?? '',
        channelId: workshop.channels[0]?.id ?? '',
        title: 'Checkout page',
      })
    ).after.touchpoints[0]?.id ?? '';
  const pillar = workshop.framework.pillars[0]?.id ?? '';
  await must(host, workshop.id, { type: 'rating/set', teamId: north, touchpointId: card, pillarId: pillar, score: 2 });
  await must(host, workshop.id, { type: 'rating/set', teamId: south, touchpointId: card, pillarId: pillar, score: 4 });
  return { ...context, north, south, card, pillar };
}

describe('sessions', () => {
  it('lets the desktop window run the workshop, and refuses it a seat in the room', async () => {
    const { handle, workshop, teamId } = await setUp();
    const desktop = desktopClient();
    expect(await handle('room/join', { code: 'K7M2QX', teamId, name: 'Ana' }, desktop)).toEqual({
      ok: false,
      error: { code: 'forbidden', message: "This page is the facilitator's; join the room from another device or browser." },
    });
    expect(
      await handle(
        'workshop/dispatch',
        { workshopId: workshop.id, command: { type: 'rating/reveal', revealed: true }, mutation: mutation() },
        desktop,
      ),
    ).toMatchObject({ ok: true, result: { workshopId: workshop.id, seq: 1, patch: { set: { ratingsRevealed: true } } } });
  });

  it('gives a guest nothing but the way in', async () => {
    const { handle, workshop } = await setUp();
    const guest = guestClient();
    const joinFirst = { ok: false, error: { code: 'forbidden', message: 'Join the room first: scan the code on the screen, or type the room code.' } };
    expect(await handle('library/list', {}, guest)).toEqual(joinFirst);
    expect(await handle('workshop/open', { workshopId: workshop.id }, guest)).toEqual(joinFirst);
    expect(await handle('export/pdf', { workshopId: workshop.id, paper: 'a4' }, guest)).toEqual(joinFirst);
    expect(() => seatOf(guest)).toThrow('Join the room first');
  });

  it('seats a member as its team, which then may not act as the facilitator', async () => {
    const { handle, workshop, teamId } = await setUp();
    const client = memberClient(workshop.id, teamId);
    const opened = await handle('workshop/open', { workshopId: workshop.id }, client);
    expect(opened).toMatchObject({
      ok: true,
      result: { kind: 'snapshot', snapshot: { workshopId: workshop.id, seq: 0, history: { canUndo: false, canRedo: false } } },
    });
    expect(seatOf(client)).toEqual({ kind: 'team', teamId, participantId: 'person-1' });
    expect(
      await handle('workshop/dispatch', { workshopId: workshop.id, command: { type: 'phase/set', phase: 'vote' }, mutation: mutation() }, client),
    ).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Only the facilitator can move the room to another phase.' },
    });
  });

  it('gives a member its team’s view in the open reply, and its own undo history', async () => {
    const { handle, host, workshop, north, south } = await twoTeams();
    const client = memberClient(workshop.id, south);
    const opened = await handle('workshop/open', { workshopId: workshop.id }, client);
    if (!opened.ok) throw new Error(opened.error.message);
    const result = opened.result as OpenResult;
    if (result.kind !== 'snapshot') throw new Error('Expected a snapshot.');
    expect(result.snapshot.state).toEqual(viewForTeam(host.currentState(workshop.id), south));
    expect(result.snapshot.state.ratings.map((r) => r.teamId)).toEqual([south]);
    // The facilitator did everything so far; South has nothing of its own to undo.
    expect(result.snapshot.history).toEqual({ canUndo: false, canRedo: false });
    expect(host.historyFlags(workshop.id, FACILITATOR)).toEqual({ canUndo: true, canRedo: false });
    expect(host.historyFlags(workshop.id, { kind: 'team', teamId: north })).toEqual({ canUndo: false, canRedo: false });
  });

  it('shows a member only the room’s workshop in the library', async () => {
    const { handle, host, workshop, teamId } = await setUp();
    await host.createWorkshop({ title: 'Another journey', template: 'blank' });
    const listing = await handle('library/list', {}, memberClient(workshop.id, teamId));
    if (!listing.ok) throw new Error(listing.error.message);
    expect(listing.result).toEqual({ workshops: [expect.objectContaining({ id: workshop.id })], problems: [] });
    const whole = await handle('library/list', {}, desktopClient());
    expect((whole.ok ? (whole.result as { workshops: unknown[] }).workshops : []).length).toBe(2);
  });
});

describe('snapshotForSeat', () => {
  it('gives the facilitator the workshop as the host holds it, and makes each team’s view once', async () => {
    const { host, workshop, north, south } = await twoTeams();
    const opened = host.openWorkshop(workshop.id);
    const whole = snapshotForSeat(opened, FACILITATOR, host);
    expect(whole).toMatchObject({ workshopId: workshop.id, epoch: opened.epoch, seq: opened.seq });
    expect(whole.state).toBe(opened.state);
    expect(whole.history).toEqual({ canUndo: true, canRedo: false });

    const northSeat: Seat = { kind: 'team', teamId: north };
    const view = snapshotForSeat(opened, northSeat, host);
    expect(view.state).not.toBe(opened.state);
    expect(view.state).toEqual(viewForTeam(opened.state, north));
    expect(view.state.ratings.map((r) => r.teamId)).toEqual([north]);
    expect(view.history).toEqual({ canUndo: false, canRedo: false });
    // A second page of the same team gets the very same view.
    expect(snapshotForSeat(opened, northSeat, host).state).toBe(view.state);
    expect(snapshotForSeat(opened, { kind: 'team', teamId: south }, host).state.ratings.map((r) => r.teamId)).toEqual([south]);
  });
});

describe('updateForSeat', () => {
  it('gives the facilitator the change record as it is, and a team only the change to its view', async () => {
    const { host, workshop, north, south, card, pillar } = await twoTeams();
    const southSeat: Seat = { kind: 'team', teamId: south };
    const update = await must(host, workshop.id, { type: 'rating/set', teamId: north, touchpointId: card, pillarId: pillar, score: 5 });

    const whole = updateForSeat(update, FACILITATOR, host);
    expect(whole).toMatchObject({ workshopId: workshop.id, epoch: update.epoch, seq: update.seq });
    expect(whole.patch).toEqual(toPatch(update.changes));
    expect(whole.patch.put?.ratings).toEqual([expect.objectContaining({ teamId: north, score: 5 })]);

    // North's silent rating changed: South hears that the workshop changed, and nothing of the rating.
    const forSouth = updateForSeat(update, southSeat, host);
    expect(forSouth.seq).toBe(update.seq);
    expect(forSouth.patch).toEqual({ set: { updatedAt: update.after.updatedAt } });
    expect(JSON.stringify(forSouth)).not.toContain(north);

    // Made once for the seat: every page of South gets the same object, so it is serialised once.
    expect(updateForSeat(update, southSeat, host)).toBe(forSouth);
    expect(updateForSeat(update, FACILITATOR, host)).toBe(whole);

    // The reveal brings South every rating it could not see.
    const reveal = await must(host, workshop.id, { type: 'rating/reveal', revealed: true });
    const revealed = updateForSeat(reveal, southSeat, host);
    expect(revealed.patch.put?.ratings).toEqual([expect.objectContaining({ teamId: north, score: 5 })]);
    expect(revealed.patch.set?.ratingsRevealed).toBe(true);
  });

  it('carries the seat’s own undo state, made again when that moved on', async () => {
    const { host, workshop, north, card, pillar } = await twoTeams();
    const northSeat: Seat = { kind: 'team', teamId: north };
    const update = await must(host, workshop.id, { type: 'rating/set', teamId: north, touchpointId: card, pillarId: pillar, score: 3 }, northSeat);
    const first = updateForSeat(update, northSeat, host);
    expect(first.history).toEqual({ canUndo: true, canRedo: false });
    expect(updateForSeat(update, FACILITATOR, host).history).toEqual({ canUndo: true, canRedo: false });

    const undone = await host.undo(workshop.id, { seat: northSeat });
    expect(undone.ok).toBe(true);
    const again: WorkshopUpdate = updateForSeat(update, northSeat, host);
    expect(again).not.toBe(first);
    expect(again.patch).toBe(first.patch);
    expect(again.history).toEqual({ canUndo: false, canRedo: true });
  });
});

describe('exportableState', () => {
  it('exports the whole workshop for the facilitator and the team’s view for a team', async () => {
    const { host, workshop, north } = await twoTeams();
    const whole = host.currentState(workshop.id);
    expect(exportableState(whole, desktopClient())).toBe(whole);
    const view = exportableState(whole, memberClient(workshop.id, north));
    expect(view).toEqual(viewForTeam(whole, north));
    expect(view.ratings.map((r) => r.teamId)).toEqual([north]);
  });
});

describe('seatRefusal', () => {
  it('refuses nothing to the facilitator', () => {
    const client = desktopClient();
    expect(seatRefusal(client, 'library/delete', { workshopId: 'any' })).toBeNull();
    expect(seatRefusal(client, 'export/file', { workshopId: 'any', kind: 'workshop-json' })).toBeNull();
  });

  it('keeps a team in its workshop and away from what only the facilitator may ask; undo and redo are its own', () => {
    const client = memberClient('w1', 't1');
    expect(seatRefusal(client, 'workshop/undo', { workshopId: 'w2' })).toBe(
      'This device joined the room for another workshop; it can open only that one.',
    );
    expect(seatRefusal(client, 'room/close', {})).toBe('Only the facilitator runs the room.');
    expect(seatRefusal(client, 'room/join', { code: 'K7M2QX', teamId: 't1', name: 'Ana' })).toBe('This device has already joined the room.');
    expect(seatRefusal(client, 'workshop/undo', { workshopId: 'w1' })).toBeNull();
    expect(seatRefusal(client, 'workshop/redo', { workshopId: 'w1' })).toBeNull();
    expect(seatRefusal(client, 'library/list', {})).toBeNull();
    expect(seatRefusal(client, 'library/create', { title: 'Mine', template: 'blank' })).toBe('Only the facilitator can start a new workshop.');
    expect(seatRefusal(client, 'export/file', { workshopId: 'w1', kind: 'workshop-json' })).toBe(
      'Only the facilitator can export the whole workshop.',
    );
    expect(seatRefusal(client, 'export/file', { workshopId: 'w1', kind: 'ratings-csv' })).toBeNull();
  });
});
