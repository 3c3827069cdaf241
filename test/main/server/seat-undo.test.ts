// Undo per seat, re-sent commands and pages coming back, on the real server
// (loopback, real store in a temp folder, real WebSocket pages). The
// facilitator and each team undo only their own changes; an undo that would
// take back what someone else changed since is refused with a sentence naming
// them, and changes nothing. A command re-sent with the same mutation is
// applied once. A page that comes back with `since` gets only what it missed.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workshop } from '../../../shared/model';
import { viewForTeam } from '../../../shared/selectors/team-view';
import type { WorkshopSummary, WorkshopUpdate } from '../../../shared/wire';
import type { PdfExporter } from '../../../main/api/handlers';
import { WorkshopHost } from '../../../main/host/workshop-host';
import type { RunningServer } from '../../../main/server/start-server';
import { joinRoom, startTestServer } from '../support/test-server';
import { readSavedWorkshop } from '../../../main/store/saved-workshop';
import { Page } from '../support/page';
import { openStore, tickingClock } from '../support/temp-data';
import { TestClient } from '../support/ws-client';

const pdf: PdfExporter = { render: async () => new Uint8Array(), fileName: () => 'plan.pdf' };

let root: string;
let host: WorkshopHost;
let server: RunningServer;
const pages: Page[] = [];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'jr-seat-undo-test-'));
  host = new WorkshopHost({ store: openStore(join(root, 'data')), log: () => undefined, now: tickingClock() });
  server = await startTestServer({ host, pdf, staticDir: join(root, 'web') });
});

afterAll(async () => {
  await Promise.all(pages.map((page) => page.close()));
  await server.close();
  // The host finishes its writes before the folder goes.
  await host.close();
  rmSync(root, { recursive: true, force: true });
});

/** The facilitator's page, or — given a team — a device of that team seated in the room. */
async function open(workshopId: string, as?: string, name?: string): Promise<Page> {
  const options = as === undefined ? {} : { credential: (await joinRoom(server, workshopId, as, name)).credential };
  const page = await Page.connect(server.url, workshopId, options);
  pages.push(page);
  return page;
}

/** What is on disk for the workshop: its snapshot and its journal, byte for byte. */
function savedFile(workshopId: string): string {
  const base = join(root, 'data', 'workshops', workshopId);
  return `${readFileSync(`${base}.json`, 'utf8')}\n${readFileSync(`${base}.journal`, 'utf8')}`;
}

/** The workshop as it is saved: the snapshot with the journal replayed. */
function saved(workshopId: string): Workshop {
  const read = readSavedWorkshop(join(root, 'data', 'workshops', `${workshopId}.json`));
  if (!read.ok) throw new Error(read.message);
  return read.workshop;
}

interface Room {
  readonly facilitator: Page;
  readonly workshopId: string;
  readonly blue: string;
  readonly red: string;
  readonly card: string;
  readonly pillar: string;
  readonly pillarName: string;
  readonly stage: string;
}

/** Teams Blue and Red, one card "Checkout page"; set up by the facilitator's page. */
async function newRoom(): Promise<Room> {
  const client = await TestClient.connect(server.url);
  const created = await client.request('library/create', { title: 'Broadband sign-up', template: 'blank' });
  const workshopId = (created.result as WorkshopSummary).id;
  const facilitator = await Page.on(client, workshopId);
  pages.push(facilitator);
  const blue = facilitator.state.teams[0]?.id ?? '';
  await facilitator.must({ type: 'team/rename', teamId: blue, name: 'Blue' });
  const red = (await facilitator.must({ type: 'team/add', name: 'Red' })).patch.put?.teams?.[0]?.id ?? '';
  const w = facilitator.state;
  const stage = w.stages[0]?.id ?? '';
  const added = await facilitator.must({ type: 'touchpoint/add', teamId: blue, stageId: stage, channelId: w.channels[0]?.id ?? '', title: 'Checkout page' });
  const card = added.patch.put?.touchpoints?.[0]?.id ?? '';
  const pillar = w.framework.pillars[0];
  return { facilitator, workshopId, blue, red, card, pillar: pillar?.id ?? '', pillarName: pillar?.name ?? '', stage };
}

/** A round trip on the page's connection: every event sent to it before has arrived. */
async function settled(page: Page): Promise<void> {
  await page.client.request('library/list', {});
}

function ratingOf(w: Workshop, teamId: string, card: string, pillar: string) {
  return w.ratings.find((r) => r.teamId === teamId && r.touchpointId === card && r.pillarId === pillar);
}

