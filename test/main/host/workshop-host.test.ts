// The single writer: every applied command is on disk before anyone hears of
// it, a refused command writes nothing, and undo/redo walk each seat's history.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ClientCommand } from '../../../shared/commands';
import { FACILITATOR } from '../../../shared/seat';
import { WorkshopHost, type DispatchOutcome, type HostEvent, type Origin } from '../../../main/host/workshop-host';
import type { JsonFileFactory } from '../../../main/store/json-file';
import { confJsonFiles } from '../../../main/store/conf-json-file';
import { createWorkshopStore } from '../../../main/store/workshop-store';
import { blankWorkshop, hostWithWorkshop, openStore, tempDataDir, workshopFile } from '../support/temp-data';

const FROM_FACILITATOR: Origin = { seat: FACILITATOR };

/** What the facilitator sees after an outcome: the workshop, its number, and their undo and redo. */
function seen(host: WorkshopHost, workshopId: string, outcome: DispatchOutcome) {
  if (!outcome.ok) throw new Error(`Refused: ${outcome.error.message}`);
  return { state: outcome.update.after, seq: outcome.update.seq, ...host.historyFlags(workshopId, FACILITATOR) };
}

function mustDispatch(host: WorkshopHost, workshopId: string, command: ClientCommand) {
  return seen(host, workshopId, host.dispatch(workshopId, command, FROM_FACILITATOR));
}

/** The workshop as the host holds it now, with the facilitator's undo and redo. */
function current(host: WorkshopHost, workshopId: string) {
  return { ...host.openWorkshop(workshopId), ...host.historyFlags(workshopId, FACILITATOR) };
}

