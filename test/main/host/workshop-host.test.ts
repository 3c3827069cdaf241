// The single writer: every applied command is in the journal on disk before
// anyone hears of it, a refused command writes nothing, and undo/redo walk
// each seat's history — which a restart keeps.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ClientCommand } from '../../../shared/commands';
import { FACILITATOR } from '../../../shared/seat';
import { WorkshopHost, type DispatchOutcome, type HostEvent, type Origin } from '../../../main/host/workshop-host';
import { createWorkshopStore } from '../../../main/store/workshop-store';
import { faultyDisk } from '../store/faulty-disk';
import { blankWorkshop, hostOn, hostWithWorkshop, journalFile, openStore, tempDataDir } from '../support/temp-data';

const FROM_FACILITATOR: Origin = { seat: FACILITATOR };

/** What the facilitator sees after an outcome: the workshop, its number, and their undo and redo. */
function seen(host: WorkshopHost, workshopId: string, outcome: DispatchOutcome) {
  if (!outcome.ok) throw new Error(`Refused: ${outcome.error.message}`);
  return { state: outcome.update.after, seq: outcome.update.seq, ...host.historyFlags(workshopId, FACILITATOR) };
}

async function mustDispatch(host: WorkshopHost, workshopId: string, command: ClientCommand) {
  return seen(host, workshopId, await host.dispatch(workshopId, command, FROM_FACILITATOR));
}

/** The workshop as the host holds it now, with the facilitator's undo and redo. */
function current(host: WorkshopHost, workshopId: string) {
  return { ...host.openWorkshop(workshopId), ...host.historyFlags(workshopId, FACILITATOR) };
}