describe('undo per seat', () => {
  it('the facilitator undoes its own last change; the rating a team set since stays', async () => {
    const { facilitator, workshopId, blue, card, pillar, stage } = await newRoom();
    const bluePage = await open(workshopId, blue);
    const rate = (score: number) => bluePage.must({ type: 'rating/set', teamId: blue, touchpointId: card, pillarId: pillar, score });
    const stageBefore = facilitator.state.stages.find((s) => s.id === stage);

    await rate(4);
    await facilitator.must({ type: 'stage/rename', stageId: stage, name: 'Look around' });
    const five = await rate(5);
    expect(five.history).toEqual({ canUndo: true, canRedo: false });
    await facilitator.waitForSeq(five.seq);

    // The facilitator's own last change was the rename: that is what its undo takes back.
    const undone = facilitator.accepted(await facilitator.undo(), 'undo');
    expect(undone.seq).toBe(five.seq + 1);
    expect(undone.patch).toEqual({ put: { stages: [stageBefore] }, set: { updatedAt: expect.any(String) } });
    expect(undone.history).toEqual({ canUndo: true, canRedo: true });

    const file = saved(workshopId);
    expect(file.stages.find((s) => s.id === stage)?.name).toBe(stageBefore?.name);
    expect(ratingOf(file, blue, card, pillar)?.score).toBe(5);
    expect(host.currentState(workshopId)).toEqual(file);
    expect(facilitator.state).toEqual(file);
    await bluePage.waitForSeq(undone.seq);
    expect(bluePage.state).toEqual(viewForTeam(file, blue));
    expect(ratingOf(bluePage.state, blue, card, pillar)?.score).toBe(5);
    expect(bluePage.state.stages.find((s) => s.id === stage)?.name).toBe(stageBefore?.name);
    // Blue's page hears of the facilitator's undo with Blue's own undo state.
    expect(bluePage.history).toEqual({ canUndo: true, canRedo: false });

    // A team's page undoes its own change: the rating goes back from 5 to 4, and Blue may redo it.
    const blueUndo = bluePage.accepted(await bluePage.undo(), 'team undo');
    expect(blueUndo.patch.put?.ratings).toEqual([expect.objectContaining({ teamId: blue, touchpointId: card, pillarId: pillar, score: 4 })]);
    expect(blueUndo.patch.put?.stages).toBeUndefined();
    expect(blueUndo.history).toEqual({ canUndo: true, canRedo: true });
    expect(ratingOf(saved(workshopId), blue, card, pillar)?.score).toBe(4);
    await facilitator.waitForSeq(blueUndo.seq);
    expect(ratingOf(facilitator.state, blue, card, pillar)?.score).toBe(4);
    // The facilitator's history is its own: Blue's undo did not touch it.
    expect(facilitator.history).toEqual({ canUndo: true, canRedo: true });

    const blueRedo = bluePage.accepted(await bluePage.redo(), 'team redo');
    expect(blueRedo.patch.put?.ratings).toEqual([expect.objectContaining({ score: 5 })]);
    await facilitator.waitForSeq(blueRedo.seq);
    const end = saved(workshopId);
    expect(ratingOf(end, blue, card, pillar)?.score).toBe(5);
    expect(facilitator.state).toEqual(end);
    expect(bluePage.state).toEqual(viewForTeam(end, blue));
    expect(facilitator.problems).toEqual([]);
    expect(bluePage.problems).toEqual([]);
  });

  it('refuses a facilitator undo that would take back what someone changed since, naming them, and changes nothing', async () => {
    const { facilitator, workshopId, blue, card, pillar, pillarName } = await newRoom();
    const bluePage = await open(workshopId, blue, 'Ana');
    // The facilitator types Blue's score for them; then Blue's own page changes it.
    await facilitator.must({ type: 'rating/set', teamId: blue, touchpointId: card, pillarId: pillar, score: 2 });
    const blueChange = await bluePage.must({ type: 'rating/set', teamId: blue, touchpointId: card, pillarId: pillar, score: 3 });
    await facilitator.waitForSeq(blueChange.seq);
    const before = savedFile(workshopId);
    const seq = host.openWorkshop(workshopId).seq;
    const heardByBlue = bluePage.changeEvents.length;

    expect(await facilitator.undo()).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: `This can no longer be undone: Ana (Blue) has changed Blue's rating of “Checkout page” on ${pillarName} since.`,
      },
    });
    expect(savedFile(workshopId)).toEqual(before);
    expect(host.openWorkshop(workshopId).seq).toBe(seq);
    await settled(bluePage);
    expect(bluePage.changeEvents).toHaveLength(heardByBlue);
    // Still the facilitator's to undo once nobody else's work stands in the way.
    expect(host.historyFlags(workshopId, { kind: 'facilitator' })).toEqual({ canUndo: true, canRedo: false });

    // Blue takes its own change back (3 → 2): the rating is as the facilitator left it, so its undo goes through.
    const blueUndo = bluePage.accepted(await bluePage.undo(), 'team undo');
    await facilitator.waitForSeq(blueUndo.seq);
    const undone = facilitator.accepted(await facilitator.undo(), 'facilitator undo');
    expect(undone.patch.del?.ratings).toEqual([{ teamId: blue, touchpointId: card, pillarId: pillar }]);
    expect(ratingOf(saved(workshopId), blue, card, pillar)).toBeUndefined();
    await bluePage.waitForSeq(undone.seq);
    expect(bluePage.state).toEqual(viewForTeam(saved(workshopId), blue));
  });

  it('brings back a removed fix with the dots that went with it, keeping dots cast since', async () => {
    const { facilitator, workshopId, blue, red, card } = await newRoom();
    const ana = (await facilitator.must({ type: 'participant/add', name: 'Ana', teamId: blue })).patch.put?.participants?.[0]?.id ?? '';
    const ben = (await facilitator.must({ type: 'participant/add', name: 'Ben', teamId: red })).patch.put?.participants?.[0]?.id ?? '';
    const addFix = async (teamId: string, title: string) =>
      (await facilitator.must({ type: 'fix/add', teamId, title, touchpointIds: [card], pillarIds: [], impact: 3, effort: 3 })).patch.put?.fixes?.[0]?.id ?? '';
    const fix1 = await addFix(red, 'Live chat');
    const fix2 = await addFix(blue, 'Shorter form');
    // Ana and Ben each vote on their own device.
    const bluePage = await open(workshopId, blue, 'Ana');
    const redPage = await open(workshopId, red, 'Ben');

    const anaDot = await bluePage.must({ type: 'vote/set', participantId: ana, fixId: fix1, dots: 1 });
    await facilitator.waitForSeq(anaDot.seq);
    const fixBefore = facilitator.state.fixes.find((f) => f.id === fix1);
    const anaVote = { participantId: ana, fixId: fix1, dots: 1, round: 0 };
    const removed = await facilitator.must({ type: 'fix/remove', fixId: fix1 });
    expect(removed.patch.del).toEqual({ fixes: [fix1], votes: [{ participantId: ana, fixId: fix1, round: 0 }] });
    const benDot = await redPage.must({ type: 'vote/set', participantId: ben, fixId: fix2, dots: 1 });
    await facilitator.waitForSeq(benDot.seq);

    const undone = facilitator.accepted(await facilitator.undo(), 'undo of the removal');
    expect(undone.patch.put?.fixes).toEqual([fixBefore]);
    expect(undone.patch.put?.votes).toEqual([anaVote]);
    expect(undone.patch.del).toBeUndefined();

    const file = saved(workshopId);
    expect(file.fixes.map((f) => f.id).sort()).toEqual([fix1, fix2].sort());
    expect(file.fixes.find((f) => f.id === fix1)).toEqual(fixBefore);
    expect(file.votes).toEqual(expect.arrayContaining([anaVote, { participantId: ben, fixId: fix2, dots: 1, round: 0 }]));
    expect(file.votes).toHaveLength(2);
    expect(host.currentState(workshopId)).toEqual(file);
    expect(facilitator.state).toEqual(file);

    // Each team's page gets the fix back; the dots only where its team may see them (the vote is secret).
    await bluePage.waitForSeq(undone.seq);
    await redPage.waitForSeq(undone.seq);
    expect(bluePage.state).toEqual(viewForTeam(file, blue));
    expect(bluePage.state.votes).toEqual([anaVote]);
    expect(redPage.state).toEqual(viewForTeam(file, red));
    expect(redPage.state.votes).toEqual([{ participantId: ben, fixId: fix2, dots: 1, round: 0 }]);
    expect(redPage.state.fixes.find((f) => f.id === fix1)).toEqual(fixBefore);
    for (const text of redPage.client.texts) expect(text).not.toContain(`"participantId":"${ana}"`);
    for (const page of [facilitator, bluePage, redPage]) expect(page.problems).toEqual([]);
  });
});

