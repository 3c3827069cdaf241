// People's own devices on the real server (loopback, real store in a temp
// folder): each person joins the room with the code on their own device —
// Zoë's and Ana's for Blue, Lukasz's and Iga's for Red — and a device gets its
// team's view of the workshop. It never receives another team's silent
// ratings, nor other teams' dots or the wall tallies of a round whose results
// are hidden — not in the open snapshot, not in an update's patch (event or
// dispatch reply), not in an export. A device casts dots only as its own
// person; a vote for anyone else, and what only the facilitator may do, is
// refused with a sentence, leaving the saved file byte for byte as it was.
//
// Each page here holds the workshop as the renderer does: the snapshot it
// opened with, then every patch applied in seq order. What a device holds
// must be exactly viewForTeam of the host's workshop at that seq; the host's
// workshops are recorded from its own events, not from the wire.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientCommand } from '../../../shared/commands';
import type { Rating, Tally, Vote, Workshop } from '../../../shared/model';
import { viewForTeam } from '../../../shared/selectors/team-view';
import type { ExportedFile, WorkshopSnapshot, WorkshopSummary, WorkshopUpdate } from '../../../shared/wire';
import type { PdfExporter } from '../../../main/api/handlers';
import { WorkshopHost } from '../../../main/host/workshop-host';
import type { RunningServer } from '../../../main/server/start-server';
import { readSavedWorkshop } from '../../../main/store/saved-workshop';
import { JOIN_FIRST } from '../../../shared/roles';
import { Page } from '../support/page';
import { guestIn, openRoom } from '../support/room-devices';
import { openStore, tickingClock } from '../support/temp-data';
import { joinRoom, startTestServer } from '../support/test-server';
import { TestClient, type Reply } from '../support/ws-client';

/** The workshops the PDF was made from, so a test can see what went into a team's PDF. */
const pdfInputs: Workshop[] = [];
const pdf: PdfExporter = {
  render: async (workshop) => {
    pdfInputs.push(workshop);
    return new TextEncoder().encode('%PDF-1.7 test');
  },
  fileName: () => 'plan.pdf',
};

let root: string;
let host: WorkshopHost;
let server: RunningServer;
const clients: TestClient[] = [];
/** The host's own workshop after each seq, per workshop, as its events told it (not the wire). */
const truth = new Map<string, Map<number, Workshop>>();

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'jr-team-test-'));
  host = new WorkshopHost({ store: openStore(join(root, 'data')), log: () => undefined, now: tickingClock() });
  host.subscribe((event) => {
    if (event.name !== 'workshop/changes') return;
    const { workshopId, seq, before, after } = event.data;
    let states = truth.get(workshopId);
    if (!states) {
      states = new Map();
      truth.set(workshopId, states);
    }
    if (!states.has(seq - 1)) states.set(seq - 1, before);
    states.set(seq, after);
  });
  server = await startTestServer({ host, pdf, staticDir: join(root, 'web') });
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await server.close();
  // The host finishes its writes before the folder goes.
  await host.close();
  rmSync(root, { recursive: true, force: true });
});

/** A page of the facilitator's (the facilitator key's cookie, on the desk address). */
async function connect(): Promise<TestClient> {
  const client = await TestClient.connect(server.url);
  clients.push(client);
  return client;
}

/** What is on disk for the workshop: its snapshot and its journal, byte for byte. */
function savedFile(workshopId: string): string {
  const base = join(root, 'data', 'workshops', workshopId);
  return `${readFileSync(`${base}.json`, 'utf8')}\n${readFileSync(`${base}.journal`, 'utf8')}`;
}

/** The workshop as it is saved: the snapshot with the journal replayed. */
function savedWorkshop(workshopId: string): unknown {
  const read = readSavedWorkshop(join(root, 'data', 'workshops', `${workshopId}.json`));
  if (!read.ok) throw new Error(read.message);
  return read.workshop;
}

/** The host's workshop at `seq`. */
function hostAt(workshopId: string, seq: number): Workshop {
  const state = seq === host.openWorkshop(workshopId).seq ? host.currentState(workshopId) : truth.get(workshopId)?.get(seq);
  if (!state) throw new Error(`The host's workshop at ${String(seq)} was not recorded.`);
  return state;
}

/** The update this page applied with this seq. */
function appliedAt(page: Page, seq: number): WorkshopUpdate {
  const update = page.applied.find((u) => u.seq === seq);
  if (!update) throw new Error(`The page has not applied update ${String(seq)}.`);
  return update;
}

const sorted = (items: readonly string[]) => [...items].sort();
const raters = (w: Workshop) => sorted(w.ratings.map((r) => r.teamId));
const voters = (w: Workshop) => sorted(w.votes.map((v) => v.participantId));

/**
 * What team `teamId` must not see in a workshop it was sent, written out from
 * the rule rather than from viewForTeam: other teams' ratings while ratings
 * are silent; while the open round's results are hidden, other teams' dots in
 * that round and its wall tallies.
 */
