// Restore points through the real host and store: a point is kept before a
// step that takes a lot away (removing a stage with its cards, resetting a
// vote with dots, merging fixes), automatically on the first change and then
// at most every five minutes of changes, and before a restore. Going back to
// any point brings the workshop back as it was then, as one step the
// facilitator can undo. The request handler lists points newest first with a
// plain summary of what changed since, refuses a team's page, and brings
// back a workshop whose file was damaged from its newest point.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClientCommand } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { sequentialIds } from '../../../shared/new-workshop';
import { createSampleWorkshop } from '../../../shared/sample-workshop';
import { FACILITATOR } from '../../../shared/seat';
import type { ApiClient } from '../../../main/api/api-client';
import { createRequestHandler } from '../../../main/api/handle-request';
import { createHandlers, type PdfExporter } from '../../../main/api/handlers';
import type { WorkshopHost, WorkshopHostOptions } from '../../../main/host/workshop-host';
import type { RestorePointInfo } from '../../../main/store/restore-points';
import { createWorkshopStore, type WorkshopStore } from '../../../main/store/workshop-store';
import { blankWorkshop, hostOn, journalFile, openStore, tempDataDir, workshopFile } from '../support/temp-data';

const T0 = Date.parse('2026-11-23T09:00:00.000Z');
const MINUTE = 60_000;
const NEVER = Number.MAX_SAFE_INTEGER;
const WAIT_MS = 5000;
const FROM_FACILITATOR = { seat: FACILITATOR };

const fakePdf: PdfExporter = {
  render: async () => new Uint8Array(),
  fileName: () => 'plan.pdf',
};

async function eventually(what: string, done: () => boolean): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`Still waiting for ${what}.`);
    await new Promise((wake) => setTimeout(wake, 5));
  }
}

interface Setup {
  readonly dataDir: string;
  readonly store: WorkshopStore;
  readonly host: WorkshopHost;
  readonly workshop: Workshop;
  /** Moves the clock of both host and store to `minutes` after 09:00. */
  at(minutes: number): void;
}

async function setUp(workshop: Workshop, options: Omit<WorkshopHostOptions, 'store'> = {}): Promise<Setup> {
  const dataDir = tempDataDir();
  let clock = T0;
  const now = () => new Date(clock);
  const store = createWorkshopStore({ dataDir, now, report: () => undefined });
  await store.create(workshop);
  const host = hostOn(store, { now, ...options });
  return { dataDir, store, host, workshop, at: (minutes) => (clock = T0 + minutes * MINUTE) };
}

function sample(): Workshop {
  return createSampleWorkshop({ now: '2026-11-23T08:00:00.000Z', newId: sequentialIds('s'), id: 'sample-room', title: 'Broadband journey' });
}

async function mustSend(host: WorkshopHost, workshopId: string, command: ClientCommand): Promise<Workshop> {
  const outcome = await host.dispatch(workshopId, command, FROM_FACILITATOR);
  if (!outcome.ok) throw new Error(`Refused: ${outcome.error.message}`);
  return outcome.update.after;
}

/** Waits until `count` points are kept, and gives them, newest first. */
async function pointsOnceThere(store: WorkshopStore, workshopId: string, count: number): Promise<readonly RestorePointInfo[]> {
  await eventually(`${String(count)} restore point(s)`, () => store.points.list(workshopId).length >= count);
  return store.points.list(workshopId);
}

/** The same workshop, whenever it was last changed. */
const sameAs = (workshop: Workshop | undefined) => ({ ...workshop, updatedAt: 'any', createdAt: 'any' });

