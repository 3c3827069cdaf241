// Team pages on the real server (loopback, real store in a temp folder): a
// page that opened a workshop as a team never receives another team's silent
// ratings, nor other teams' dots or the wall tallies of a round whose results
// are hidden — not in the open reply, not in a broadcast, not in a dispatch
// reply, not in an export — and what only the facilitator may do is refused
// with a sentence, leaving the saved file byte for byte as it was.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientCommand } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { viewForTeam } from '../../../shared/selectors/team-view';
import type { ExportedFile, WorkshopSnapshot, WorkshopSummary } from '../../../shared/wire';
import type { PdfExporter } from '../../../main/api/handlers';
import { WorkshopHost } from '../../../main/host/workshop-host';
import { startServer, type RunningServer } from '../../../main/server/start-server';
import { openStore } from '../support/temp-data';
import { TestClient, type EventMessage, type Reply } from '../support/ws-client';

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
let server: RunningServer;
const clients: TestClient[] = [];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'jr-team-test-'));
  const host = new WorkshopHost({ store: openStore(join(root, 'data')), log: () => undefined });
  server = await startServer({ host, pdf, staticDir: join(root, 'web'), port: 0, log: () => undefined });
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

async function connect(): Promise<TestClient> {
  const client = await TestClient.connect(server.url);
  clients.push(client);
  return client;
}

function savedFile(workshopId: string): string {
  return join(root, 'data', 'workshops', `${workshopId}.json`);
}

function snapshotOf(reply: Reply, label = 'reply'): WorkshopSnapshot {
  if (!reply.ok) throw new Error(`${label} was refused: ${reply.error?.message ?? ''}`);
  return reply.result as WorkshopSnapshot;
}

function dispatch(client: TestClient, workshopId: string, command: ClientCommand): Promise<Reply> {
  return client.request('workshop/dispatch', { workshopId, command });
}

function isChange(m: unknown): m is EventMessage & { data: WorkshopSnapshot } {
  return typeof m === 'object' && m !== null && 'event' in m && m.event === 'workshop/changed';
}

/** The broadcast with this sequence number, once it has arrived. */
async function changeWithSeq(client: TestClient, seq: number): Promise<WorkshopSnapshot> {
  const event = await client.waitFor((m): m is EventMessage => isChange(m) && m.data.seq === seq);
  return event.data as WorkshopSnapshot;
}

/** Every workshop a client was sent: open, dispatch and undo replies, and broadcasts. */
function snapshotsReceived(client: TestClient): WorkshopSnapshot[] {
  return client.received.flatMap((m) => {
    if (isChange(m)) return [m.data];
    if ('ok' in m && m.ok && typeof m.result === 'object' && m.result !== null && 'state' in m.result) {
      return [m.result as WorkshopSnapshot];
    }
    return [];
  });
}

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