function leaks(state: Workshop, teamId: string): string[] {
  const found: string[] = [];
  if (!state.ratingsRevealed) {
    for (const r of state.ratings) if (r.teamId !== teamId) found.push(`rating by ${r.teamId}`);
  }
  if (state.voting.secret && !state.voting.revealed) {
    const round = state.voting.runoffs.length;
    const own = new Set(state.participants.filter((p) => p.teamId === teamId).map((p) => p.id));
    for (const v of state.votes) if (v.round === round && !own.has(v.participantId)) found.push(`dots of ${v.participantId}`);
    for (const t of state.tallies) if (t.round === round) found.push(`tally on ${t.fixId}`);
  }
  return found;
}

type Found =
  | { readonly kind: 'rating'; readonly record: Partial<Rating> & Pick<Rating, 'teamId' | 'touchpointId' | 'pillarId'> }
  | { readonly kind: 'vote'; readonly record: Partial<Vote> & Pick<Vote, 'participantId' | 'fixId' | 'round'> }
  | { readonly kind: 'tally'; readonly record: Partial<Tally> & Pick<Tally, 'fixId' | 'round'> };

/**
 * Every rating, vote or tally anywhere in a message — a whole record or only
 * its identity — found by its shape, wherever it sits; `deleted` says it sits
 * under a patch's `del`.
 */
