// The journal of changes (main/store/journal.ts) on real files: what is
// appended and flushed reads back exactly; appends of one turn share one
// flush; a failed write or flush leaves nothing of the refused change. And
// through a real store: a last line cut short by a crash is dropped, said so
// (until dismissed, across restarts) and cut off so new changes follow good
// ones; an unreadable line in the middle leaves out the rest and says how
// many; a journal that replays to a broken workshop is set aside into
// damaged/ while the snapshot opens; and replaying changes the snapshot
// already holds (a crash between writing the snapshot and starting the new
// journal) changes nothing.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClientCommand } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { applyCommand } from '../../../shared/reducer';
import { FACILITATOR } from '../../../shared/seat';
import { nodeDisk, type Disk } from '../../../main/store/disk';
import { createWorkshopStore } from '../../../main/store/workshop-store';
import {
  emptyHeader,
  encodeLine,
  JournalWriter,
  parseJournal,
  replayJournal,
  type JournalEntry,
} from '../../../main/store/journal';
import type { WorkshopHost } from '../../../main/host/workshop-host';
import { faultyDisk } from './faulty-disk';
import { blankWorkshop, hostOn, journalFile, openStore, tempDataDir, workshopFile } from '../support/temp-data';

const decoder = new TextDecoder();

/** Entries as the host would journal them: each command applied to the workshop before it. */
function entriesFor(start: Workshop, commands: readonly ClientCommand[]): { entries: JournalEntry[]; states: Workshop[] } {
  let state = start;
  let ids = 0;
  const entries: JournalEntry[] = [];
  const states: Workshop[] = [];
  commands.forEach((command, i) => {
    const at = new Date(Date.UTC(2026, 10, 23, 9, 0, i + 1)).toISOString();
    const result = applyCommand(state, command, { now: () => at, newId: () => `made${String((ids += 1))}` });
    if (!result.ok) throw new Error(`Refused: ${result.error.message}`);
    state = result.state;
    states.push(state);
    entries.push({ seq: i + 1, at, seat: 'facilitator', step: 'new-step', mutation: { clientId: 'page-1', n: i + 1 }, changes: result.changes });
  });
  return { entries, states };
}

const TEAMS: readonly ClientCommand[] = [
  { type: 'team/add', name: 'North' },
  { type: 'team/add', name: 'South' },
  { type: 'workshop/update', organisation: 'Brightline' },
  { type: 'stage/add', name: 'Aftercare' },
];

/** A journal file holding only its header, as the store makes one. */
function freshJournal(dir: string): string {
  const path = join(dir, 'a.journal');
  writeFileSync(path, encodeLine(emptyHeader(0)));
  return path;
}

/** The disk, counting how often it is asked to make appends durable. */
function countingDisk(): Disk & { flushes: number } {
  const counted = {
    ...nodeDisk,
    flushes: 0,
    flush: (handle: number) => {
      counted.flushes += 1;
      return nodeDisk.flush(handle);
    },
  };
  return counted;
}

async function mustDispatch(host: WorkshopHost, workshopId: string, command: ClientCommand): Promise<Workshop> {
  const outcome = await host.dispatch(workshopId, command, { seat: FACILITATOR });
  if (!outcome.ok) throw new Error(`Refused: ${outcome.error.message}`);
  return outcome.update.after;
}

/** A saved workshop with `commands` applied through a real host; its journal holds them all. */
async function savedWithChanges(commands: readonly ClientCommand[]) {
  const dataDir = tempDataDir();
  const store = openStore(dataDir);
  const workshop = blankWorkshop('Kick-off');
  await store.create(workshop);
  const host = hostOn(store);
  const states: Workshop[] = [];
  for (const command of commands) states.push(await mustDispatch(host, workshop.id, command));
  const journal = journalFile(dataDir, workshop.id);
  return { dataDir, workshop, states, journal, lines: readFileSync(journal, 'utf8').split('\n').slice(0, -1) };
}