describe('a command re-sent', () => {
  it('is applied once: the copy is answered "duplicate", on the same connection or after a reconnect', async () => {
    const { facilitator, workshopId } = await newRoom();
    const watcher = await open(workshopId);
    const mutation = facilitator.nextMutation();
    const first = facilitator.accepted(await facilitator.dispatch({ type: 'stage/add', name: 'Aftercare' }, mutation), 'first copy');
    const before = savedFile(workshopId);
    const duplicate = { ok: false, error: { code: 'duplicate', message: 'That change had already arrived, so it was applied once.' } };

    expect(await facilitator.dispatch({ type: 'stage/add', name: 'Aftercare' }, mutation)).toMatchObject(duplicate);
    // The page lost its connection and sends its unanswered command again from a new one.
    const again = await TestClient.connect(server.url);
    const resent = await again.request('workshop/dispatch', { workshopId, command: { type: 'stage/add', name: 'Aftercare' }, mutation });
    expect(resent).toMatchObject(duplicate);
    // An older one of the same page is not applied either.
    expect(await facilitator.dispatch({ type: 'stage/add', name: 'Aftercare' }, { ...mutation, n: mutation.n - 1 })).toMatchObject(duplicate);
    await again.close();

    expect(savedFile(workshopId)).toEqual(before);
    expect(host.openWorkshop(workshopId).seq).toBe(first.seq);
    expect(saved(workshopId).stages.filter((s) => s.name === 'Aftercare')).toHaveLength(1);
    await settled(watcher);
    expect(watcher.changeEvents.filter((u) => u.seq >= first.seq)).toHaveLength(1);
    expect(watcher.state).toEqual(saved(workshopId));

    // A copy of a refused command hears the same refusal again, not "duplicate"; the next one goes through.
    const refusedOnce = facilitator.nextMutation();
    const refusal = await facilitator.dispatch({ type: 'touchpoint/remove', touchpointId: 'gone' }, refusedOnce);
    expect(refusal).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const repeated = await facilitator.dispatch({ type: 'touchpoint/remove', touchpointId: 'gone' }, refusedOnce);
    expect(repeated).toMatchObject({ ok: false });
    expect(repeated.error).toEqual(refusal.error);
    expect(savedFile(workshopId)).toEqual(before);
    expect(await facilitator.dispatch({ type: 'channel/add', name: 'Kiosk' })).toMatchObject({ ok: true, result: { seq: first.seq + 1 } });
  });
});