describe('WorkshopHost', () => {
  it('saves every applied command: a fresh store reads the same workshop back', () => {
    const { host, dataDir, workshop } = hostWithWorkshop();
    mustDispatch(host, workshop.id, { type: 'stage/add', name: 'Onboard' });
    const snapshot = mustDispatch(host, workshop.id, { type: 'workshop/update', organisation: 'Brightline' });

    expect(openStore(dataDir).load(workshop.id)).toEqual(snapshot.state);
    expect(snapshot.state.stages.at(-1)?.name).toBe('Onboard');
  });

  it('numbers applied commands and tells subscribers after saving', () => {
    const { host, dataDir, workshop } = hostWithWorkshop();
    const events: HostEvent[] = [];
    const onDisk: string[] = [];
    const unsubscribe = host.subscribe((event) => {
      events.push(event);
      onDisk.push(readFileSync(workshopFile(dataDir, workshop.id), 'utf8'));
    });

    expect(host.openWorkshop(workshop.id).seq).toBe(0);
    const first = mustDispatch(host, workshop.id, { type: 'phase/set', phase: 'map' });
    const second = mustDispatch(host, workshop.id, { type: 'team/add', name: 'Team 2' });
    expect([first.seq, second.seq]).toEqual([1, 2]);

    const changes = events.flatMap((e) => (e.name === 'workshop/changes' ? [e.data] : []));
    expect(changes.map((update) => update.seq)).toEqual([1, 2]);
    expect(changes[1]?.after.teams.map((t) => t.name)).toEqual(['Team 1', 'Team 2']);
    // Each event names the records it changed, not the whole workshop.
    expect(changes[1]?.changes.records.teams?.map((c) => [c.before, c.after?.name])).toEqual([[null, 'Team 2']]);
    // The file already held the new state when the event went out.
    expect(JSON.parse(onDisk[0] ?? '{}')).toMatchObject({ phase: 'map' });
    // The library hears about changes it shows (phase, team count).
    expect(events.filter((e) => e.name === 'library/changed')).toHaveLength(2);

    unsubscribe();
    mustDispatch(host, workshop.id, { type: 'stage/add', name: 'After' });
    expect(events.filter((e) => e.name === 'workshop/changes')).toHaveLength(2);
  });

  it('a refused command changes nothing, writes nothing and tells no one', () => {
    const { host, dataDir, workshop } = hostWithWorkshop();
    host.openWorkshop(workshop.id);
    const before = readFileSync(workshopFile(dataDir, workshop.id));
    const events: HostEvent[] = [];
    host.subscribe((event) => events.push(event));

    const missing = host.dispatch(workshop.id, { type: 'stage/rename', stageId: 'no-such-stage', name: 'X' }, FROM_FACILITATOR);
    const empty = host.dispatch(workshop.id, { type: 'team/add', name: '   ' }, FROM_FACILITATOR);

    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(readFileSync(workshopFile(dataDir, workshop.id))).toEqual(before);
    expect(events).toEqual([]);
    expect(current(host, workshop.id)).toMatchObject({ seq: 0, canUndo: false });
  });

  it('undoes and redoes several commands in order, saving each step', () => {
    const { host, dataDir, workshop } = hostWithWorkshop();
    const original = host.openWorkshop(workshop.id).state;
    const added = mustDispatch(host, workshop.id, { type: 'stage/add', name: 'Onboard' });
    const stageId = added.state.stages.at(-1)?.id ?? '';
    const renamed = mustDispatch(host, workshop.id, { type: 'stage/rename', stageId, name: 'Welcome' });
    const moved = mustDispatch(host, workshop.id, { type: 'stage/move', stageId, toIndex: 0 });
    expect(moved.state.stages[0]?.name).toBe('Welcome');

    const undo = () => seen(host, workshop.id, host.undo(workshop.id, FROM_FACILITATOR));
    const redo = () => seen(host, workshop.id, host.redo(workshop.id, FROM_FACILITATOR));

    expect(undo().state.stages).toEqual(renamed.state.stages);
    expect(undo().state.stages).toEqual(added.state.stages);
    const back = undo();
    expect(back.state.stages).toEqual(original.stages);
    expect(back).toMatchObject({ canUndo: false, canRedo: true, seq: 6 });
    expect(openStore(dataDir).load(workshop.id).stages).toEqual(original.stages);
    expect(host.undo(workshop.id, FROM_FACILITATOR)).toEqual({ ok: false, error: { code: 'conflict', message: 'There is nothing of yours to undo.' } });

    expect(redo().state.stages).toEqual(added.state.stages);
    expect(redo().state.stages).toEqual(renamed.state.stages);
    const forward = redo();
    expect(forward.state.stages).toEqual(moved.state.stages);
    expect(forward).toMatchObject({ canUndo: true, canRedo: false });
    expect(openStore(dataDir).load(workshop.id).stages).toEqual(moved.state.stages);
  });

  it('forgets what could be redone once something new is done', () => {
    const { host, workshop } = hostWithWorkshop();
    mustDispatch(host, workshop.id, { type: 'team/add', name: 'Team 2' });
    host.undo(workshop.id, FROM_FACILITATOR);
    expect(current(host, workshop.id).canRedo).toBe(true);
    const after = mustDispatch(host, workshop.id, { type: 'team/add', name: 'Team 3' });
    expect(after.canRedo).toBe(false);
    expect(host.redo(workshop.id, FROM_FACILITATOR)).toMatchObject({ ok: false, error: { message: 'There is nothing of yours to redo.' } });
  });

  it("does not make a participant's vote the facilitator's undo step", () => {
    const { host, workshop } = hostWithWorkshop();
    const teamId = workshop.teams[0]?.id ?? '';
    const withPerson = mustDispatch(host, workshop.id, { type: 'participant/add', name: 'Ana', teamId });
    const participantId = withPerson.state.participants[0]?.id ?? '';
    const withFix = mustDispatch(host, workshop.id, {
      type: 'fix/add',
      teamId,
      title: 'Call back within a day',
      touchpointIds: [],
      pillarIds: [],
      impact: 4,
      effort: 2,
    });
    const fixId = withFix.state.fixes[0]?.id ?? '';
    const voted = mustDispatch(host, workshop.id, { type: 'vote/set', participantId, fixId, dots: 2 });
    expect(voted.state.votes).toHaveLength(1);

    // Undo skips the vote, but its last step (the fix) cannot go while Ana's dots are on it.
    const refused = host.undo(workshop.id, FROM_FACILITATOR);
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/Ana's dots on “Call back within a day” depends on it/) } });
    mustDispatch(host, workshop.id, { type: 'vote/set', participantId, fixId, dots: 0 });
    const undone = seen(host, workshop.id, host.undo(workshop.id, FROM_FACILITATOR));
    expect(undone.state.fixes).toEqual([]);
    expect(undone.state.participants).toHaveLength(1);
  });

  it('keeps at most the configured number of undo steps', () => {
    const dataDir = tempDataDir();
    const store = openStore(dataDir);
    const workshop = blankWorkshop('Short memory');
    store.save(workshop);
    const host = new WorkshopHost({ store, historyLimit: 3 });
    for (const name of ['A', 'B', 'C', 'D', 'E']) mustDispatch(host, workshop.id, { type: 'team/add', name });
    for (let i = 0; i < 3; i += 1) expect(host.undo(workshop.id, FROM_FACILITATOR).ok).toBe(true);
    expect(host.undo(workshop.id, FROM_FACILITATOR).ok).toBe(false);
    expect(host.openWorkshop(workshop.id).state.teams.map((t) => t.name)).toEqual(['Team 1', 'A', 'B']);
  });

  it('keeps the workshop as it is on disk when the disk refuses a save', () => {
    const dataDir = tempDataDir();
    let diskFull = false;
    const flakyFiles: JsonFileFactory = (dir, name) => {
      const file = confJsonFiles(dir, name);
      return {
        path: file.path,
        write(value) {
          if (diskFull) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          file.write(value);
        },
      };
    };
    const store = createWorkshopStore({ dataDir, jsonFiles: flakyFiles });
    const workshop = blankWorkshop('Nearly full disk');
    store.save(workshop);
    const host = new WorkshopHost({ store });
    const events: HostEvent[] = [];
    host.subscribe((event) => events.push(event));

    diskFull = true;
    expect(() => host.dispatch(workshop.id, { type: 'team/add', name: 'Team 2' }, FROM_FACILITATOR)).toThrow(/ENOSPC/);
    expect(current(host, workshop.id)).toMatchObject({ seq: 0, canUndo: false });
    expect(host.openWorkshop(workshop.id).state.teams).toHaveLength(1);
    expect(events).toEqual([]);

    diskFull = false;
    expect(mustDispatch(host, workshop.id, { type: 'team/add', name: 'Team 2' }).seq).toBe(1);
  });

  it('keeps telling the other subscribers when one of them fails, and logs it', () => {
    const dataDir = tempDataDir();
    const store = openStore(dataDir);
    const workshop = blankWorkshop('Busy room');
    store.save(workshop);
    const logged: string[] = [];
    const host = new WorkshopHost({ store, log: (message) => logged.push(message) });
    const heard: number[] = [];
    host.subscribe(() => {
      throw new Error('broken client');
    });
    host.subscribe((event) => {
      if (event.name === 'workshop/changes') heard.push(event.data.seq);
    });

    mustDispatch(host, workshop.id, { type: 'phase/set', phase: 'rate' });

    expect(heard).toEqual([1]);
    expect(logged.length).toBeGreaterThan(0);
  });
});