describe('JournalWriter', () => {
  it('gives back exactly the entries appended and flushed, after the header', async () => {
    const path = freshJournal(tempDataDir());
    const { entries } = entriesFor(blankWorkshop('Round trip'), TEAMS);
    const writer = new JournalWriter(nodeDisk, path);
    for (const entry of entries) {
      writer.append(encodeLine(entry));
      await writer.flush();
    }
    writer.close();

    const text = readFileSync(path, 'utf8');
    expect(parseJournal(text)).toEqual({ header: emptyHeader(0), entries });
    expect(writer.durableBytes).toBe(Buffer.byteLength(text));
  });

  it('makes appends of the same turn durable with one flush, and one made during a flush with the next', async () => {
    const path = freshJournal(tempDataDir());
    const { entries } = entriesFor(blankWorkshop('Shared flush'), TEAMS);
    const disk = countingDisk();
    const writer = new JournalWriter(disk, path);

    writer.append(encodeLine(entries[0] as JournalEntry));
    const first = writer.flush();
    writer.append(encodeLine(entries[1] as JournalEntry));
    const second = writer.flush();
    expect(second).toBe(first);
    await Promise.all([first, second]);
    expect(disk.flushes).toBe(1);

    writer.append(encodeLine(entries[2] as JournalEntry));
    await writer.flush();
    expect(disk.flushes).toBe(2);
    writer.close();
    expect(parseJournal(readFileSync(path, 'utf8'))?.entries).toEqual(entries.slice(0, 3));
  });

  it('keeps nothing of an append cut short by a full disk, and goes on appending after it', async () => {
    const path = freshJournal(tempDataDir());
    const { entries } = entriesFor(blankWorkshop('Short write'), TEAMS);
    const disk = faultyDisk();
    const writer = new JournalWriter(disk, path);
    writer.append(encodeLine(entries[0] as JournalEntry));
    await writer.flush();
    const good = readFileSync(path);

    disk.cutNextAppend();
    expect(() => writer.append(encodeLine(entries[1] as JournalEntry))).toThrow(expect.objectContaining({ code: 'ENOSPC' }));
    expect(readFileSync(path)).toEqual(good);

    writer.append(encodeLine(entries[1] as JournalEntry));
    await writer.flush();
    writer.close();
    expect(parseJournal(readFileSync(path, 'utf8'))).toEqual({ header: emptyHeader(0), entries: entries.slice(0, 2) });
  });

  it('cuts the file back to what was durable when a flush fails, and takes nothing more', async () => {
    const path = freshJournal(tempDataDir());
    const { entries } = entriesFor(blankWorkshop('Failed flush'), TEAMS);
    const disk = faultyDisk();
    const writer = new JournalWriter(disk, path);
    writer.append(encodeLine(entries[0] as JournalEntry));
    await writer.flush();
    const good = readFileSync(path);

    disk.failNext('flush', 'EIO');
    writer.append(encodeLine(entries[1] as JournalEntry));
    writer.append(encodeLine(entries[2] as JournalEntry));
    await expect(writer.flush()).rejects.toMatchObject({ code: 'EIO' });
    expect(readFileSync(path)).toEqual(good);
    expect(() => writer.append(encodeLine(entries[3] as JournalEntry))).toThrow(expect.objectContaining({ code: 'EIO' }));
    await expect(writer.flush()).rejects.toMatchObject({ code: 'EIO' });
    expect(readFileSync(path)).toEqual(good);
    writer.close();
  });
});

describe('parseJournal', () => {
  const { entries } = entriesFor(blankWorkshop('Parsing'), TEAMS);
  const header = emptyHeader(0);
  const whole = [header, ...entries].map((line) => decoder.decode(encodeLine(line))).join('');

  it('reads a whole journal with no problem', () => {
    expect(parseJournal(whole)).toEqual({ header, entries });
  });

  it('drops a last line cut short mid-JSON, and says the last change was only partly written', () => {
    const last = decoder.decode(encodeLine(entries[3] as JournalEntry));
    for (const cut of [1, Math.floor(last.length / 2), last.length - 1]) {
      const torn = whole.slice(0, whole.length - last.length + cut);
      expect(parseJournal(torn)).toEqual({
        header,
        entries: entries.slice(0, 3),
        problem: 'the last change before the app stopped was only partly written (a power cut or a crash), so it was left out',
      });
    }
  });

  it('leaves out an unreadable line in the middle and everything after it, saying how many', () => {
    const lines = whole.split('\n');
    lines[2] = '{"seq":2,"at":"2026-11-23T09:00:02.000Z","seat":"facil\u0000\u0000\u0000';
    expect(parseJournal(lines.join('\n'))).toEqual({
      header,
      entries: entries.slice(0, 1),
      problem: 'the change saved as number 2 in its journal could not be read, so it and the 2 after it were left out',
    });
  });

  it('cannot read a journal whose first line is not its header', () => {
    expect(parseJournal('')).toBeUndefined();
    expect(parseJournal('{"journal":1,"aft')).toBeUndefined();
    expect(parseJournal(whole.split('\n').slice(1).join('\n'))).toBeUndefined();
  });
});