describe('restore points kept by the host', () => {
  it('keeps one before removing a stage with its cards, holding the workshop as it was, and none for an empty stage', async () => {
    const s = await setUp(sample(), { autoPointEveryMs: NEVER });
    const signUp = s.workshop.stages.find((stage) => stage.name === 'Sign up');
    const cards = s.workshop.touchpoints.filter((t) => t.stageId === signUp?.id);
    expect(cards).toHaveLength(3);

    const empty = await mustSend(s.host, s.workshop.id, { type: 'stage/add', name: 'Aftercare' });
    const emptyId = empty.stages.find((stage) => stage.name === 'Aftercare')?.id ?? '';
    const before = await mustSend(s.host, s.workshop.id, { type: 'stage/remove', stageId: emptyId });
    expect(s.store.points.list(s.workshop.id)).toEqual([]);

    await mustSend(s.host, s.workshop.id, { type: 'stage/remove', stageId: signUp?.id ?? '' });
    const [point] = await pointsOnceThere(s.store, s.workshop.id, 1);
    expect(point).toMatchObject({ kind: 'before-step', label: 'Before removing the stage “Sign up” and its 3 cards' });
    expect(s.store.points.read(s.workshop.id, point?.id ?? '')).toEqual(before);
    expect(s.store.points.list(s.workshop.id)).toHaveLength(1);
  });

  it('keeps one before resetting a vote that has dots, and one before merging two fixes', async () => {
    const s = await setUp(sample(), { autoPointEveryMs: NEVER });
    const dots = s.workshop.votes.reduce((sum, vote) => sum + vote.dots, 0);
    expect(dots).toBeGreaterThan(1);
    await mustSend(s.host, s.workshop.id, { type: 'voting/reset' });
    const [reset] = await pointsOnceThere(s.store, s.workshop.id, 1);
    expect(reset).toMatchObject({ kind: 'before-step', label: `Before resetting the vote (${String(dots)} dots cleared)` });
    expect(s.store.points.read(s.workshop.id, reset?.id ?? '')).toEqual(s.workshop);

    // Resetting again, with no dots left, takes nothing away: no point.
    const beforeMerge = await mustSend(s.host, s.workshop.id, { type: 'voting/reset' });
    const [kept, other] = [s.workshop.fixes[0], s.workshop.fixes[5]];
    s.at(1);
    await mustSend(s.host, s.workshop.id, { type: 'fix/merge', fixId: kept?.id ?? '', otherFixId: other?.id ?? '' });
    const [merge, ...rest] = await pointsOnceThere(s.store, s.workshop.id, 2);
    expect(rest.map((p) => p.id)).toEqual([reset?.id]);
    expect(merge).toMatchObject({ kind: 'before-step', label: `Before merging “${other?.title ?? ''}” into “${kept?.title ?? ''}”` });
    expect(s.store.points.read(s.workshop.id, merge?.id ?? '')).toEqual(beforeMerge);
  });

  it('keeps one automatically with the first change, then not again until five minutes of changes later', async () => {
    const s = await setUp(blankWorkshop('Auto points'));
    const first = await mustSend(s.host, s.workshop.id, { type: 'team/add', name: 'North' });
    const [auto] = await pointsOnceThere(s.store, s.workshop.id, 1);
    expect(auto).toMatchObject({ kind: 'auto', label: '', at: new Date(T0).toISOString() });
    expect(s.store.points.read(s.workshop.id, auto?.id ?? '')).toEqual(first);

    s.at(2);
    await mustSend(s.host, s.workshop.id, { type: 'team/add', name: 'South' });
    s.at(4.9);
    await mustSend(s.host, s.workshop.id, { type: 'team/add', name: 'East' });
    s.at(5);
    const fifth = await mustSend(s.host, s.workshop.id, { type: 'team/add', name: 'West' });
    const points = await pointsOnceThere(s.store, s.workshop.id, 2);
    expect(points.map((p) => [p.kind, p.at])).toEqual([
      ['auto', new Date(T0 + 5 * MINUTE).toISOString()],
      ['auto', new Date(T0).toISOString()],
    ]);
    expect(s.store.points.read(s.workshop.id, points[0]?.id ?? '')).toEqual(fifth);
  });
});