interface Room {
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

/**
 * Two teams, one card both rated (Blue 2, Red 4), four fixes, four people;
 * Zoë put 2 dots on Live chat and Lukasz 3 on Shorter form. Secret vote,
 * silent ratings, nothing revealed.
 */
async function setUpRoom(facilitator: TestClient, options: { votes?: boolean } = {}): Promise<Room> {
  const created = await facilitator.request('library/create', { title: 'Broadband sign-up', template: 'blank' });
  const workshopId = (created.result as WorkshopSummary).id;
  let w = snapshotOf(await facilitator.request('workshop/open', { workshopId })).state;
  const step = async (command: ClientCommand) => {
    w = snapshotOf(await dispatch(facilitator, workshopId, command), command.type).state;
  };
  const blue = w.teams[0]?.id ?? '';
  await step({ type: 'team/rename', teamId: blue, name: 'Blue' });
  await step({ type: 'team/add', name: 'Red' });
  const red = w.teams[1]?.id ?? '';
  await step({ type: 'touchpoint/add', teamId: blue, stageId: w.stages[0]?.id ?? '', channelId: w.channels[0]?.id ?? '', title: 'Checkout page' });
  const card = w.touchpoints[0]?.id ?? '';
  const pillar = w.framework.pillars[0]?.id ?? '';
  await step({ type: 'rating/set', teamId: blue, touchpointId: card, pillarId: pillar, score: 2 });
  await step({ type: 'rating/set', teamId: red, touchpointId: card, pillarId: pillar, score: 4 });
  for (const [teamId, title] of [[blue, 'Shorter form'], [blue, 'Call back'], [red, 'Live chat'], [red, 'Track order']] as const) {
    await step({ type: 'fix/add', teamId, title, touchpointIds: [card], pillarIds: [], impact: 3, effort: 3 });
  }
  for (const [teamId, name] of [[blue, 'Zoë'], [blue, 'Ana'], [red, 'Lukasz'], [red, 'Iga']] as const) {
    await step({ type: 'participant/add', name, teamId });
  }
  const [zoe, ana, lukasz, iga] = w.participants.map((p) => p.id);
  const fixes = w.fixes.map((f) => f.id) as [string, string, string, string];
  if (options.votes ?? true) {
    await step({ type: 'vote/set', participantId: zoe ?? '', fixId: fixes[2], dots: 2 });
    await step({ type: 'vote/set', participantId: lukasz ?? '', fixId: fixes[0], dots: 3 });
  }
  const seq = snapshotOf(await facilitator.request('workshop/open', { workshopId })).seq;
  return { workshopId, blue, red, card, pillar, people: { zoe: zoe ?? '', ana: ana ?? '', lukasz: lukasz ?? '', iga: iga ?? '' }, fixes, seq };
}

async function joinAs(teamId: string, workshopId: string): Promise<{ page: TestClient; opened: WorkshopSnapshot }> {
  const page = await connect();
  const opened = snapshotOf(await page.request('workshop/open', { workshopId, as: { teamId } }), 'joining');
  return { page, opened };
}

describe('what a team’s page receives', () => {
  it('before reveal: only its own ratings and dots, in the open reply, broadcasts and dispatch replies', async () => {
    const facilitator = await connect();
    const room = await setUpRoom(facilitator);
    const { zoe, lukasz } = room.people;

    // The facilitator's page is unchanged: the whole workshop, as saved.
    const whole = snapshotOf(await facilitator.request('workshop/open', { workshopId: room.workshopId }));
    expect(whole.state).toEqual(JSON.parse(readFileSync(savedFile(room.workshopId), 'utf8')));
    expect(whole.state.ratings.map((r) => r.teamId)).toEqual([room.blue, room.red]);
    expect(whole.state.votes.map((v) => v.participantId)).toEqual([zoe, lukasz]);

    const { page: blue, opened } = await joinAs(room.blue, room.workshopId);
    expect(opened.state.ratings.map((r) => r.teamId)).toEqual([room.blue]);
    expect(opened.state.votes.map((v) => v.participantId)).toEqual([zoe]);
    expect(leaks(opened.state, room.blue)).toEqual([]);
    // Undo is the facilitator's; a team's page is not offered it.
    expect(opened).toMatchObject({ canUndo: false, canRedo: false });

    // Another team's page votes: Blue hears of it without seeing the dots.
    const { page: red } = await joinAs(room.red, room.workshopId);
    const redReply = snapshotOf(await dispatch(red, room.workshopId, { type: 'vote/set', participantId: lukasz, fixId: room.fixes[3], dots: 2 }));
    expect(redReply.state.votes.map((v) => v.participantId)).toEqual([lukasz, lukasz]);
    const heard = await changeWithSeq(blue, redReply.seq);
    expect(heard.state.votes.map((v) => v.participantId)).toEqual([zoe]);
    expect(leaks(heard.state, room.blue)).toEqual([]);

    // Blue's own vote: the reply carries Blue's dots and nobody else's.
    const blueReply = snapshotOf(await dispatch(blue, room.workshopId, { type: 'vote/set', participantId: zoe, fixId: room.fixes[3], dots: 1 }));
    expect(blueReply.state.votes.map((v) => [v.participantId, v.dots])).toEqual([[zoe, 2], [zoe, 1]]);
    expect(leaks(blueReply.state, room.blue)).toEqual([]);
    const heardByFacilitator = await changeWithSeq(facilitator, blueReply.seq);
    expect(heardByFacilitator.state.votes).toHaveLength(4);

    // The facilitator reveals the vote, then the ratings: each arrives with the next broadcast.
    const votesShown = snapshotOf(await dispatch(facilitator, room.workshopId, { type: 'vote/reveal', revealed: true }));
    const afterVoteReveal = await changeWithSeq(blue, votesShown.seq);
    expect(afterVoteReveal.state.votes).toEqual(votesShown.state.votes);
    expect(afterVoteReveal.state.ratings.map((r) => r.teamId)).toEqual([room.blue]);
    const ratingsShown = snapshotOf(await dispatch(facilitator, room.workshopId, { type: 'rating/reveal', revealed: true }));
    const afterRatingReveal = await changeWithSeq(blue, ratingsShown.seq);
    expect(afterRatingReveal.state).toEqual(ratingsShown.state);

    // Hidden again: the next broadcast leaves them out again.
    const hiddenAgain = snapshotOf(await dispatch(facilitator, room.workshopId, { type: 'vote/reveal', revealed: false }));
    expect((await changeWithSeq(blue, hiddenAgain.seq)).state.votes.map((v) => v.participantId)).toEqual([zoe, zoe]);

    for (const snapshot of snapshotsReceived(red)) expect(leaks(snapshot.state, room.red)).toEqual([]);
    for (const snapshot of snapshotsReceived(blue)) expect(leaks(snapshot.state, room.blue)).toEqual([]);
  });

  it('keeps the wall tallies of a hidden round away from team pages', async () => {
    const facilitator = await connect();
    const room = await setUpRoom(facilitator, { votes: false });
    const { page: blue } = await joinAs(room.blue, room.workshopId);
    await dispatch(facilitator, room.workshopId, { type: 'voting/configure', mode: 'tally', tallyVoters: 6 });
    const tallied = snapshotOf(await dispatch(facilitator, room.workshopId, { type: 'vote/tally', fixId: room.fixes[2], dots: 7 }));
    expect(tallied.state.tallies).toHaveLength(1);
    expect((await changeWithSeq(blue, tallied.seq)).state.tallies).toEqual([]);
    const shown = snapshotOf(await dispatch(facilitator, room.workshopId, { type: 'vote/reveal', revealed: true }));
    expect((await changeWithSeq(blue, shown.seq)).state.tallies).toEqual([{ fixId: room.fixes[2], dots: 7, round: 0 }]);
  });

  it('exports only what the team may see', async () => {
    const facilitator = await connect();
    const room = await setUpRoom(facilitator);
    const { page: blue } = await joinAs(room.blue, room.workshopId);

    const csv = await blue.request('export/file', { workshopId: room.workshopId, kind: 'ratings-csv' });
    const text = Buffer.from((csv.result as ExportedFile).base64, 'base64').toString('utf8');
    expect(text).toContain('Blue');
    expect(text).not.toContain('Red');

    pdfInputs.length = 0;
    expect(await blue.request('export/pdf', { workshopId: room.workshopId, paper: 'a4' })).toMatchObject({ ok: true });
    expect(pdfInputs[0]?.ratings.map((r) => r.teamId)).toEqual([room.blue]);
    expect(pdfInputs[0]?.votes.map((v) => v.participantId)).toEqual([room.people.zoe]);

    // The facilitator's export is the whole workshop, as before.
    await facilitator.request('export/pdf', { workshopId: room.workshopId, paper: 'a4' });
    expect(pdfInputs[1]?.ratings).toHaveLength(2);
  });
});

describe('what a team’s page may not do', () => {
  it('is refused with a sentence, and the saved file stays byte for byte the same', async () => {
    const facilitator = await connect();
    const room = await setUpRoom(facilitator);
    const { page: blue } = await joinAs(room.blue, room.workshopId);
    const file = savedFile(room.workshopId);
    const before = readFileSync(file);
    const { workshopId } = room;

    const cases: Array<[string, () => Promise<Reply>, string]> = [
      ['reveal the vote', () => dispatch(blue, workshopId, { type: 'vote/reveal', revealed: true }), 'Only the facilitator can reveal the results.'],
      ['reveal the ratings', () => dispatch(blue, workshopId, { type: 'rating/reveal', revealed: true }), 'Only the facilitator can reveal the ratings.'],
      ['configure the vote', () => dispatch(blue, workshopId, { type: 'voting/configure', secret: false }), 'Only the facilitator can change the rules of the vote.'],
      [
        'start a runoff',
        () => dispatch(blue, workshopId, { type: 'vote/runoff', fixIds: [room.fixes[0], room.fixes[2]], budget: 2, maxPerFix: 1 }),
        'Only the facilitator can start or cancel a runoff.',
      ],
      [
        "vote for another team's person",
        () => dispatch(blue, workshopId, { type: 'vote/set', participantId: room.people.lukasz, fixId: room.fixes[1], dots: 1 }),
        "Your team's page can only place dots for your own team's people.",
      ],
      [
        "cast another team's ballot",
        () => dispatch(blue, workshopId, { type: 'ballot/cast', participantId: room.people.iga, dots: { [room.fixes[0]]: 1 } }),
        "Your team's page can only place dots for your own team's people.",
      ],
      [
        "rate as another team",
        () => dispatch(blue, workshopId, { type: 'rating/set', teamId: room.red, touchpointId: room.card, pillarId: room.pillar, score: 1 }),
        'Your team can only change its own ratings.',
      ],
      ["edit another team's fix", () => dispatch(blue, workshopId, { type: 'fix/update', fixId: room.fixes[2], title: 'Chat' }), 'Your team can only change its own fixes.'],
      ['merge fixes', () => dispatch(blue, workshopId, { type: 'fix/merge', fixId: room.fixes[0], otherFixId: room.fixes[1] }), 'Only the facilitator can merge fixes.'],
      ['add a stage', () => dispatch(blue, workshopId, { type: 'stage/add', name: 'Aftercare' }), 'Only the facilitator can change the stages and channels.'],
      ['undo', () => blue.request('workshop/undo', { workshopId }), 'Only the facilitator can undo changes.'],
      ['redo', () => blue.request('workshop/redo', { workshopId }), 'Only the facilitator can redo changes.'],
      ['delete the workshop', () => blue.request('library/delete', { workshopId }), 'Only the facilitator can delete the workshop.'],
      ['rename the workshop', () => blue.request('library/rename', { workshopId, title: 'Mine now' }), 'Only the facilitator can rename the workshop.'],
      [
        'export the whole workshop',
        () => blue.request('export/file', { workshopId, kind: 'workshop-json' }),
        'Only the facilitator can export the whole workshop.',
      ],
      [
        'open the workshop as the facilitator',
        () => blue.request('workshop/open', { workshopId }),
        'This page joined the workshop as a team. Open it without "?team=" to run it as the facilitator.',
      ],
      [
        'join as another team',
        () => blue.request('workshop/open', { workshopId, as: { teamId: room.red } }),
        'This page already joined as another team. Open a new page to join as this one.',
      ],
    ];

    for (const [label, send, message] of cases) {
      const reply = await send();
      expect(reply, label).toMatchObject({ ok: false, error: { code: 'forbidden', message } });
      expect(readFileSync(file), label).toEqual(before);
    }
    expect(existsSync(file)).toBe(true);
    expect(blue.events.filter((e) => e.event === 'workshop/changed')).toEqual([]);

    // The same page may still do what a team does, and the facilitator may still reveal.
    expect(await dispatch(blue, workshopId, { type: 'vote/set', participantId: room.people.ana, fixId: room.fixes[2], dots: 1 })).toMatchObject({ ok: true });
    expect(await dispatch(facilitator, workshopId, { type: 'vote/reveal', revealed: true })).toMatchObject({ ok: true });
  });

  it('stays in the workshop it joined', async () => {
    const facilitator = await connect();
    const room = await setUpRoom(facilitator, { votes: false });
    const other = await setUpRoom(facilitator, { votes: false });
    const { page: blue } = await joinAs(room.blue, room.workshopId);
    expect(await blue.request('workshop/open', { workshopId: other.workshopId, as: { teamId: other.blue } })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'This page joined another workshop as a team. Open this one from a page of its own.' },
    });
    expect(await dispatch(blue, other.workshopId, { type: 'touchpoint/remove', touchpointId: other.card })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    // Listing the library shows titles and counts only, which a team may see.
    expect(await blue.request('library/list', {})).toMatchObject({ ok: true });
  });

  it('cannot join as a team that is not in the workshop, and nothing is opened', async () => {
    const facilitator = await connect();
    const room = await setUpRoom(facilitator, { votes: false });
    const stranger = await connect();
    expect(await stranger.request('workshop/open', { workshopId: room.workshopId, as: { teamId: 'no-such-team' } })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'That team is not in this workshop.' },
    });
    await dispatch(facilitator, room.workshopId, { type: 'stage/add', name: 'Aftercare' });
    // A reply on the same connection comes after any broadcast sent to it before.
    await stranger.request('library/list', {});
    expect(stranger.events.filter((e) => e.event === 'workshop/changed')).toEqual([]);
    // Not seated either: the same page may still open the workshop as the facilitator.
    expect(await stranger.request('workshop/open', { workshopId: room.workshopId })).toMatchObject({ ok: true });
  });
});