describe('replayJournal', () => {
  const start = blankWorkshop('Replay');
  const { entries, states } = entriesFor(start, TEAMS);
  const text = (after: number, list: readonly JournalEntry[]) => [emptyHeader(after), ...list].map((l) => decoder.decode(encodeLine(l))).join('');

  it('brings the snapshot up to the last change', () => {
    const replayed = replayJournal(start, text(0, entries));
    expect(replayed.workshop).toEqual(states.at(-1));
    expect(replayed.seq).toBe(4);
    expect(replayed.problem).toBeUndefined();
  });

  it('skips what the header says the snapshot holds, and changes nothing replaying what it holds anyway', () => {
    // The snapshot taken after change 2, with the journal rotated properly: only 3 and 4 replay.
    expect(replayJournal(states[1] as Workshop, text(2, entries)).workshop).toEqual(states[3]);
    // The crash case: the snapshot after change 4 was renamed into place, the old journal
    // (header after 0, changes 1–4) was not yet replaced. Replaying them all changes nothing.
    const replayed = replayJournal(states[3] as Workshop, text(0, entries));
    expect(replayed.workshop).toEqual(states[3]);
    expect(replayed.seq).toBe(4);
    // And the same with the snapshot taken in the middle (after 2): still exactly change 4's workshop.
    expect(replayJournal(states[1] as Workshop, text(0, entries)).workshop).toEqual(states[3]);
  });
});