describe('a page coming back', () => {
  it('gets only the updates it missed, cut to its seat; a snapshot when the host cannot tell', async () => {
    const { facilitator, workshopId, blue, red, card, pillar } = await newRoom();
    const other = await open(workshopId);
    const bluePage = await open(workshopId, blue);
    const seq = host.openWorkshop(workshopId).seq;
    expect(other.seq).toBe(seq);
    expect(bluePage.seq).toBe(seq);
    await other.close();
    await bluePage.close();

    // While they are away: a stage, Red's silent rating, a channel renamed.
    await facilitator.must({ type: 'stage/add', name: 'Aftercare' });
    const redRating = await facilitator.must({ type: 'rating/set', teamId: red, touchpointId: card, pillarId: pillar, score: 3 });
    await facilitator.must({ type: 'channel/rename', channelId: facilitator.state.channels[0]?.id ?? '', name: 'Website' });
    const now = host.currentState(workshopId);

    const back = await Page.resume(server.url, other);
    pages.push(back.page);
    expect(back.result.kind).toBe('updates');
    const missed = back.result.kind === 'updates' ? back.result.updates : [];
    expect(missed.map((u: WorkshopUpdate) => u.seq)).toEqual([seq + 1, seq + 2, seq + 3]);
    expect(back.page.snapshots).toEqual([]);
    expect(back.page.state).toEqual(now);
    expect(back.page.state).toEqual(saved(workshopId));

    const blueBack = await Page.resume(server.url, bluePage);
    pages.push(blueBack.page);
    expect(blueBack.result.kind).toBe('updates');
    const blueMissed = blueBack.result.kind === 'updates' ? blueBack.result.updates : [];
    expect(blueMissed.map((u) => u.seq)).toEqual([seq + 1, seq + 2, seq + 3]);
    // Red's silent rating reaches Blue as nothing but a change of time.
    expect(blueMissed.find((u) => u.seq === redRating.seq)?.patch).toEqual({ set: { updatedAt: expect.any(String) } });
    expect(blueBack.page.state).toEqual(viewForTeam(now, blue));
    for (const text of blueBack.page.client.texts) expect(text).not.toContain(`"teamId":"${red}","touchpointId"`);
    // Joined as Blue again: still a team's page.
    expect(await blueBack.page.dispatch({ type: 'stage/add', name: 'Mine' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    // Nothing missed: no updates at all.
    const upToDate = await Page.resume(server.url, back.page);
    pages.push(upToDate.page);
    expect(upToDate.result).toEqual({ kind: 'updates', updates: [] });
    expect(upToDate.page.state).toEqual(now);

    // Another run of the host, or a position the host never reached: the whole workshop again.
    for (const since of [{ epoch: 'an-earlier-run', seq }, { epoch: other.epoch, seq: seq + 50 }]) {
      const fresh = await Page.resume(server.url, other, { since });
      pages.push(fresh.page);
      expect(fresh.result.kind).toBe('snapshot');
      expect(fresh.page.state).toEqual(now);
      expect(fresh.page.seq).toBe(seq + 3);
    }
    const blueFresh = await Page.resume(server.url, bluePage, { since: { epoch: 'an-earlier-run', seq } });
    pages.push(blueFresh.page);
    expect(blueFresh.result).toMatchObject({ kind: 'snapshot', snapshot: { seq: seq + 3, state: viewForTeam(now, blue) } });
  });
});
