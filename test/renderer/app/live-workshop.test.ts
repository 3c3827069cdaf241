// The open workshop as a page holds it (renderer/store/live-workshop.ts): the host's snapshot, then
// each update's patch in seq order; a typed change shown before the host answers; a refused one
// taken back and said; and a page that lost its line catching up with what it missed.
//
// The "host" here is the real reducer: every update carries the patch of a real change record, so
// the page applies exactly what a host would send, and must end up holding what the host holds.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClientCommand } from '../../../shared/commands';
import type { Rating, Workshop } from '../../../shared/model';
import type { OpenResult, Params } from '../../../shared/wire';
import { ClientError } from '../../../renderer/api/client';
import { LiveWorkshop } from '../../../renderer/store/live-workshop';
import { FakeClient, FakeHost, fakeNotices, openStore, settle } from './live-support';

/** A rating in the sample workshop, and a score it does not have yet. */
function aRating(workshop: Workshop): { rating: Rating; score: number } {
  const rating = workshop.ratings.find((r) => r.score !== null);
  if (!rating) throw new Error('The sample workshop has ratings.');
  return { rating, score: rating.score === 5 ? 1 : 5 };
}

function scoreIn(workshop: Workshop | null, of: Rating): number | null | undefined {
  return workshop?.ratings.find((r) => r.teamId === of.teamId && r.touchpointId === of.touchpointId && r.pillarId === of.pillarId)
    ?.score;
}

function rate(rating: Rating, score: number): ClientCommand {
  return { type: 'rating/set', teamId: rating.teamId, touchpointId: rating.touchpointId, pillarId: rating.pillarId, score };
}

function addCard(workshop: Workshop, title: string): ClientCommand {
  const [team, stage, channel] = [workshop.teams[1], workshop.stages[2], workshop.channels[0]];
  if (!team || !stage || !channel) throw new Error('The sample workshop has teams, stages and channels.');
  return { type: 'touchpoint/add', teamId: team.id, stageId: stage.id, channelId: channel.id, title };
}

const cardTitled = (workshop: Workshop | null, title: string) => workshop?.touchpoints.find((t) => t.title === title);

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('opening a workshop', () => {
  it('asks the host for the workshop and shows its snapshot', async () => {
    const host = new FakeHost();
    const client = new FakeClient();
    const store = new LiveWorkshop(client, 'w1', fakeNotices());
    store.start();
    expect(client.requests('workshop/open')).toEqual([{ workshopId: 'w1' }]);
    expect(store.getState().workshop).toBeNull();

    const snapshot = host.snapshot({ canUndo: true, canRedo: false });
    client.answer('workshop/open', { kind: 'snapshot', snapshot });
    await settle();
    expect(store.getState()).toMatchObject({
      workshop: snapshot.state,
      history: { canUndo: true, canRedo: false },
      saveState: { kind: 'saved' },
      loadError: null,
    });
  });

  it('says why when the workshop cannot be opened', async () => {
    const client = new FakeClient();
    const store = new LiveWorkshop(client, 'w1', fakeNotices());
    store.start();
    client.fail('workshop/open', new ClientError('not-found', 'This workshop no longer exists.'));
    await settle();
    expect(store.getState()).toMatchObject({ workshop: null, loadError: 'This workshop no longer exists.' });
  });
});