describe('going back to a restore point', () => {
  /** A workshop with one point of each kind: auto (North), before a step (Aftercare with 2 cards), before a restore. */
  async function withEveryKind() {
    const s = await setUp(blankWorkshop('Going back'));
    const north = await mustSend(s.host, s.workshop.id, { type: 'team/add', name: 'North' });
    s.at(1);
    let state = await mustSend(s.host, s.workshop.id, { type: 'stage/add', name: 'Aftercare' });
    const stageId = state.stages.find((stage) => stage.name === 'Aftercare')?.id ?? '';
    for (const title of ['Renewal letter', 'Exit survey']) {
      state = await mustSend(s.host, s.workshop.id, {
        type: 'touchpoint/add',
        teamId: state.teams[0]?.id ?? '',
        stageId,
        channelId: state.channels[0]?.id ?? '',
        title,
      });
    }
    const withAftercare = state;
    s.at(2);
    await mustSend(s.host, s.workshop.id, { type: 'stage/remove', stageId });
    const [step, auto] = await pointsOnceThere(s.store, s.workshop.id, 2);
    expect([auto?.kind, step?.kind]).toEqual(['auto', 'before-step']);
    expect(step?.label).toBe('Before removing the stage “Aftercare” and its 2 cards');
    s.at(3);
    const lastBeforeRestore = await mustSend(s.host, s.workshop.id, { type: 'team/add', name: 'South' });
    return { s, north, withAftercare, lastBeforeRestore, step: step as RestorePointInfo, auto: auto as RestorePointInfo };
  }

  it('brings back the workshop as it was at each kind of point, as one step the facilitator can undo and redo', async () => {
    const { s, north, withAftercare, lastBeforeRestore, step, auto } = await withEveryKind();
    const id = s.workshop.id;

    // Before a step: the stage and its cards are back, South (made later) is gone.
    s.at(4);
    const back = await s.host.restore(id, step.id, FROM_FACILITATOR);
    expect(back.ok).toBe(true);
    const restored = s.host.openWorkshop(id).state;
    expect(sameAs(restored)).toEqual(sameAs(withAftercare));
    expect(restored.touchpoints.map((t) => t.title)).toEqual(['Renewal letter', 'Exit survey']);
    expect(openStore(s.dataDir).load(id).workshop).toEqual(restored);

    // A point was kept just before: holding the workshop as it was before going back.
    const points = await pointsOnceThere(s.store, id, 3);
    const beforeRestore = points[0];
    expect(beforeRestore?.kind).toBe('before-restore');
    expect(beforeRestore?.label).toMatch(/^Before going back to .+/);
    expect(s.store.points.read(id, beforeRestore?.id ?? '')).toEqual(lastBeforeRestore);

    // One step: undo brings back what was there before the restore; redo goes back again.
    const undone = await s.host.undo(id, FROM_FACILITATOR);
    expect(undone.ok).toBe(true);
    expect(sameAs(s.host.openWorkshop(id).state)).toEqual(sameAs(lastBeforeRestore));
    expect(s.host.historyFlags(id, FACILITATOR).canRedo).toBe(true);
    expect((await s.host.redo(id, FROM_FACILITATOR)).ok).toBe(true);
    expect(sameAs(s.host.openWorkshop(id).state)).toEqual(sameAs(withAftercare));

    // The automatic point: North only.
    s.at(5);
    expect((await s.host.restore(id, auto.id, FROM_FACILITATOR)).ok).toBe(true);
    expect(sameAs(s.host.openWorkshop(id).state)).toEqual(sameAs(north));
    expect(s.host.openWorkshop(id).state.stages.map((stage) => stage.name)).not.toContain('Aftercare');

    // The point kept before the first restore: South is back.
    s.at(6);
    expect((await s.host.restore(id, beforeRestore?.id ?? '', FROM_FACILITATOR)).ok).toBe(true);
    expect(sameAs(s.host.openWorkshop(id).state)).toEqual(sameAs(lastBeforeRestore));
    expect((await s.host.undo(id, FROM_FACILITATOR)).ok).toBe(true);
    expect(sameAs(s.host.openWorkshop(id).state)).toEqual(sameAs(north));

    // Every restore kept a 'before-restore' point, and what the host holds is what the disk holds.
    const beforeRestores = () => s.store.points.list(id).filter((p) => p.kind === 'before-restore');
    await eventually('a point before each of the three restores', () => beforeRestores().length === 3);
    for (const point of beforeRestores()) expect(point.label).toMatch(/^Before going back to /);
    expect(openStore(s.dataDir).load(id).workshop).toEqual(s.host.openWorkshop(id).state);
  });

  it('refuses a point that is not kept, changing nothing', async () => {
    const { s, lastBeforeRestore } = await withEveryKind();
    expect(await s.host.restore(s.workshop.id, 'no-such-point', FROM_FACILITATOR)).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That restore point is no longer kept.' },
    });
    expect(s.host.openWorkshop(s.workshop.id).state).toEqual(lastBeforeRestore);
  });

  it('lists the points newest first with what changed since, for the facilitator only, over the request handler', async () => {
    const { s, step, auto } = await withEveryKind();
    const id = s.workshop.id;
    const handle = createRequestHandler(createHandlers({ host: s.host, pdf: fakePdf }), () => undefined);
    const facilitator: ApiClient = { id: 'facilitator-page', watch: () => undefined, session: { kind: 'facilitator' } };

    const listed = await handle('history/list', { workshopId: id }, facilitator);
    expect(listed).toEqual({
      ok: true,
      result: {
        points: [
          { id: step.id, kind: 'before-step', label: step.label, at: step.at, since: '2 cards removed, a stage removed, a team added' },
          { id: auto.id, kind: 'auto', label: '', at: auto.at, since: 'a team added' },
        ],
      },
    });

    // A team's page may neither see nor restore them; nothing changes.
    const teamId = s.host.openWorkshop(id).state.teams[0]?.id ?? '';
    const team: ApiClient = {
      id: 'team-page',
      watch: () => undefined,
      session: { kind: 'member', workshopId: id, teamId, participantId: 'person-1', deviceId: 'device-1', name: 'Ana' },
    };
    expect(await handle('history/list', { workshopId: id }, team)).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Only the facilitator can see the restore points.' },
    });
    const before = s.host.openWorkshop(id);
    expect(await handle('history/restore', { workshopId: id, pointId: step.id }, team)).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Only the facilitator can go back to a restore point.' },
    });
    expect(s.host.openWorkshop(id)).toEqual(before);

    // The facilitator's restore answers with the update, and it can be undone over the wire too.
    const restored = await handle('history/restore', { workshopId: id, pointId: step.id }, facilitator);
    expect(restored).toMatchObject({ ok: true, result: { workshopId: id, seq: before.seq + 1, history: { canUndo: true } } });
    expect(await handle('workshop/undo', { workshopId: id }, facilitator)).toMatchObject({ ok: true, result: { seq: before.seq + 2 } });
    expect(sameAs(s.host.openWorkshop(id).state)).toEqual(sameAs(before.state));
  });
});

