// The desktop window is the facilitator's: it cannot join as a team. A client
// that did join stays that team and gets its view; the facilitator's snapshot
// passes through as the very same object, so it is serialised once.
import { describe, expect, it } from 'vitest';
import { UNTRACKED_CLIENT, type ApiClient, type TeamSeat } from '../../../main/api/api-client';
import { createRequestHandler } from '../../../main/api/handle-request';
import { createHandlers, type PdfExporter } from '../../../main/api/handlers';
import { snapshotForSeat, snapshotForTeam } from '../../../main/api/team-seat';
import type { WorkshopSnapshot } from '../../../shared/wire';
import { hostWithWorkshop } from '../support/temp-data';

const pdf: PdfExporter = { render: async () => new Uint8Array(), fileName: () => 'plan.pdf' };

function setUp() {
  const context = hostWithWorkshop('Renewal journey');
  const handle = createRequestHandler(createHandlers({ host: context.host, pdf }), () => undefined);
  const teamId = context.workshop.teams[0]?.id ?? '';
  return { ...context, handle, teamId };
}

/** A connection that can join as a team, like a browser's WebSocket session. */
function seatableClient(): ApiClient & { seat: TeamSeat | null } {
  const client = {
    seat: null as TeamSeat | null,
    watch: () => undefined,
    joinAsTeam: (seat: TeamSeat) => {
      client.seat = seat;
    },
  };
  return client;
}

describe('joining as a team', () => {
  it('is refused in the desktop window, which stays the facilitator’s', async () => {
    const { handle, workshop, teamId } = setUp();
    expect(await handle('workshop/open', { workshopId: workshop.id, as: { teamId } }, UNTRACKED_CLIENT)).toEqual({
      ok: false,
      error: { code: 'unsupported', message: "Joining as a team works from a browser; the desktop window is the facilitator's." },
    });
    expect(await handle('workshop/dispatch', { workshopId: workshop.id, command: { type: 'rating/reveal', revealed: true } }, UNTRACKED_CLIENT)).toMatchObject({
      ok: true,
    });
  });

  it('seats a browser connection as the team, which then may not act as the facilitator', async () => {
    const { handle, workshop, teamId } = setUp();
    const client = seatableClient();
    const opened = await handle('workshop/open', { workshopId: workshop.id, as: { teamId } }, client);
    expect(opened).toMatchObject({ ok: true, result: { canUndo: false, canRedo: false } });
    expect(client.seat).toEqual({ workshopId: workshop.id, teamId });
    expect(await handle('workshop/dispatch', { workshopId: workshop.id, command: { type: 'phase/set', phase: 'vote' } }, client)).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Only the facilitator can move the workshop to another step.' },
    });
  });

  it('rejects an id that is not a team of the workshop, seating nobody', async () => {
    const { handle, workshop } = setUp();
    const client = seatableClient();
    expect(await handle('workshop/open', { workshopId: workshop.id, as: { teamId: 'ghost' } }, client)).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That team is not in this workshop.' },
    });
    expect(client.seat).toBeNull();
  });
});

describe('snapshotForSeat', () => {
  it('passes the facilitator’s snapshot through as the same object, and makes each team’s view once', () => {
    const { host, workshop, teamId } = setUp();
    const snapshot: WorkshopSnapshot = host.openWorkshop(workshop.id);
    expect(snapshotForSeat(snapshot, null)).toBe(snapshot);
    const view = snapshotForSeat(snapshot, { workshopId: workshop.id, teamId });
    expect(view).not.toBe(snapshot);
    expect(snapshotForTeam(snapshot, teamId)).toBe(view);
    expect(view.state).toEqual(snapshot.state);
  });
});