describe('updates from the host', () => {
  it('applies an update with the next seq, ending up with what the host holds', async () => {
    const { host, client, store } = await openStore();
    const { rating, score } = aRating(host.state);
    const update = host.apply(rate(rating, score), { canUndo: false, canRedo: false });
    client.emit('workshop/changes', update);
    expect(scoreIn(store.getState().workshop, rating)).toBe(score);
    expect(store.getState().workshop).toEqual(host.state);
  });

  it('ignores an update it already has, and one for another workshop', async () => {
    const { host, client, store } = await openStore();
    const first = host.apply(addCard(host.state, 'Welcome call'));
    client.emit('workshop/changes', first);
    const before = store.getState();
    client.emit('workshop/changes', first);
    const elsewhere = host.apply(addCard(host.state, 'Not for this page'));
    client.emit('workshop/changes', { ...elsewhere, workshopId: 'w2' });
    expect(store.getState()).toBe(before);
    expect(cardTitled(store.getState().workshop, 'Welcome call')).toBeDefined();
    expect(cardTitled(store.getState().workshop, 'Not for this page')).toBeUndefined();
  });

  it('holds an update that arrives early until the one before it comes, then applies both in order', async () => {
    vi.useFakeTimers();
    const { host, client, store } = await openStore(new FakeHost(), () => vi.runOnlyPendingTimersAsync());
    const added = host.apply(addCard(host.state, 'Welcome call'));
    const cardId = cardTitled(host.state, 'Welcome call')?.id ?? 'missing';
    const renamed = host.apply({ type: 'touchpoint/update', touchpointId: cardId, title: 'Welcome call, day one' });

    const opened = store.getState();
    client.emit('workshop/changes', renamed);
    expect(store.getState()).toBe(opened);
    expect(store.getState().workshop?.touchpoints.find((t) => t.id === cardId)).toBeUndefined();

    client.emit('workshop/changes', added);
    expect(store.getState().workshop).toEqual(host.state);
    expect(cardTitled(store.getState().workshop, 'Welcome call, day one')?.id).toBe(cardId);

    // The gap closed by itself: nothing more to ask the host.
    await vi.runOnlyPendingTimersAsync();
    expect(client.requests('workshop/open')).toHaveLength(1);
  });

  it('asks the host for what it missed when a gap stays open', async () => {
    vi.useFakeTimers();
    const { host, client, store } = await openStore(new FakeHost(), () => vi.runOnlyPendingTimersAsync());
    const lost = host.apply(addCard(host.state, 'Lost on the way'));
    const early = host.apply(addCard(host.state, 'Came early'));
    client.emit('workshop/changes', early);
    await vi.runOnlyPendingTimersAsync();
    expect(client.requests('workshop/open')).toEqual([{ workshopId: 'w1' }, { workshopId: 'w1', since: { epoch: 'epoch-1', seq: 7 } }]);

    client.answer('workshop/open', { kind: 'updates', updates: [lost, early] });
    await vi.runOnlyPendingTimersAsync();
    expect(store.getState().workshop).toEqual(host.state);
  });
});

describe('commands shown ahead of the host', () => {
  it('shows a typed rating at once, sends it with its mutation, and keeps it once the host confirms', async () => {
    const { host, client, store } = await openStore();
    const { rating, score } = aRating(host.state);
    const command = rate(rating, score);
    const sent = store.dispatch(command);

    expect(scoreIn(store.getState().workshop, rating)).toBe(score);
    expect(store.getState().saveState).toEqual({ kind: 'saving' });
    expect(client.requests('workshop/dispatch')).toEqual([
      { workshopId: 'w1', command, mutation: { clientId: 'page-1', n: 1 } },
    ]);

    client.answer('workshop/dispatch', host.apply(command));
    const outcome = await sent;
    expect(outcome.ok).toBe(true);
    expect(scoreIn(store.getState().workshop, rating)).toBe(score);
    expect(store.getState().workshop).toEqual(host.state);
    expect(store.getState().saveState).toEqual({ kind: 'saved' });
  });

  it('takes a refused command back, shows the workshop as the host confirmed it, and says why', async () => {
    const { host, client, notices, store } = await openStore();
    const confirmed = store.getState().workshop;
    const { rating, score } = aRating(host.state);
    const sent = store.dispatch(rate(rating, score));
    expect(scoreIn(store.getState().workshop, rating)).toBe(score);

    const reason = 'Your team can only change its own ratings.';
    client.fail('workshop/dispatch', new ClientError('forbidden', reason));
    expect(await sent).toEqual({ ok: false, message: reason });
    expect(store.getState().workshop).toBe(confirmed);
    expect(scoreIn(store.getState().workshop, rating)).toBe(rating.score);
    expect(notices.announce).toHaveBeenCalledWith(reason, true);
    // A rule saying no is not a failure to save: everything else is still saved.
    expect(notices.toast).not.toHaveBeenCalled();
    expect(store.getState().saveState).toEqual({ kind: 'saved' });
  });

  it('does not show a command that makes something new until the host has made it', async () => {
    const { host, client, store } = await openStore();
    const before = store.getState().workshop;
    const command = addCard(host.state, 'Welcome call');
    const sent = store.dispatch(command);
    expect(store.getState().workshop).toBe(before);
    expect(cardTitled(store.getState().workshop, 'Welcome call')).toBeUndefined();
    // Not even when another page's change redraws the workshop meanwhile.
    client.emit('workshop/changes', host.apply({ type: 'stage/rename', stageId: host.state.stages[0]?.id ?? '', name: 'Hear of us' }));
    expect(store.getState().workshop?.stages[0]?.name).toBe('Hear of us');
    expect(cardTitled(store.getState().workshop, 'Welcome call')).toBeUndefined();

    client.answer('workshop/dispatch', host.apply(command));
    const outcome = await sent;
    const made = cardTitled(host.state, 'Welcome call');
    expect(made).toBeDefined();
    expect(cardTitled(store.getState().workshop, 'Welcome call')).toEqual(made);
    expect(outcome).toEqual({ ok: true, workshop: store.getState().workshop });
  });

  it('counts a command the host already had ("duplicate") as done, without a warning', async () => {
    const { host, client, notices, store } = await openStore();
    const { rating, score } = aRating(host.state);
    const sent = store.dispatch(rate(rating, score));
    client.fail('workshop/dispatch', new ClientError('duplicate', 'That change had already arrived.'));
    expect((await sent).ok).toBe(true);
    expect(notices.announce).not.toHaveBeenCalled();
    expect(notices.toast).not.toHaveBeenCalled();
    expect(store.getState().saveState).toEqual({ kind: 'saved' });
  });

  it('numbers each command it sends with the client’s next mutation', async () => {
    const { host, client, store } = await openStore();
    const { rating } = aRating(host.state);
    void store.dispatch(rate(rating, 2));
    void store.dispatch(rate(rating, 3));
    const mutations = client.requests('workshop/dispatch').map((p) => (p as Params<'workshop/dispatch'>).mutation.n);
    expect(mutations).toEqual([1, 2]);
    // The later of two typed ratings is the one shown.
    expect(scoreIn(store.getState().workshop, rating)).toBe(3);
  });
});

