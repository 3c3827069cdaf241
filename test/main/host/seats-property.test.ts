/**
 * Property test of a room with several seats: the facilitator and three
 * teams send random commands, undos and redos, interleaved, through the real
 * host. After every step:
 * - an undo or redo changed only records its own seat had changed last;
 * - the change records alone, applied from the start, give the host's workshop;
 * - every seat's page, holding only what it was sent, holds exactly that seat's view.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, FIELD_NAMES, recordKey, type CollectionName } from '../../../shared/changes/collections';
import { applyPatch, toPatch } from '../../../shared/changes/patch';
import { stateForSeat } from '../../../shared/changes/seat-view';
import type { Changes } from '../../../shared/changes/types';
import { teamCommandRefusal } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { sequentialIds } from '../../../shared/new-workshop';
import { createSampleWorkshop } from '../../../shared/sample-workshop';
import { FACILITATOR, seatKey, type Seat } from '../../../shared/seat';
import { updateForSeat } from '../../../main/api/seat-views';
import { WorkshopHost, type DispatchOutcome } from '../../../main/host/workshop-host';
import { buildCommand, type Step } from '../../shared/command-builders';
import { memoryStore } from '../support/memory-store';

interface RoomStep extends Step {
  /** Which seat acts: 0 the facilitator, 1–3 a team. */
  readonly seat: number;
  /** 0–6 a command, 7 undo, 8 redo. */
  readonly what: number;
}

const stepArb: fc.Arbitrary<RoomStep> = fc.record({
  seat: fc.nat({ max: 3 }),
  what: fc.nat({ max: 8 }),
  kind: fc.nat(),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  n: fc.integer({ min: -1, max: 7 }),
});

/** Every record and field a change touched, as one key each. */
function placesOf(changes: Changes): string[] {
  const places: string[] = [];
  for (const collection of COLLECTION_NAMES) collect(collection, changes, places);
  for (const field of FIELD_NAMES) if (field !== 'updatedAt' && changes.fields[field]) places.push(`field:${field}`);
  return places;
}

function collect<C extends CollectionName>(collection: C, changes: Changes, into: string[]): void {
  for (const change of changes.records[collection] ?? []) {
    const record = change.after ?? change.before;
    if (record) into.push(`${collection}:${recordKey(collection, record)}`);
  }
}

function room(): Workshop {
  // The sample, with ratings silent and the vote secret and open: every seat's view differs.
  const sample = createSampleWorkshop({ now: '2026-11-23T09:00:00.000Z', newId: sequentialIds('s') });
  return { ...sample, ratingsRevealed: false, voting: { ...sample.voting, revealed: false, secret: true } };
}

async function runRoom(steps: readonly RoomStep[]): Promise<{ accepted: number; undone: number }> {
  const start = room();
  const host = new WorkshopHost({ store: memoryStore(start), newId: sequentialIds('h'), log: () => undefined });
  const seats: readonly Seat[] = [FACILITATOR, ...start.teams.map((t): Seat => ({ kind: 'team', teamId: t.id }))];
  const pages = new Map(seats.map((seat) => [seatKey(seat), stateForSeat(start, seat)]));
  const lastWriter = new Map<string, string>();
  let replayed = start;
  let accepted = 0;
  let undone = 0;

  for (const step of steps) {
    const seat = seats[step.seat % seats.length] ?? FACILITATOR;
    const origin = { seat };
    const now = host.currentState(start.id);
    let outcome: DispatchOutcome;
    if (step.what === 7) outcome = await host.undo(start.id, origin);
    else if (step.what === 8) outcome = await host.redo(start.id, origin);
    else {
      const command = buildCommand(now, step);
      // A team's page may send only what a team does; the server refuses the rest before the host.
      if (seat.kind === 'team' && teamCommandRefusal(now, seat.teamId, command) !== null) continue;
      outcome = await host.dispatch(start.id, command, origin);
    }
    if (!outcome.ok) {
      expect(host.currentState(start.id)).toBe(now);
      continue;
    }
    accepted += 1;
    const { update } = outcome;
    const places = placesOf(update.changes);
    if (step.what >= 7) {
      undone += 1;
      // An undo or redo touches only what this seat itself changed last.
      for (const place of places) expect(lastWriter.get(place)).toBe(seatKey(seat));
    }
    for (const place of places) lastWriter.set(place, seatKey(seat));

    replayed = applyPatch(replayed, toPatch(update.changes));
    expect(replayed).toEqual(update.after);
    for (const other of seats) {
      const key = seatKey(other);
      const held = applyPatch(pages.get(key) ?? start, updateForSeat(update, other, host).patch);
      pages.set(key, held);
      expect(held).toEqual(stateForSeat(update.after, other));
    }
  }
  return { accepted, undone };
}

describe('a room of seats sending commands, undos and redos in any order', () => {
  it('undoes only what each seat changed last, replays to the same workshop, and keeps every page exactly its seat’s view', async () => {
    let accepted = 0;
    let undone = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 20, maxLength: 80 }), async (steps) => {
        const run = await runRoom(steps);
        accepted += run.accepted;
        undone += run.undone;
      }),
      // Teams change only their own cards, so many of their random commands are refused before the host;
      // 220 runs keep enough of them accepted, and undone, to exercise every seat's history.
      { numRuns: 220, seed: 20261203 },
    );
    // The runs really exercise the room, undo and redo included.
    expect(accepted).toBeGreaterThan(800);
    expect(undone).toBeGreaterThan(150);
  });
});