describe('WorkshopHost', () => {
  it('keeps every applied command: a fresh store reads the same workshop back', async () => {
    const { host, dataDir, workshop } = await hostWithWorkshop();
    await mustDispatch(host, workshop.id, { type: 'stage/add', name: 'Onboard' });
    const snapshot = await mustDispatch(host, workshop.id, { type: 'workshop/update', organisation: 'Brightline' });

    expect(openStore(dataDir).load(workshop.id).workshop).toEqual(snapshot.state);
    expect(snapshot.state.stages.at(-1)?.name).toBe('Onboard');
  });

  it('numbers applied commands and tells subscribers once the journal holds them', async () => {
    const { host, dataDir, workshop } = await hostWithWorkshop();
    const events: HostEvent[] = [];
    const onDisk: string[] = [];
    const unsubscribe = host.subscribe((event) => {
      events.push(event);
      onDisk.push(readFileSync(journalFile(dataDir, workshop.id), 'utf8'));
    });

    expect(host.openWorkshop(workshop.id).seq).toBe(0);
    const first = await mustDispatch(host, workshop.id, { type: 'phase/set', phase: 'map' });
    const second = await mustDispatch(host, workshop.id, { type: 'team/add', name: 'Team 2' });
    expect([first.seq, second.seq]).toEqual([1, 2]);

    const changes = events.flatMap((e) => (e.name === 'workshop/changes' ? [e.data] : []));
    expect(changes.map((update) => update.seq)).toEqual([1, 2]);
    expect(changes[1]?.after.teams.map((t) => t.name)).toEqual(['Team 1', 'Team 2']);
    // Each event names the records it changed, not the whole workshop.
    expect(changes[1]?.changes.records.teams?.map((c) => [c.before, c.after?.name])).toEqual([[null, 'Team 2']]);
    // The journal already held the change when the event went out.
    expect(onDisk[0]?.trim().split('\n').at(-1)).toContain('"phase":{"before":"frame","after":"map"}');
    // The library hears about changes it shows (phase, team count).
    expect(events.filter((e) => e.name === 'library/changed')).toHaveLength(2);

    unsubscribe();
    await mustDispatch(host, workshop.id, { type: 'stage/add', name: 'After' });
    expect(events.filter((e) => e.name === 'workshop/changes')).toHaveLength(2);
  });

  it('a refused command changes nothing, writes nothing and tells no one', async () => {
    const { host, dataDir, workshop } = await hostWithWorkshop();
    host.openWorkshop(workshop.id);
    const before = readFileSync(journalFile(dataDir, workshop.id));
    const events: HostEvent[] = [];
    host.subscribe((event) => events.push(event));

    const missing = await host.dispatch(workshop.id, { type: 'stage/rename', stageId: 'no-such-stage', name: 'X' }, FROM_FACILITATOR);
    const empty = await host.dispatch(workshop.id, { type: 'team/add', name: '   ' }, FROM_FACILITATOR);

    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(readFileSync(journalFile(dataDir, workshop.id))).toEqual(before);
    expect(events).toEqual([]);
    expect(current(host, workshop.id)).toMatchObject({ seq: 0, canUndo: false });
  });

  it('undoes and redoes several commands in order, keeping each step', async () => {
    const { host, dataDir, workshop } = await hostWithWorkshop();
    const original = host.openWorkshop(workshop.id).state;
    const added = await mustDispatch(host, workshop.id, { type: 'stage/add', name: 'Onboard' });
    const stageId = added.state.stages.at(-1)?.id ?? '';
    const renamed = await mustDispatch(host, workshop.id, { type: 'stage/rename', stageId, name: 'Welcome' });
    const moved = await mustDispatch(host, workshop.id, { type: 'stage/move', stageId, toIndex: 0 });
    expect(moved.state.stages[0]?.name).toBe('Welcome');

    const undo = async () => seen(host, workshop.id, await host.undo(workshop.id, FROM_FACILITATOR));
    const redo = async () => seen(host, workshop.id, await host.redo(workshop.id, FROM_FACILITATOR));

    expect((await undo()).state.stages).toEqual(renamed.state.stages);
    expect((await undo()).state.stages).toEqual(added.state.stages);
    const back = await undo();
    expect(back.state.stages).toEqual(original.stages);
    expect(back).toMatchObject({ canUndo: false, canRedo: true, seq: 6 });
    expect(openStore(dataDir).load(workshop.id).workshop.stages).toEqual(original.stages);
    expect(await host.undo(workshop.id, FROM_FACILITATOR)).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'There is nothing of yours to undo.' },
    });

    expect((await redo()).state.stages).toEqual(added.state.stages);
    expect((await redo()).state.stages).toEqual(renamed.state.stages);
    const forward = await redo();
    expect(forward.state.stages).toEqual(moved.state.stages);
    expect(forward).toMatchObject({ canUndo: true, canRedo: false });
    expect(openStore(dataDir).load(workshop.id).workshop.stages).toEqual(moved.state.stages);
  });

  it('forgets what could be redone once something new is done', async () => {
    const { host, workshop } = await hostWithWorkshop();
    await mustDispatch(host, workshop.id, { type: 'team/add', name: 'Team 2' });
    await host.undo(workshop.id, FROM_FACILITATOR);
    expect(current(host, workshop.id).canRedo).toBe(true);
    const after = await mustDispatch(host, workshop.id, { type: 'team/add', name: 'Team 3' });
    expect(after.canRedo).toBe(false);
    expect(await host.redo(workshop.id, FROM_FACILITATOR)).toMatchObject({ ok: false, error: { message: 'There is nothing of yours to redo.' } });
  });

  it("does not make a participant's vote the facilitator's undo step", async () => {
    const { host, workshop } = await hostWithWorkshop();
    const teamId = workshop.teams[0]?.id ?? '';
    const withPerson = await mustDispatch(host, workshop.id, { type: 'participant/add', name: 'Ana', teamId });
    const participantId = withPerson.state.participants[0]?.id ?? '';
    const withFix = await mustDispatch(host, workshop.id, {
      type: 'fix/add',
      teamId,
      title: 'Call back within a day',
      touchpointIds: [],
      pillarIds: [],
      impact: 4,
      effort: 2,
    });
    const fixId = withFix.state.fixes[0]?.id ?? '';
    const voted = await mustDispatch(host, workshop.id, { type: 'vote/set', participantId, fixId, dots: 2 });
    expect(voted.state.votes).toHaveLength(1);

    // Undo skips the vote, but its last step (the fix) cannot go while Ana's dots are on it.
    const refused = await host.undo(workshop.id, FROM_FACILITATOR);
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/Ana's dots on “Call back within a day” depends on it/) } });
    await mustDispatch(host, workshop.id, { type: 'vote/set', participantId, fixId, dots: 0 });
    const undone = seen(host, workshop.id, await host.undo(workshop.id, FROM_FACILITATOR));
    expect(undone.state.fixes).toEqual([]);
    expect(undone.state.participants).toHaveLength(1);
  });

  it('keeps at most the configured number of undo steps', async () => {
    const dataDir = tempDataDir();
    const store = openStore(dataDir);
    const workshop = blankWorkshop('Short memory');
    await store.create(workshop);
    const host = hostOn(store, { historyLimit: 3 });
    for (const name of ['A', 'B', 'C', 'D', 'E']) await mustDispatch(host, workshop.id, { type: 'team/add', name });
    for (let i = 0; i < 3; i += 1) expect((await host.undo(workshop.id, FROM_FACILITATOR)).ok).toBe(true);
    expect((await host.undo(workshop.id, FROM_FACILITATOR)).ok).toBe(false);
    expect(host.openWorkshop(workshop.id).state.teams.map((t) => t.name)).toEqual(['Team 1', 'A', 'B']);
  });

  it('keeps undo history, sequence and command numbers over a restart, before and after a snapshot', async () => {
    const dataDir = tempDataDir();
    const store = openStore(dataDir);
    const workshop = blankWorkshop('Remembered');
    await store.create(workshop);
    const first = new WorkshopHost({ store, snapshotEvery: 3, log: () => undefined });
    for (const name of ['A', 'B', 'C', 'D']) await mustDispatch(first, workshop.id, { type: 'team/add', name });
    const mutation = { clientId: 'page-1', n: 7 };
    await first.dispatch(workshop.id, { type: 'team/add', name: 'E' }, FROM_FACILITATOR, 'auto', mutation);
    await first.close();

    const again = hostOn(openStore(dataDir));
    expect(current(again, workshop.id)).toMatchObject({ seq: 5, canUndo: true });
    // The same command sent again after the restart is recognised.
    expect(await again.dispatch(workshop.id, { type: 'team/add', name: 'E' }, FROM_FACILITATOR, 'auto', mutation)).toMatchObject({
      ok: false,
      error: { code: 'duplicate' },
    });
    for (let i = 0; i < 5; i += 1) expect((await again.undo(workshop.id, FROM_FACILITATOR)).ok).toBe(true);
    expect(again.openWorkshop(workshop.id).state.teams.map((t) => t.name)).toEqual(['Team 1']);
  });

  it('refuses a command the disk will not keep, keeps the workshop as the disk has it, and carries on once it will', async () => {
    const dataDir = tempDataDir();
    const disk = faultyDisk();
    const store = createWorkshopStore({ dataDir, disk, report: () => undefined });
    const workshop = blankWorkshop('Nearly full disk');
    await store.create(workshop);
    const host = hostOn(store);
    const events: HostEvent[] = [];
    host.subscribe((event) => events.push(event));
    await mustDispatch(host, workshop.id, { type: 'team/add', name: 'Team 2' });
    events.length = 0;

    for (const fault of ['ENOSPC', 'EIO'] as const) {
      if (fault === 'ENOSPC') disk.failNext('append', 'ENOSPC');
      else disk.failNext('flush', 'EIO');
      const refused = await host.dispatch(workshop.id, { type: 'team/add', name: 'Team 3' }, FROM_FACILITATOR);
      expect(refused).toMatchObject({ ok: false, error: { code: 'storage' } });
      expect(current(host, workshop.id)).toMatchObject({ seq: 1 });
      expect(host.openWorkshop(workshop.id).state.teams.map((t) => t.name)).toEqual(['Team 1', 'Team 2']);
      expect(openStore(dataDir).load(workshop.id).workshop.teams).toHaveLength(2);
      expect(events).toEqual([]);
    }
    const full = await host.dispatch(workshop.id, { type: 'team/add', name: 'Team 3' }, FROM_FACILITATOR);
    expect(full.ok).toBe(true);
    expect(openStore(dataDir).load(workshop.id).workshop.teams.map((t) => t.name)).toEqual(['Team 1', 'Team 2', 'Team 3']);
  });

  it('keeps telling the other subscribers when one of them fails, and logs it', async () => {
    const dataDir = tempDataDir();
    const store = openStore(dataDir);
    const workshop = blankWorkshop('Busy room');
    await store.create(workshop);
    const logged: string[] = [];
    const host = hostOn(store, { log: (message) => logged.push(message) });
    const heard: number[] = [];
    host.subscribe(() => {
      throw new Error('broken client');
    });
    host.subscribe((event) => {
      if (event.name === 'workshop/changes') heard.push(event.data.seq);
    });

    await mustDispatch(host, workshop.id, { type: 'phase/set', phase: 'rate' });

    expect(heard).toEqual([1]);
    expect(logged.length).toBeGreaterThan(0);
  });
});