describe('a journal read by the store', () => {
  const COMMANDS: readonly ClientCommand[] = [
    { type: 'team/add', name: 'North' },
    { type: 'team/add', name: 'South' },
    { type: 'workshop/update', organisation: 'Brightline' },
    { type: 'stage/add', name: 'Aftercare' },
  ];

  it('drops a last line cut short, says so until dismissed (also after a restart), and new changes follow the good ones', async () => {
    const { dataDir, workshop, states, journal, lines } = await savedWithChanges(COMMANDS);
    // A power cut in the middle of writing change 4: its line is cut mid-JSON.
    const lastLine = lines.at(-1) ?? '';
    writeFileSync(journal, `${lines.slice(0, -1).join('\n')}\n${lastLine.slice(0, Math.floor(lastLine.length / 2))}`);

    const store = openStore(dataDir);
    const loaded = store.load(workshop.id);
    expect(loaded.workshop).toEqual(states[2]);
    expect(loaded.seq).toBe(3);
    // The journal now ends after change 3, whole.
    const rewritten = readFileSync(journal, 'utf8');
    expect(rewritten).toBe(`${lines.slice(0, -1).join('\n')}\n`);
    expect(parseJournal(rewritten)?.problem).toBeUndefined();

    const [notice] = store.list().problems;
    expect(store.list().problems).toHaveLength(1);
    expect(notice).toMatchObject({ workshopId: workshop.id, fileName: `${workshop.id}.journal` });
    expect(notice?.message).toBe(
      "'Kick-off' opened without part of what was saved: the last change before the app stopped was only partly written (a power cut or a crash), so it was left out. Everything before it is there.",
    );

    // A restart: still said, and the workshop carries on from change 3.
    const again = openStore(dataDir);
    expect(again.list().problems).toEqual([notice]);
    const host = hostOn(again);
    const next = await mustDispatch(host, workshop.id, { type: 'stage/add', name: 'Renewal' });
    expect(host.openWorkshop(workshop.id).seq).toBe(4);
    const reread = openStore(dataDir).load(workshop.id);
    expect(reread.workshop).toEqual(next);
    expect(reread.workshop.stages.map((s) => s.name)).toContain('Renewal');
    expect(reread.workshop.stages.map((s) => s.name)).not.toContain('Aftercare');
    expect(parseJournal(readFileSync(journal, 'utf8'))?.problem).toBeUndefined();

    // Dismissed: gone, also after the next restart.
    expect(openStore(dataDir).dismissProblem(notice?.id ?? '')).toBe(true);
    expect(openStore(dataDir).list().problems).toEqual([]);
  });

  it('leaves out an unreadable line in the middle and what follows, and says how many changes', async () => {
    const { dataDir, workshop, states, journal, lines } = await savedWithChanges(COMMANDS);
    const damaged = [...lines];
    damaged[2] = `${(damaged[2] ?? '').slice(0, 40)}#@!${(damaged[2] ?? '').slice(45)}`;
    writeFileSync(journal, `${damaged.join('\n')}\n`);

    const store = openStore(dataDir);
    expect(store.load(workshop.id).workshop).toEqual(states[0]);
    const problems = store.list().problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('the change saved as number 2 in its journal could not be read, so it and the 2 after it were left out');
    // Cut back to the good part, so the next change follows change 1.
    expect(readFileSync(journal, 'utf8')).toBe(`${lines.slice(0, 2).join('\n')}\n`);
  });

  it('sets aside a journal that replays to a broken workshop, keeps its bytes in damaged/, and opens the snapshot', async () => {
    const { dataDir, workshop, journal, lines } = await savedWithChanges(COMMANDS);
    // Change 2 now adds a team whose colour the schema does not allow.
    const broken = [...lines];
    broken[2] = (broken[2] ?? '').replace(/"color":"[^"]*"/, '"color":"not a colour"');
    expect(broken[2]).not.toBe(lines[2]);
    const bytes = `${broken.join('\n')}\n`;
    writeFileSync(journal, bytes);

    const store = openStore(dataDir);
    expect(store.load(workshop.id).workshop).toEqual(workshop);
    expect(existsSync(journal)).toBe(false);
    const moved = readdirSync(join(dataDir, 'damaged'));
    expect(moved).toHaveLength(1);
    expect(readFileSync(join(dataDir, 'damaged', moved[0] ?? ''), 'utf8')).toBe(bytes);
    const [notice] = store.list().problems;
    expect(notice?.message).toBe(
      `'Kick-off' opened as it was last saved in full: its journal of changes does not fit the workshop. The changes that could not be read were kept at ${join(dataDir, 'damaged', moved[0] ?? '')}.`,
    );
    // Still said after a restart; the workshop takes new changes on a new journal.
    const again = openStore(dataDir);
    expect(again.list().problems).toEqual([notice]);
    const next = await mustDispatch(hostOn(again), workshop.id, { type: 'team/add', name: 'East' });
    expect(openStore(dataDir).load(workshop.id).workshop).toEqual(next);
  });

  // A journal that cannot be read nor moved aside (here: damaged/ cannot be made on a full disk)
  // takes no change after its unreadable start: the next changes go to a journal that will read
  // back, and nothing acknowledged is set aside with the damaged part on the next open.
  it('keeps changes made after a journal that could not be set aside', async () => {
    const { dataDir, workshop, journal, lines } = await savedWithChanges(COMMANDS);
    writeFileSync(journal, `{"journal":1,"aft\n${lines.slice(1).join('\n')}\n`);

    const disk = faultyDisk();
    const store = createWorkshopStore({ dataDir, disk, report: () => undefined });
    disk.failNext('make-folder', 'ENOSPC');
    const host = hostOn(store, { autoPointEveryMs: Number.MAX_SAFE_INTEGER });
    const kept = await mustDispatch(host, workshop.id, { type: 'team/add', name: 'East' });
    expect(kept.teams.map((t) => t.name)).toEqual(['Team 1', 'East']);

    expect(openStore(dataDir).load(workshop.id).workshop).toEqual(kept);
  });

  it('opens a snapshot that already holds changes its old journal still lists exactly as it was (crash before rotation)', async () => {
    const { dataDir, workshop, states, journal } = await savedWithChanges(COMMANDS);
    // The snapshot rewritten after change 4 landed; the journal (header "after 0", changes 1–4) was not replaced.
    writeFileSync(workshopFile(dataDir, workshop.id), JSON.stringify(states[3]));
    expect(parseJournal(readFileSync(journal, 'utf8'))?.header.after).toBe(0);

    const store = openStore(dataDir);
    const loaded = store.load(workshop.id);
    expect(loaded.workshop).toEqual(states[3]);
    expect(loaded.seq).toBe(4);
    expect(store.list().problems).toEqual([]);
    // It carries on: undo of change 4 and a new change both land and are kept.
    const host = hostOn(store);
    expect((await host.undo(workshop.id, { seat: FACILITATOR })).ok).toBe(true);
    const next = await mustDispatch(host, workshop.id, { type: 'team/add', name: 'East' });
    expect(next.stages.map((s) => s.name)).not.toContain('Aftercare');
    expect(openStore(dataDir).load(workshop.id).workshop).toEqual(next);
  });
});