describe('saving', () => {
  it('shows "saving" while a request is out and the failure’s sentence when it fails for another reason than a rule', async () => {
    const { host, client, notices, store } = await openStore();
    const confirmed = store.getState().workshop;
    const { rating, score } = aRating(host.state);
    const sent = store.dispatch(rate(rating, score));
    expect(store.getState().saveState).toEqual({ kind: 'saving' });

    const dropped = 'The connection to the workshop host dropped. Check whether your last change arrived.';
    client.fail('workshop/dispatch', new ClientError('disconnected', dropped));
    expect(await sent).toEqual({ ok: false, message: dropped });
    expect(store.getState().saveState).toEqual({ kind: 'failed', message: dropped, canRetry: false, unsaved: '', retrying: false });
    expect(notices.toast).toHaveBeenCalledWith(dropped, 'error');
    expect(store.getState().workshop).toBe(confirmed);

    // The next change that arrives is saved again.
    const again = store.dispatch(rate(rating, score));
    client.answer('workshop/dispatch', host.apply(rate(rating, score)));
    await again;
    expect(store.getState().saveState).toEqual({ kind: 'saved' });
  });

  it('says something a person can read when the failure is not the host’s', async () => {
    const { host, client, store } = await openStore();
    const { rating, score } = aRating(host.state);
    const sent = store.dispatch(rate(rating, score));
    client.fail('workshop/dispatch', new TypeError('x is undefined'));
    const message = 'Something went wrong on our side. Please try again.';
    expect(await sent).toEqual({ ok: false, message });
    expect(store.getState().saveState).toEqual({ kind: 'failed', message, canRetry: false, unsaved: '', retrying: false });
  });

  it('applies the host’s update after an undo and says so', async () => {
    const { host, client, notices, store } = await openStore();
    const { rating } = aRating(host.state);
    const done = store.undo();
    expect(client.requests('workshop/undo')).toEqual([{ workshopId: 'w1' }]);
    client.answer('workshop/undo', host.apply(rate(rating, 1), { canUndo: false, canRedo: true }));
    await done;
    expect(store.getState().workshop).toEqual(host.state);
    expect(store.getState().history).toEqual({ canUndo: false, canRedo: true });
    expect(notices.announce).toHaveBeenCalledWith('Undone.');
  });
});