function recordsIn(value: unknown, deleted: boolean, into: Array<Found & { deleted: boolean }>): void {
  if (Array.isArray(value)) {
    for (const item of value) recordsIn(item, deleted, into);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const o = value as Record<string, unknown>;
  const text = (key: string) => typeof o[key] === 'string';
  if (text('teamId') && text('touchpointId') && text('pillarId')) into.push({ kind: 'rating', record: o as Rating, deleted });
  else if (text('participantId') && text('fixId') && typeof o.round === 'number') into.push({ kind: 'vote', record: o as Vote, deleted });
  else if (text('fixId') && typeof o.round === 'number') into.push({ kind: 'tally', record: o as Tally, deleted });
  for (const [key, inner] of Object.entries(o)) recordsIn(inner, deleted || key === 'del', into);
}

/** Whether `found` is in `view`: the same record, or for an identity alone, a record with that identity. */
function seenIn(view: Workshop, found: Found): boolean {
  const same = <T extends object>(items: readonly T[], match: (item: T) => boolean) =>
    items.some((item) => match(item) && (Object.keys(found.record).length < Object.keys(item).length || isDeepStrictEqual({ ...item }, { ...found.record })));
  if (found.kind === 'rating') {
    const r = found.record;
    return same(view.ratings, (x) => x.teamId === r.teamId && x.touchpointId === r.touchpointId && x.pillarId === r.pillarId);
  }
  if (found.kind === 'vote') {
    const v = found.record;
    return same(view.votes, (x) => x.participantId === v.participantId && x.fixId === v.fixId && x.round === v.round);
  }
  const t = found.record;
  return same(view.tallies, (x) => x.fixId === t.fixId && x.round === t.round);
}

/**
 * Checks every message a team's page received, as text off the socket: a
 * snapshot is exactly the team's view of the host's workshop at its seq; an
 * update carries no rating, vote or tally outside the team's view after it,
 * and deletes only what the team could see before it; and what the page held
 * after each update is exactly the team's view at that seq. Gives how many
 * of those messages were sent while the host held something hidden from the
 * team, so a caller can tell the check was not empty.
 */
function checkTeamPage(page: Page, teamId: string): number {
  let redacted = 0;
  const { workshopId } = page;
  const checkPosition = (seq: number, label: string) => {
    const full = hostAt(workshopId, seq);
    if (leaks(full, teamId).length > 0) redacted += 1;
    return { full, label: `${label} at ${String(seq)}` };
  };
  for (const text of page.client.texts) {
    const message = JSON.parse(text) as { event?: string; data?: unknown; ok?: boolean; result?: unknown };
    const snapshots: WorkshopSnapshot[] = [];
    const updates: WorkshopUpdate[] = [];
    if (message.event === 'workshop/changes') updates.push(message.data as WorkshopUpdate);
    if (message.ok && typeof message.result === 'object' && message.result !== null) {
      const result = message.result as Record<string, unknown>;
      if (result.kind === 'snapshot') snapshots.push(result.snapshot as WorkshopSnapshot);
      else if (result.kind === 'updates') updates.push(...(result.updates as WorkshopUpdate[]));
      else if ('patch' in result) updates.push(result as unknown as WorkshopUpdate);
    }
    const found: Array<Found & { deleted: boolean }> = [];
    recordsIn(message, false, found);
    if (snapshots.length === 0 && updates.length === 0) {
      // Library listings, refusals, exports: no ratings, dots or tallies at all.
      expect(found, text.slice(0, 200)).toEqual([]);
      continue;
    }
    for (const snapshot of snapshots) {
      const { full, label } = checkPosition(snapshot.seq, 'snapshot');
      expect(leaks(snapshot.state, teamId), label).toEqual([]);
      expect(snapshot.state, label).toEqual(viewForTeam(full, teamId));
      for (const f of found) expect(seenIn(viewForTeam(full, teamId), f), `${label}: ${JSON.stringify(f)}`).toBe(true);
    }
    for (const update of updates) {
      const { full, label } = checkPosition(update.seq, 'update');
      const after = viewForTeam(full, teamId);
      const before = viewForTeam(hostAt(workshopId, update.seq - 1), teamId);
      const inUpdate: Array<Found & { deleted: boolean }> = [];
      recordsIn(update, false, inUpdate);
      for (const f of inUpdate) {
        expect(seenIn(f.deleted ? before : after, f), `${label}: ${JSON.stringify(f)}`).toBe(true);
      }
      expect(page.states.get(update.seq), label).toEqual(after);
    }
  }
  expect(page.problems).toEqual([]);
  return redacted;
}

interface Room {
  readonly facilitator: Page;
  readonly workshopId: string;
  readonly blue: string;
  readonly red: string;
  readonly card: string;
  readonly pillar: string;
  /** Blue: Zoë, Ana. Red: Lukasz, Iga. */
  readonly people: { readonly zoe: string; readonly ana: string; readonly lukasz: string; readonly iga: string };
  /** "Shorter form" and "Call back" from Blue, "Live chat" and "Track order" from Red. */
  readonly fixes: readonly [string, string, string, string];
  readonly seq: number;
}

/** Red's note on its rating: if it ever shows in a Blue page's messages before the reveal, a silent rating leaked. */
const RED_NOTE = 'Red thinks the form is far too long';

/**
 * Two teams, one card both rated (Blue 2, Red 4 with a note), four fixes, four
 * people; Zoë put 2 dots on Live chat and Lukasz 3 on Shorter form. Secret
 * vote, silent ratings, nothing revealed. Set up through the facilitator's
 * page, which holds the workshop from its patches alone.
 */
async function setUpRoom(options: { votes?: boolean } = {}): Promise<Room> {
  const client = await connect();
  const created = await client.request('library/create', { title: 'Broadband sign-up', template: 'blank' });
  const workshopId = (created.result as WorkshopSummary).id;
  const facilitator = await Page.on(client, workshopId);
  const step = (command: ClientCommand) => facilitator.must(command);
  const blue = facilitator.state.teams[0]?.id ?? '';
  await step({ type: 'team/rename', teamId: blue, name: 'Blue' });
  const red = (await step({ type: 'team/add', name: 'Red' })).patch.put?.teams?.[0]?.id ?? '';
  const w = facilitator.state;
  const card =
    (await step({ type: 'touchpoint/add', teamId: blue, stageId: w.stages[0]?.id ?? '', channelId: w.channels[0]?.id ?? '', title: 'Checkout page' }))
      .patch.put?.touchpoints?.[0]?.id ?? '';
  const pillar = w.framework.pillars[0]?.id ?? '';
  await step({ type: 'rating/set', teamId: blue, touchpointId: card, pillarId: pillar, score: 2 });
  await step({ type: 'rating/set', teamId: red, touchpointId: card, pillarId: pillar, score: 4, note: RED_NOTE });
  const fixes: string[] = [];
  for (const [teamId, title] of [[blue, 'Shorter form'], [blue, 'Call back'], [red, 'Live chat'], [red, 'Track order']] as const) {
    const added = await step({ type: 'fix/add', teamId, title, touchpointIds: [card], pillarIds: [], impact: 3, effort: 3 });
    fixes.push(added.patch.put?.fixes?.[0]?.id ?? '');
  }
  const people: string[] = [];
  for (const [teamId, name] of [[blue, 'Zoë'], [blue, 'Ana'], [red, 'Lukasz'], [red, 'Iga']] as const) {
    people.push((await step({ type: 'participant/add', name, teamId })).patch.put?.participants?.[0]?.id ?? '');
  }
  const [zoe = '', ana = '', lukasz = '', iga = ''] = people;
  const [f0 = '', f1 = '', f2 = '', f3 = ''] = fixes;
  if (options.votes ?? true) {
    await step({ type: 'vote/set', participantId: zoe, fixId: f2, dots: 2 });
    await step({ type: 'vote/set', participantId: lukasz, fixId: f0, dots: 3 });
  }
  expect(facilitator.state).toEqual(host.currentState(workshopId));
  return { facilitator, workshopId, blue, red, card, pillar, people: { zoe, ana, lukasz, iga }, fixes: [f0, f1, f2, f3], seq: facilitator.seq };
}

type Person = keyof Room['people'];

const NAMES: { readonly [P in Person]: string } = { zoe: 'Zoë', ana: 'Ana', lukasz: 'Lukasz', iga: 'Iga' };

function teamOf(room: Room, person: Person): string {
  return person === 'zoe' || person === 'ana' ? room.blue : room.red;
}

/**
 * The person's own device: it joins the room with the code, choosing its
 * name from the team's list, and opens the workshop on the room's address
 * with the credential it was given. Gives the page and the device's id.
 */
async function deviceOf(room: Room, person: Person): Promise<Page & { readonly deviceId: string }> {
  const { credential, session } = await joinRoom(server, room.workshopId, teamOf(room, person), NAMES[person]);
  expect(session.participantId).toBe(room.people[person]);
  const page = await Page.connect((await openRoom(server, room.workshopId)).url, room.workshopId, { credential });
  clients.push(page.client);
  return Object.assign(page, { deviceId: session.deviceId });
}

describe('what a person’s device receives', () => {
  it('before reveal: only its team’s ratings and dots, in the open snapshot, events and dispatch replies', async () => {
    const room = await setUpRoom();
    const { facilitator, workshopId } = room;
    const { zoe, lukasz, iga } = room.people;

    // The facilitator's pages: the whole workshop, as saved — from patches, and from a fresh snapshot.
    const saved: unknown = savedWorkshop(workshopId);
    expect(facilitator.state).toEqual(saved);
    const fresh = await Page.on(await connect(), workshopId);
    expect(fresh.state).toEqual(saved);
    expect(raters(fresh.state)).toEqual(sorted([room.blue, room.red]));
    expect(voters(fresh.state)).toEqual(sorted([zoe, lukasz]));

    // Zoë joins the room on her own device and opens the workshop there.
    const blue = await deviceOf(room, 'zoe');
    const opened = blue.snapshots[0];
    expect(blue.client.session).toMatchObject({ kind: 'member', workshopId, teamId: room.blue, participantId: zoe, name: 'Zoë' });
    expect(opened?.seq).toBe(room.seq);
    expect(opened?.state.ratings.map((r) => r.teamId)).toEqual([room.blue]);
    expect(opened?.state.votes.map((v) => v.participantId)).toEqual([zoe]);
    expect(leaks(blue.state, room.blue)).toEqual([]);
    expect(blue.state).toEqual(viewForTeam(host.currentState(workshopId), room.blue));
    // The facilitator did everything so far: Zoë has nothing of her own to undo.
    expect(opened?.history).toEqual({ canUndo: false, canRedo: false });

    // Lukasz votes on his device, for Red: Zoë hears that the workshop changed, and nothing of the dots.
    const red = await deviceOf(room, 'lukasz');
    const redUpdate = await red.must({ type: 'vote/set', participantId: lukasz, fixId: room.fixes[3], dots: 2 });
    expect(redUpdate.patch.put?.votes).toEqual([{ participantId: lukasz, fixId: room.fixes[3], dots: 2, round: 0 }]);
    expect(voters(red.state)).toEqual([lukasz, lukasz]);
    await blue.waitForSeq(redUpdate.seq);
    expect(appliedAt(blue, redUpdate.seq).patch).toEqual({ set: { updatedAt: host.currentState(workshopId).updatedAt } });
    expect(voters(blue.state)).toEqual([zoe]);

    // Zoë's own vote: the reply carries Blue's dots and nobody else's.
    const blueUpdate = await blue.must({ type: 'vote/set', participantId: zoe, fixId: room.fixes[3], dots: 1 });
    expect(blueUpdate.patch.put?.votes).toEqual([{ participantId: zoe, fixId: room.fixes[3], dots: 1, round: 0 }]);
    expect(blue.state.votes.map((v) => [v.participantId, v.dots]).sort()).toEqual([[zoe, 1], [zoe, 2]]);
    expect(leaks(blue.state, room.blue)).toEqual([]);
    await facilitator.waitForSeq(blueUpdate.seq);
    expect(facilitator.state.votes).toHaveLength(4);
    expect(facilitator.state).toEqual(host.currentState(workshopId));
    // Red hears of Blue's dots as nothing but a change of time, too.
    await red.waitForSeq(blueUpdate.seq);
    expect(appliedAt(red, blueUpdate.seq).patch.put).toBeUndefined();
    expect(appliedAt(red, blueUpdate.seq).patch.del).toBeUndefined();
    // Ana's device, Blue's other one, holds the same view: her teammate's dots, not Red's.
    const ana = await deviceOf(room, 'ana');
    expect(ana.state).toEqual(blue.state);
    expect(voters(ana.state)).toEqual([zoe, zoe]);

    // Not one byte of Red's silent rating or of Red's people's dots has reached Blue's page.
    expect(blue.client.texts.length).toBeGreaterThan(2);
    for (const text of blue.client.texts) {
      expect(text).not.toContain(RED_NOTE);
      expect(text).not.toContain(`"participantId":"${lukasz}"`);
      expect(text).not.toContain(`"participantId":"${iga}"`);
      expect(text).not.toMatch(new RegExp(`"teamId":"${room.red}","touchpointId"`));
    }

    // The facilitator reveals the vote, then the ratings: each arrives with the next update.
    const votesShown = await facilitator.must({ type: 'vote/reveal', revealed: true });
    await blue.waitForSeq(votesShown.seq);
    const hidden = host.currentState(workshopId).votes.filter((v) => v.participantId === lukasz);
    expect(appliedAt(blue, votesShown.seq).patch.put?.votes).toEqual(hidden);
    expect(blue.state.votes).toEqual(host.currentState(workshopId).votes);
    expect(blue.state.ratings.map((r) => r.teamId)).toEqual([room.blue]);
    const ratingsShown = await facilitator.must({ type: 'rating/reveal', revealed: true });
    await blue.waitForSeq(ratingsShown.seq);
    expect(appliedAt(blue, ratingsShown.seq).patch.put?.ratings).toEqual([expect.objectContaining({ teamId: room.red, score: 4, note: RED_NOTE })]);
    expect(blue.state).toEqual(host.currentState(workshopId));
    expect(blue.state).toEqual(facilitator.state);

    // Hidden again: the next update takes Red's dots away again.
    const hiddenAgain = await facilitator.must({ type: 'vote/reveal', revealed: false });
    await blue.waitForSeq(hiddenAgain.seq);
    expect(sorted((appliedAt(blue, hiddenAgain.seq).patch.del?.votes ?? []).map((v) => JSON.stringify(v)))).toEqual(
      sorted(hidden.map((v) => JSON.stringify({ participantId: v.participantId, fixId: v.fixId, round: v.round }))),
    );
    expect(voters(blue.state)).toEqual([zoe, zoe]);
    await red.waitForSeq(hiddenAgain.seq);
    await ana.waitForSeq(hiddenAgain.seq);
    expect(ana.state).toEqual(blue.state);

    expect(checkTeamPage(red, room.red)).toBeGreaterThan(0);
    expect(checkTeamPage(blue, room.blue)).toBeGreaterThan(0);
    expect(checkTeamPage(ana, room.blue)).toBeGreaterThan(0);
  });

  it('keeps the wall tallies of a hidden round away from people’s devices', async () => {
    const room = await setUpRoom({ votes: false });
    const { facilitator } = room;
    const blue = await deviceOf(room, 'zoe');
    await facilitator.must({ type: 'voting/configure', mode: 'tally', tallyVoters: 6 });
    const tallied = await facilitator.must({ type: 'vote/tally', fixId: room.fixes[2], dots: 7 });
    expect(tallied.patch.put?.tallies).toEqual([{ fixId: room.fixes[2], dots: 7, round: 0 }]);
    await blue.waitForSeq(tallied.seq);
    expect(appliedAt(blue, tallied.seq).patch.put?.tallies).toBeUndefined();
    expect(blue.state.tallies).toEqual([]);
    const shown = await facilitator.must({ type: 'vote/reveal', revealed: true });
    await blue.waitForSeq(shown.seq);
    expect(appliedAt(blue, shown.seq).patch.put?.tallies).toEqual([{ fixId: room.fixes[2], dots: 7, round: 0 }]);
    expect(blue.state.tallies).toEqual([{ fixId: room.fixes[2], dots: 7, round: 0 }]);
    expect(checkTeamPage(blue, room.blue)).toBeGreaterThan(0);
  });

  it('exports only what the device’s team may see', async () => {
    const room = await setUpRoom();
    const { facilitator, workshopId } = room;
    const blue = await deviceOf(room, 'zoe');

    const csv = await blue.client.request('export/file', { workshopId, kind: 'ratings-csv' });
    const text = Buffer.from((csv.result as ExportedFile).base64, 'base64').toString('utf8');
    expect(text).toContain('Blue');
    expect(text).not.toContain('Red');
    expect(text).not.toContain(RED_NOTE);

    pdfInputs.length = 0;
    expect(await blue.client.request('export/pdf', { workshopId, paper: 'a4' })).toMatchObject({ ok: true });
    expect(pdfInputs[0]?.ratings.map((r) => r.teamId)).toEqual([room.blue]);
    expect(pdfInputs[0]?.votes.map((v) => v.participantId)).toEqual([room.people.zoe]);
    expect(pdfInputs[0]).toEqual(viewForTeam(host.currentState(workshopId), room.blue));

    // The facilitator's export is the whole workshop, as before.
    await facilitator.client.request('export/pdf', { workshopId, paper: 'a4' });
    expect(pdfInputs[1]?.ratings).toHaveLength(2);
    expect(pdfInputs[1]).toEqual(host.currentState(workshopId));
  });
});

describe('what a person’s device may not do', () => {
  it('is refused with a sentence, and the saved file and the lobby stay as they were', async () => {
    const room = await setUpRoom();
    const { facilitator, workshopId } = room;
    const blue = await deviceOf(room, 'zoe');
    // Ana's device: Blue's other device, which must not hear of anything either.
    const watcher = await deviceOf(room, 'ana');
    const before = savedFile(workshopId);
    const lobby = server.room.status();
    const seq = host.openWorkshop(workshopId).seq;
    const dispatch = (command: ClientCommand) => blue.dispatch(command);
    const { code } = await openRoom(server, workshopId);
    const zoesDotsOnly = "This device is Zoë's, so it can only place Zoë's dots.";

    const cases: Array<[string, () => Promise<Reply>, string, string | RegExp]> = [
      ['reveal the vote', () => dispatch({ type: 'vote/reveal', revealed: true }), 'forbidden', 'Only the facilitator can reveal the results.'],
      ['reveal the ratings', () => dispatch({ type: 'rating/reveal', revealed: true }), 'forbidden', 'Only the facilitator can reveal the ratings.'],
      ['configure the vote', () => dispatch({ type: 'voting/configure', secret: false }), 'forbidden', 'Only the facilitator can change the rules of the vote.'],
      [
        'start a runoff',
        () => dispatch({ type: 'vote/runoff', fixIds: [room.fixes[0], room.fixes[2]], budget: 2, maxPerFix: 1 }),
        'forbidden',
        'Only the facilitator can start or cancel a runoff.',
      ],
      ['vote for a teammate', () => dispatch({ type: 'vote/set', participantId: room.people.ana, fixId: room.fixes[2], dots: 1 }), 'forbidden', zoesDotsOnly],
      [
        "vote for another team's person",
        () => dispatch({ type: 'vote/set', participantId: room.people.lukasz, fixId: room.fixes[1], dots: 1 }),
        'forbidden',
        zoesDotsOnly,
      ],
      ["take a teammate's dots away", () => dispatch({ type: 'vote/set', participantId: room.people.ana, fixId: room.fixes[2], dots: 0 }), 'forbidden', zoesDotsOnly],
      ["cast another team's ballot", () => dispatch({ type: 'ballot/cast', participantId: room.people.iga, dots: { [room.fixes[0]]: 1 } }), 'forbidden', zoesDotsOnly],
      ["empty another person's ballot", () => dispatch({ type: 'ballot/cast', participantId: room.people.lukasz, dots: {} }), 'forbidden', zoesDotsOnly],
      [
        'rate as another team',
        () => dispatch({ type: 'rating/set', teamId: room.red, touchpointId: room.card, pillarId: room.pillar, score: 1 }),
        'forbidden',
        'Your team can only change its own ratings.',
      ],
      ["edit another team's fix", () => dispatch({ type: 'fix/update', fixId: room.fixes[2], title: 'Chat' }), 'forbidden', 'Your team can only change its own fixes.'],
      [
        'add someone to the list',
        () => dispatch({ type: 'participant/add', name: 'Bartek', teamId: room.blue }),
        'forbidden',
        "People are added from the team's shared page or by the facilitator, not from one person's own device.",
      ],
      ['merge fixes', () => dispatch({ type: 'fix/merge', fixId: room.fixes[0], otherFixId: room.fixes[1] }), 'forbidden', 'Only the facilitator can merge fixes.'],
      ['add a stage', () => dispatch({ type: 'stage/add', name: 'Aftercare' }), 'forbidden', 'Only the facilitator can change the stages and channels.'],
      // Undo and redo are a person's own: with nothing of her own done, Zoë has nothing to undo.
      ['undo the facilitator’s work', () => blue.undo(), 'conflict', 'There is nothing of yours to undo.'],
      ['redo', () => blue.redo(), 'conflict', 'There is nothing of yours to redo.'],
      ['delete the workshop', () => blue.client.request('library/delete', { workshopId }), 'forbidden', 'Only the facilitator can delete the workshop.'],
      ['rename the workshop', () => blue.client.request('library/rename', { workshopId, title: 'Mine now' }), 'forbidden', 'Only the facilitator can rename the workshop.'],
      [
        'export the whole workshop',
        () => blue.client.request('export/file', { workshopId, kind: 'workshop-json' }),
        'forbidden',
        'Only the facilitator can export the whole workshop.',
      ],
      ['look at the lobby', () => blue.client.request('room/status', {}), 'forbidden', 'Only the facilitator runs the room.'],
      ["take Ana's device out of the room", () => blue.client.request('room/device-remove', { deviceId: watcher.deviceId }), 'forbidden', 'Only the facilitator runs the room.'],
      ['move itself to Red', () => blue.client.request('room/device-move', { deviceId: blue.deviceId, teamId: room.red }), 'forbidden', 'Only the facilitator runs the room.'],
      ['close the room', () => blue.client.request('room/close', {}), 'forbidden', 'Only the facilitator runs the room.'],
      // Seated as Zoë of Blue, the page cannot join again as someone of another team.
      ['join again as Red', () => blue.client.request('room/join', { code, teamId: room.red, name: 'Iga' }), 'forbidden', 'This device has already joined the room.'],
      ['look at the teams to join', () => blue.client.request('room/preview', { code }), 'forbidden', 'This device has already joined the room.'],
      [
        'open the workshop with the old "as"',
        () => blue.client.request('workshop/open', { workshopId, as: { teamId: room.red } }),
        'bad-request',
        /^That request was not understood: /,
      ],
    ];

    for (const [label, send, errorCode, message] of cases) {
      const reply = await send();
      expect(reply, label).toMatchObject({ ok: false, error: { code: errorCode } });
      if (typeof message === 'string') expect(reply.error?.message, label).toBe(message);
      else expect(reply.error?.message, label).toMatch(message);
      expect(savedFile(workshopId), label).toEqual(before);
    }
    expect(host.openWorkshop(workshopId).seq).toBe(seq);
    expect(server.room.status()).toEqual(lobby);
    expect(blue.client.session).toMatchObject({ kind: 'member', teamId: room.blue, participantId: room.people.zoe });
    // Nobody heard of a change: not the device that asked, not Blue's other device, not the facilitator.
    await watcher.client.request('library/list', {});
    await facilitator.client.request('library/list', {});
    for (const page of [blue, watcher, facilitator]) {
      expect(page.client.events.filter((e) => e.event === 'workshop/changes' && (e.data as WorkshopUpdate).seq > room.seq)).toEqual([]);
    }

    // The same device may still do what a person does — vote as Zoë — and the facilitator may still reveal.
    expect(await dispatch({ type: 'vote/set', participantId: room.people.zoe, fixId: room.fixes[3], dots: 1 })).toMatchObject({ ok: true });
    expect(await facilitator.dispatch({ type: 'vote/reveal', revealed: true })).toMatchObject({ ok: true });
    await watcher.waitForSeq(seq + 2);
    // The vote is revealed now, the ratings are still silent.
    expect(blue.state).toEqual(viewForTeam(host.currentState(workshopId), room.blue));
    expect(blue.state.ratings.map((r) => r.teamId)).toEqual([room.blue]);
    expect(watcher.state).toEqual(blue.state);
    checkTeamPage(blue, room.blue);
    checkTeamPage(watcher, room.blue);
  });

  it('stays in the workshop its room is for', async () => {
    const other = await setUpRoom({ votes: false });
    const room = await setUpRoom({ votes: false });
    const blue = await deviceOf(room, 'zoe');
    const before = savedFile(other.workshopId);
    const elsewhere = 'This device joined the room for another workshop; it can open only that one.';
    expect(await blue.client.request('workshop/open', { workshopId: other.workshopId })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: elsewhere },
    });
    expect(
      await blue.client.request('workshop/dispatch', {
        workshopId: other.workshopId,
        command: { type: 'touchpoint/remove', touchpointId: other.card },
        mutation: blue.nextMutation(),
      }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden', message: elsewhere } });
    expect(await blue.client.request('workshop/undo', { workshopId: other.workshopId })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: elsewhere },
    });
    expect(await blue.client.request('export/pdf', { workshopId: other.workshopId, paper: 'a4' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: elsewhere },
    });
    expect(savedFile(other.workshopId)).toEqual(before);
    // The library shows the room's workshop alone: the others' titles are none of the room's business.
    const listing = await blue.client.request('library/list', {});
    expect(listing).toMatchObject({ ok: true });
    expect((listing.result as { workshops: WorkshopSummary[] }).workshops.map((w) => w.id)).toEqual([room.workshopId]);
    // Changes to the other workshop never reach this device.
    await other.facilitator.must({ type: 'stage/add', name: 'Aftercare' });
    await blue.client.request('library/list', {});
    expect(blue.client.events.filter((e) => e.event === 'workshop/changes')).toEqual([]);
  });

  it('cannot join a team that is not in the workshop; nobody is added and the page stays a guest', async () => {
    const room = await setUpRoom({ votes: false });
    const stranger = await guestIn(server, room.workshopId);
    clients.push(stranger);
    const { code } = await openRoom(server, room.workshopId);
    const before = savedFile(room.workshopId);
    const lobby = server.room.status();
    expect(await stranger.request('room/join', { code, teamId: 'no-such-team', name: 'Bartek' })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'That team is no longer in the workshop. Choose another.' },
    });
    // Nor as a person of another team's list.
    expect(await stranger.request('room/join', { code, teamId: room.blue, name: 'Iga', participantId: room.people.iga })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'That person is not on the list of Blue. Choose your name again.' },
    });
    expect(savedFile(room.workshopId)).toEqual(before);
    expect(server.room.status()).toEqual(lobby);
    expect(stranger.session).toEqual({ kind: 'guest' });
    await room.facilitator.must({ type: 'stage/add', name: 'Aftercare' });
    // A reply on the same connection comes after any event sent to it before.
    await stranger.request('room/preview', { code });
    expect(stranger.events.filter((e) => e.event === 'workshop/changes')).toEqual([]);
    // Not seated: the workshop stays closed to it.
    expect(await stranger.request('workshop/open', { workshopId: room.workshopId })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: JOIN_FIRST },
    });
  });
});