type Who = 'blue' | 'red' | 'blue-again' | 'facilitator';

type Step =
  | { readonly kind: 'vote'; readonly who: Who; readonly person: 0 | 1 | 2 | 3; readonly fix: 0 | 1 | 2 | 3; readonly dots: number }
  | { readonly kind: 'rate'; readonly who: Exclude<Who, 'facilitator'>; readonly score: number }
  | { readonly kind: 'reveal-votes' | 'reveal-ratings'; readonly revealed: boolean }
  | { readonly kind: 'runoff' };

const whoArb = fc.constantFrom<Who>('blue', 'red', 'blue-again', 'facilitator');
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('vote' as const), who: whoArb, person: fc.constantFrom(0, 1, 2, 3) as fc.Arbitrary<0 | 1 | 2 | 3>, fix: fc.constantFrom(0, 1, 2, 3) as fc.Arbitrary<0 | 1 | 2 | 3>, dots: fc.integer({ min: 0, max: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rate' as const), who: fc.constantFrom('blue', 'red', 'blue-again') as fc.Arbitrary<Exclude<Who, 'facilitator'>>, score: fc.integer({ min: 1, max: 5 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('reveal-votes' as const, 'reveal-ratings' as const), revealed: fc.boolean() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'runoff' as const }) },
);

describe('a room voting at random', () => {
  it('never sends a team page anything its team may not see', async () => {
    let redactedMessages = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 20 }), async (steps) => {
        const facilitator = await connect();
        const room = await setUpRoom(facilitator);
        const pages = {
          blue: (await joinAs(room.blue, room.workshopId)).page,
          red: (await joinAs(room.red, room.workshopId)).page,
          'blue-again': (await joinAs(room.blue, room.workshopId)).page,
          facilitator,
        };
        const teamOf = { blue: room.blue, red: room.red, 'blue-again': room.blue } as const;
        const people = [room.people.zoe, room.people.ana, room.people.lukasz, room.people.iga];
        const teamOfPerson = [room.blue, room.blue, room.red, room.red];
        let seq = room.seq;

        for (const step of steps) {
          let reply: Reply;
          if (step.kind === 'vote') {
            const command: ClientCommand = { type: 'vote/set', participantId: people[step.person] ?? '', fixId: room.fixes[step.fix], dots: step.dots };
            reply = await dispatch(pages[step.who], room.workshopId, command);
            if (step.who !== 'facilitator' && teamOfPerson[step.person] !== teamOf[step.who]) {
              expect(reply.error?.code).toBe('forbidden');
            }
          } else if (step.kind === 'rate') {
            reply = await dispatch(pages[step.who], room.workshopId, {
              type: 'rating/set', teamId: teamOf[step.who], touchpointId: room.card, pillarId: room.pillar, score: step.score,
            });
            expect(reply.ok).toBe(true);
          } else if (step.kind === 'runoff') {
            reply = await dispatch(facilitator, room.workshopId, { type: 'vote/runoff', fixIds: [room.fixes[0], room.fixes[2]], budget: 2, maxPerFix: 2 });
          } else {
            const type = step.kind === 'reveal-votes' ? 'vote/reveal' : 'rating/reveal';
            reply = await dispatch(facilitator, room.workshopId, { type, revealed: step.revealed });
          }
          if (reply.ok) seq = (reply.result as WorkshopSnapshot).seq;
        }

        // Everyone has heard of the last change; every facilitator snapshot, by its number.
        const whole = new Map<number, Workshop>();
        if (seq > room.seq) for (const page of Object.values(pages)) await changeWithSeq(page, seq);
        for (const snapshot of snapshotsReceived(facilitator)) whole.set(snapshot.seq, snapshot.state);

        for (const who of ['blue', 'red', 'blue-again'] as const) {
          const teamId = teamOf[who];
          for (const snapshot of snapshotsReceived(pages[who])) {
            expect(leaks(snapshot.state, teamId)).toEqual([]);
            const full = whole.get(snapshot.seq);
            if (!full) continue;
            expect(snapshot.state).toEqual(viewForTeam(full, teamId));
            if (leaks(full, teamId).length > 0) redactedMessages += 1;
          }
        }
      }),
      { numRuns: 12 },
    );
    // The rooms did hide something: the property is not true merely because nothing was secret.
    expect(redactedMessages).toBeGreaterThan(0);
  });
});