describe('after the line drops', () => {
  it('asks for what it missed since its last update once the line is back, and applies it', async () => {
    const { host, client, store } = await openStore();
    // Seen before the drop.
    client.emit('workshop/changes', host.apply(addCard(host.state, 'Seen')));
    client.setConnection('reconnecting');
    const missed = [host.apply(addCard(host.state, 'Missed one')), host.apply(addCard(host.state, 'Missed two'))];
    client.setConnection('open');

    expect(client.requests('workshop/open')).toEqual([{ workshopId: 'w1' }, { workshopId: 'w1', since: { epoch: 'epoch-1', seq: 8 } }]);
    client.answer('workshop/open', { kind: 'updates', updates: missed } satisfies OpenResult);
    await settle();
    expect(store.getState().workshop).toEqual(host.state);
  });

  it('does not ask again when the line was never down', async () => {
    const { client } = await openStore();
    client.setConnection('open');
    expect(client.requests('workshop/open')).toHaveLength(1);
  });

  it('takes the whole workshop when the host answers the catch-up with a snapshot', async () => {
    const { host, client, store } = await openStore();
    client.setConnection('reconnecting');
    for (const title of ['One', 'Two', 'Three']) host.apply(addCard(host.state, title));
    client.setConnection('open');
    const snapshot = host.snapshot({ canUndo: false, canRedo: true });
    client.answer('workshop/open', { kind: 'snapshot', snapshot });
    await settle();
    expect(store.getState().workshop).toBe(snapshot.state);
    expect(store.getState().history).toEqual({ canUndo: false, canRedo: true });
  });

  it('opens afresh when an update comes from another epoch (the host started over)', async () => {
    const { host, client, store } = await openStore();
    host.restart();
    const update = host.apply(addCard(host.state, 'After the restart'));
    client.emit('workshop/changes', update);
    expect(client.requests('workshop/open')).toEqual([{ workshopId: 'w1' }, { workshopId: 'w1' }]);

    client.answer('workshop/open', { kind: 'snapshot', snapshot: host.snapshot() });
    await settle();
    expect(store.getState().workshop).toEqual(host.state);
    // And it goes on from the new epoch.
    client.emit('workshop/changes', host.apply(addCard(host.state, 'Next')));
    expect(store.getState().workshop).toEqual(host.state);
    expect(cardTitled(store.getState().workshop, 'Next')).toBeDefined();
  });
});

describe('the store as React reads it', () => {
  it('tells subscribers of each change, and gives the same state object while nothing changed', async () => {
    const { host, client, store } = await openStore();
    const heard = vi.fn();
    const stop = store.subscribe(heard);
    const before = store.getState();
    expect(store.getState()).toBe(before);

    const update = host.apply(addCard(host.state, 'Welcome call'));
    client.emit('workshop/changes', update);
    expect(heard).toHaveBeenCalledTimes(1);
    const after = store.getState();
    expect(after).not.toBe(before);
    expect(cardTitled(after.workshop, 'Welcome call')).toBeDefined();

    // The same update again changes nothing: no redraw, the same object.
    client.emit('workshop/changes', update);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(store.getState()).toBe(after);

    stop();
    client.emit('workshop/changes', host.apply(addCard(host.state, 'Unheard')));
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('does not redraw for a second request while already saving', async () => {
    const { host, client, store } = await openStore();
    const heard = vi.fn();
    store.subscribe(heard);
    const first = store.dispatch(addCard(host.state, 'One'));
    expect(heard).toHaveBeenCalledTimes(1);
    const saving = store.getState();
    expect(saving.saveState).toEqual({ kind: 'saving' });
    const second = store.dispatch(addCard(host.state, 'Two'));
    expect(heard).toHaveBeenCalledTimes(1);
    expect(store.getState()).toBe(saving);

    client.answer('workshop/dispatch', host.apply(addCard(host.state, 'One')));
    client.answer('workshop/dispatch', host.apply(addCard(host.state, 'Two')));
    await Promise.all([first, second]);
    expect(store.getState().saveState).toEqual({ kind: 'saved' });
    expect(store.getState().workshop).toEqual(host.state);
  });

  it('keeps the same save state object while only the workshop changes, so the shell does not redraw', async () => {
    const { host, client, store } = await openStore();
    const saveState = store.getState().saveState;
    client.emit('workshop/changes', host.apply(addCard(host.state, 'Welcome call')));
    expect(cardTitled(store.getState().workshop, 'Welcome call')).toBeDefined();
    expect(store.getState().saveState).toBe(saveState);
  });

  it('stops hearing the host once stopped', async () => {
    const { host, client, store } = await openStore();
    store.stop();
    const before = store.getState();
    client.emit('workshop/changes', host.apply(addCard(host.state, 'Too late')));
    client.setConnection('reconnecting');
    client.setConnection('open');
    expect(store.getState()).toBe(before);
    expect(client.pending('workshop/open')).toBe(0);
  });
});