type Who = 'zoe' | 'ana' | 'lukasz' | 'facilitator';
type DeviceOwner = Exclude<Who, 'facilitator'>;

type Step =
  | { readonly kind: 'vote'; readonly who: Who; readonly person: 0 | 1 | 2 | 3; readonly fix: 0 | 1 | 2 | 3; readonly dots: number }
  | { readonly kind: 'rate'; readonly who: DeviceOwner; readonly score: number }
  | { readonly kind: 'reveal-votes' | 'reveal-ratings'; readonly revealed: boolean }
  | { readonly kind: 'runoff' }
  | { readonly kind: 'undo'; readonly who: Who };

const whoArb = fc.constantFrom<Who>('zoe', 'ana', 'lukasz', 'facilitator');
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('vote' as const), who: whoArb, person: fc.constantFrom(0, 1, 2, 3) as fc.Arbitrary<0 | 1 | 2 | 3>, fix: fc.constantFrom(0, 1, 2, 3) as fc.Arbitrary<0 | 1 | 2 | 3>, dots: fc.integer({ min: 0, max: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rate' as const), who: fc.constantFrom<DeviceOwner>('zoe', 'ana', 'lukasz'), score: fc.integer({ min: 1, max: 5 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('reveal-votes' as const, 'reveal-ratings' as const), revealed: fc.boolean() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'runoff' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('undo' as const), who: whoArb }) },
);

describe('a room voting at random', () => {
  it('never sends a device anything its team may not see, and takes each device’s dots only for its own person', async () => {
    let redactedMessages = 0;
    let refusedForOthers = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 20 }), async (steps) => {
        const room = await setUpRoom();
        const { facilitator, workshopId } = room;
        const pages = {
          zoe: await deviceOf(room, 'zoe'),
          ana: await deviceOf(room, 'ana'),
          lukasz: await deviceOf(room, 'lukasz'),
          facilitator,
        };
        const people = [room.people.zoe, room.people.ana, room.people.lukasz, room.people.iga];

        for (const step of steps) {
          if (step.kind === 'vote') {
            const participantId = people[step.person] ?? '';
            const command: ClientCommand = { type: 'vote/set', participantId, fixId: room.fixes[step.fix], dots: step.dots };
            const before = host.openWorkshop(workshopId).seq;
            const reply = await pages[step.who].dispatch(command);
            if (step.who !== 'facilitator' && participantId !== room.people[step.who]) {
              // A device votes as its own person only: someone else's dots, teammate or not, are refused and nothing changes.
              expect(reply.error?.code).toBe('forbidden');
              expect(host.openWorkshop(workshopId).seq).toBe(before);
              refusedForOthers += 1;
            }
          } else if (step.kind === 'rate') {
            const reply = await pages[step.who].dispatch({
              type: 'rating/set', teamId: teamOf(room, step.who), touchpointId: room.card, pillarId: room.pillar, score: step.score,
            });
            expect(reply.ok).toBe(true);
          } else if (step.kind === 'runoff') {
            await facilitator.dispatch({ type: 'vote/runoff', fixIds: [room.fixes[0], room.fixes[2]], budget: 2, maxPerFix: 2 });
          } else if (step.kind === 'undo') {
            const reply = await pages[step.who].undo();
            // Each seat undoes its own changes, or is told why not.
            if (!reply.ok) expect(reply.error?.code).toBe('conflict');
          } else {
            const type = step.kind === 'reveal-votes' ? 'vote/reveal' : 'rating/reveal';
            await facilitator.dispatch({ type, revealed: step.revealed });
          }
        }

        // Every page has heard of the last change, and holds its seat's view of the host's workshop.
        const last = host.openWorkshop(workshopId).seq;
        const now = host.currentState(workshopId);
        for (const page of Object.values(pages)) await page.waitForSeq(last);
        expect(facilitator.state).toEqual(now);
        expect(facilitator.state).toEqual(savedWorkshop(workshopId));
        expect(facilitator.problems).toEqual([]);
        for (const who of ['zoe', 'ana', 'lukasz'] as const) {
          expect(pages[who].state).toEqual(viewForTeam(now, teamOf(room, who)));
          redactedMessages += checkTeamPage(pages[who], teamOf(room, who));
        }
        await Promise.all([pages.zoe.close(), pages.ana.close(), pages.lukasz.close(), facilitator.close()]);
      }),
      { numRuns: 12 },
    );
    // The rooms did hide something, and did refuse someone: the property is not true merely because nothing was tried.
    expect(redactedMessages).toBeGreaterThan(0);
    expect(refusedForOthers).toBeGreaterThan(0);
  });
});