describe('bringing back a workshop whose file was damaged', () => {
  it('lists it as a problem that can be recovered, brings it back from its newest point, and the problem is gone', async () => {
    const s = await setUp(blankWorkshop('Damaged room'), { autoPointEveryMs: 5 * MINUTE });
    const id = s.workshop.id;
    await mustSend(s.host, id, { type: 'team/add', name: 'North' });
    s.at(6);
    const newest = await mustSend(s.host, id, { type: 'team/add', name: 'South' });
    await pointsOnceThere(s.store, id, 2);
    await s.host.close();

    writeFileSync(workshopFile(s.dataDir, id), Buffer.from([0x7b, 0x00, 0xff, 0x13]));
    const store = openStore(s.dataDir);
    const host = hostOn(store);
    const handle = createRequestHandler(createHandlers({ host, pdf: fakePdf }), () => undefined);
    const client: ApiClient = { id: 'facilitator-page', watch: () => undefined, session: { kind: 'facilitator' } };

    const listing = await handle('library/list', {}, client);
    expect(listing).toMatchObject({ ok: true, result: { workshops: [], problems: [{ workshopId: id, canRecover: true }] } });
    const problem = listing.ok ? (listing.result as { problems: { message: string; movedTo: string }[] }).problems[0] : undefined;
    expect(problem?.message).toMatch(/could not be read: .*Its newest restore point is from .+: choose Bring back to start again from it\.$/);
    expect(readFileSync(problem?.movedTo ?? '')).toEqual(Buffer.from([0x7b, 0x00, 0xff, 0x13]));

    const recovered = await handle('library/recover', { workshopId: id }, client);
    expect(recovered).toMatchObject({ ok: true, result: { id, title: 'Damaged room', teamCount: 3 } });
    expect(await handle('library/list', {}, client)).toMatchObject({ ok: true, result: { workshops: [{ id }], problems: [] } });
    expect(host.openWorkshop(id).state).toEqual(newest);
    expect(openStore(s.dataDir).load(id).workshop).toEqual(newest);
    // The damaged file stays where it was moved; asking again is refused.
    expect(existsSync(problem?.movedTo ?? '')).toBe(true);
    expect(await handle('library/recover', { workshopId: id }, client)).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  // When a step is the first change, it brings both a point "before" it and the automatic point
  // after it. The one before is kept first, so the newest point is the workshop after the step, and
  // bringing a workshop back "from its newest point" does not undo the step.
  it('brings it back as it was after the last step, not before it, when that step was the first change', async () => {
    const s = await setUp(sample(), { autoPointEveryMs: 5 * MINUTE });
    const id = s.workshop.id;
    const signUp = s.workshop.stages.find((stage) => stage.name === 'Sign up');
    const after = await mustSend(s.host, id, { type: 'stage/remove', stageId: signUp?.id ?? '' });
    s.at(1);
    await pointsOnceThere(s.store, id, 2);
    await s.host.close();
    writeFileSync(workshopFile(s.dataDir, id), 'garbage');

    const host = hostOn(openStore(s.dataDir));
    host.listWorkshops();
    await host.recoverWorkshop(id);
    expect(host.openWorkshop(id).state.stages.map((stage) => stage.name)).toEqual(after.stages.map((stage) => stage.name));
  });

  it('refuses a workshop without restore points, saying why', async () => {
    const dataDir = tempDataDir();
    const store = openStore(dataDir);
    const workshop = blankWorkshop('No points');
    await store.create(workshop);
    writeFileSync(workshopFile(dataDir, workshop.id), 'garbage');
    const host = hostOn(openStore(dataDir));
    expect(host.listWorkshops().problems).toMatchObject([{ workshopId: workshop.id }]);
    expect(host.listWorkshops().problems[0]?.canRecover).toBeUndefined();
    await expect(host.recoverWorkshop(workshop.id)).rejects.toThrow('No restore point of that workshop is kept, so it cannot be brought back from one.');
  });

  // A damaged snapshot found by list() or load() takes its journal along to damaged/, and create()
  // (which recoverWorkshop uses) moves aside any journal still under that id rather than writing
  // over it: the changes journaled after the damaged snapshot are never deleted.
  it('keeps the journal of a damaged workshop next to its snapshot in damaged/, also when recovered', async () => {
    const s = await setUp(blankWorkshop('Journal kept'), { autoPointEveryMs: 5 * MINUTE });
    const id = s.workshop.id;
    await mustSend(s.host, id, { type: 'team/add', name: 'North' });
    await mustSend(s.host, id, { type: 'team/add', name: 'South' });
    await pointsOnceThere(s.store, id, 1);
    const journalBytes = readFileSync(journalFile(s.dataDir, id));
    writeFileSync(workshopFile(s.dataDir, id), 'garbage');

    const host = hostOn(openStore(s.dataDir));
    host.listWorkshops();
    await host.recoverWorkshop(id);
    // Somewhere in the data folder (damaged/, as load() does it) the journal's bytes are still kept.
    const everyFile = readdirSync(s.dataDir, { recursive: true, encoding: 'utf8' }).map((name) => join(s.dataDir, name));
    const copies = everyFile.filter((path) => statSync(path).isFile() && readFileSync(path).equals(journalBytes));
    expect(copies.map((path) => path.startsWith(join(s.dataDir, 'damaged')))).toEqual([true]);
  });
});
