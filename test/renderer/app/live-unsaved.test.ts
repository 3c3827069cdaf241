// When the disk refuses a change (renderer/store/live-workshop.ts with unsaved-changes.ts): the page does not
// pretend it is saved. It keeps the refused changes in the order they were made and shows the workshop as the
// host has it; Retry sends them again in that order, each with a new mutation number; a change made meanwhile
// waits behind them; Discard drops them and says what was lost.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClientCommand } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import type { Params, WorkshopUpdate } from '../../../shared/wire';
import { ClientError } from '../../../renderer/api/client';
import { describeUnsaved, KEPT_MESSAGE } from '../../../renderer/store/unsaved-changes';
import { DISK_FULL, diskRefused, openStore, settle } from './live-support';

function renameStage(workshop: Workshop, at: number, name: string): ClientCommand {
  const stage = workshop.stages[at];
  if (!stage) throw new Error('The sample workshop has stages.');
  return { type: 'stage/rename', stageId: stage.id, name };
}

function addCard(workshop: Workshop, title: string): ClientCommand {
  const [team, stage, channel] = [workshop.teams[0], workshop.stages[0], workshop.channels[0]];
  if (!team || !stage || !channel) throw new Error('The sample workshop has teams, stages and channels.');
  return { type: 'touchpoint/add', teamId: team.id, stageId: stage.id, channelId: channel.id, title };
}

const stageName = (workshop: Workshop | null, at: number) => workshop?.stages[at]?.name;
const sentCommands = (params: unknown[]) => params.map((p) => (p as Params<'workshop/dispatch'>).command);
const mutationNumbers = (params: unknown[]) => params.map((p) => (p as Params<'workshop/dispatch'>).mutation.n);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a change the disk refused', () => {
  it('is not shown as saved or applied: it is kept, and the save state carries the host’s sentence', async () => {
    const { host, client, notices, store } = await openStore();
    const confirmed = store.getState().workshop;
    const rename = renameStage(host.state, 0, 'Hear of us');
    const sent = store.dispatch(rename);
    // A rename is shown ahead while it travels…
    expect(stageName(store.getState().workshop, 0)).toBe('Hear of us');

    client.fail('workshop/dispatch', diskRefused());
    expect(await sent).toEqual({ ok: false, message: KEPT_MESSAGE, kept: true });
    // …and taken back once the disk refused it: the page shows what the host has.
    expect(store.getState().workshop).toBe(confirmed);
    expect(store.getState().saveState).toEqual({
      kind: 'failed',
      message: DISK_FULL,
      canRetry: true,
      unsaved: 'a stage changed',
      retrying: false,
    });
    // The banner says it; no toast on top of it.
    expect(notices.toast).not.toHaveBeenCalled();
  });

  it('Retry sends the kept changes again in order, each with a new mutation number, and then all is saved', async () => {
    const { host, client, notices, store } = await openStore();
    const first = renameStage(host.state, 0, 'Hear of us');
    const second = renameStage(host.state, 1, 'Weigh it up');
    void store.dispatch(first);
    void store.dispatch(second);
    client.fail('workshop/dispatch', diskRefused());
    client.fail('workshop/dispatch', diskRefused());
    await settle();
    expect(store.getState().saveState).toMatchObject({ kind: 'failed', canRetry: true, unsaved: '2 stages changed' });

    const retried = store.retry();
    expect(store.getState().saveState).toMatchObject({ kind: 'failed', canRetry: true, retrying: true });
    client.answer('workshop/dispatch', host.apply(first));
    await settle();
    client.answer('workshop/dispatch', host.apply(second));
    expect(await retried).toBe(true);

    const sent = client.requests('workshop/dispatch');
    expect(sentCommands(sent)).toEqual([first, second, first, second]);
    expect(mutationNumbers(sent)).toEqual([1, 2, 3, 4]);
    expect(store.getState().saveState).toEqual({ kind: 'saved' });
    expect(store.getState().workshop).toEqual(host.state);
    expect(stageName(store.getState().workshop, 1)).toBe('Weigh it up');
    expect(notices.announce).toHaveBeenCalledWith('Saved: the changes that were waiting are on the disk now.');
  });

  it('shows the sentence again when the disk refuses the retry, and keeps every change', async () => {
    const { host, client, store } = await openStore();
    const rename = renameStage(host.state, 0, 'Hear of us');
    void store.dispatch(rename);
    client.fail('workshop/dispatch', diskRefused());
    await settle();

    const retried = store.retry();
    const later = 'The disk is full: free some space, then press Retry. Nothing after 14:05 is saved.';
    client.fail('workshop/dispatch', diskRefused(later));
    expect(await retried).toBe(false);
    expect(store.getState().saveState).toEqual({ kind: 'failed', message: later, canRetry: true, unsaved: 'a stage changed', retrying: false });

    // And a later Retry still has it.
    const again = store.retry();
    client.answer('workshop/dispatch', host.apply(rename));
    expect(await again).toBe(true);
    expect(sentCommands(client.requests('workshop/dispatch'))).toEqual([rename, rename, rename]);
  });

  it('keeps changes refused together in the order they were made, whatever order the answers came in', async () => {
    const { host, client, store } = await openStore();
    const first = renameStage(host.state, 0, 'One');
    const second = renameStage(host.state, 1, 'Two');
    void store.dispatch(first);
    void store.dispatch(second);
    // The second is answered first.
    const asked = client.asked.filter((a) => a.method === 'workshop/dispatch');
    asked[1]?.reject(diskRefused());
    await settle();
    asked[0]?.reject(diskRefused());
    await settle();
    if (asked[0]) asked[0].answered = true;
    if (asked[1]) asked[1].answered = true;

    void store.retry();
    expect(sentCommands(client.requests('workshop/dispatch')).slice(2)).toEqual([first]);
    client.answer('workshop/dispatch', host.apply(first));
    await settle();
    expect(sentCommands(client.requests('workshop/dispatch')).slice(2)).toEqual([first, second]);
  });

  it('sends a change made meanwhile after the kept ones, trying them again first', async () => {
    const { host, client, store } = await openStore();
    const kept = renameStage(host.state, 0, 'Kept');
    void store.dispatch(kept);
    client.fail('workshop/dispatch', diskRefused());
    await settle();

    const later = addCard(host.state, 'Made meanwhile');
    const sent = store.dispatch(later);
    // Not shown ahead: it waits behind what the disk refused.
    expect(store.getState().workshop?.touchpoints.some((t) => t.title === 'Made meanwhile')).toBe(false);
    expect(store.getState().saveState).toMatchObject({ kind: 'failed', retrying: true });
    client.answer('workshop/dispatch', host.apply(kept));
    await settle();
    client.answer('workshop/dispatch', host.apply(later));
    expect(await sent).toEqual({ ok: true, workshop: store.getState().workshop });
    expect(sentCommands(client.requests('workshop/dispatch'))).toEqual([kept, kept, later]);
    expect(store.getState().workshop).toEqual(host.state);
    expect(store.getState().saveState).toEqual({ kind: 'saved' });
  });

  it('tells a change made meanwhile that it is kept too when the disk still refuses', async () => {
    const { host, client, store } = await openStore();
    void store.dispatch(renameStage(host.state, 0, 'Kept'));
    client.fail('workshop/dispatch', diskRefused());
    await settle();
    const sent = store.dispatch(renameStage(host.state, 1, 'Also kept'));
    client.fail('workshop/dispatch', diskRefused());
    expect(await sent).toEqual({ ok: false, message: KEPT_MESSAGE, kept: true });
    expect(store.getState().saveState).toMatchObject({ kind: 'failed', unsaved: '2 stages changed', retrying: false });
  });

  it('drops a kept change a rule now refuses, says why, and goes on with the rest', async () => {
    const { host, client, notices, store } = await openStore();
    const first = renameStage(host.state, 0, 'One');
    const second = renameStage(host.state, 1, 'Two');
    void store.dispatch(first);
    void store.dispatch(second);
    client.fail('workshop/dispatch', diskRefused());
    client.fail('workshop/dispatch', diskRefused());
    await settle();

    const retried = store.retry();
    const reason = 'That stage was removed in the meantime.';
    client.fail('workshop/dispatch', new ClientError('not-found', reason));
    await settle();
    client.answer('workshop/dispatch', host.apply(second));
    expect(await retried).toBe(true);
    expect(notices.announce).toHaveBeenCalledWith(reason, true);
    expect(store.getState().saveState).toEqual({ kind: 'saved' });
  });

  it('Discard drops the kept changes, sends nothing, and says what was lost', async () => {
    const { host, client, notices, store } = await openStore();
    const confirmed = store.getState().workshop;
    void store.dispatch(renameStage(host.state, 0, 'Gone'));
    client.fail('workshop/dispatch', diskRefused());
    await settle();

    await store.discard();
    expect(store.getState().saveState).toEqual({ kind: 'saved' });
    expect(store.getState().workshop).toBe(confirmed);
    expect(client.pending('workshop/dispatch')).toBe(0);
    expect(notices.announce).toHaveBeenCalledWith('Discarded what was not saved: a stage changed.');
    // Retry has nothing left to send.
    expect(await store.retry()).toBe(true);
    expect(client.requests('workshop/dispatch')).toHaveLength(1);
  });

  it('Discard pressed while Retry is sending waits for it, then drops what the disk refused again', async () => {
    const { host, client, store } = await openStore();
    void store.dispatch(renameStage(host.state, 0, 'Gone'));
    client.fail('workshop/dispatch', diskRefused());
    await settle();
    void store.retry();
    const discarded = store.discard();
    client.fail('workshop/dispatch', diskRefused());
    await discarded;
    expect(store.getState().saveState).toEqual({ kind: 'saved' });
    expect(client.pending('workshop/dispatch')).toBe(0);
  });

  it('keeps an undo the disk refused and sends it again as an undo', async () => {
    const { host, client, notices, store } = await openStore();
    const undone = store.undo();
    client.fail('workshop/undo', diskRefused());
    expect(await undone).toBe(false);
    expect(store.getState().saveState).toMatchObject({ kind: 'failed', canRetry: true, unsaved: 'an undo' });

    const retried = store.retry();
    client.answer('workshop/undo', host.apply(renameStage(host.state, 0, 'As before'), { canUndo: false, canRedo: true }));
    expect(await retried).toBe(true);
    expect(client.requests('workshop/undo')).toHaveLength(2);
    expect(store.getState().history).toEqual({ canUndo: false, canRedo: true });
    expect(notices.announce).not.toHaveBeenCalledWith('Undone.');
  });
});

describe('going back to a restore point', () => {
  it('asks the host for it and shows the workshop the host sends back, as one step', async () => {
    const { host, client, store } = await openStore();
    const restored = store.restore('p-1');
    expect(client.requests('history/restore')).toEqual([{ workshopId: 'w1', pointId: 'p-1' }]);
    const update: WorkshopUpdate = host.apply(renameStage(host.state, 0, 'As it was'), { canUndo: true, canRedo: false });
    client.answer('history/restore', update);
    expect(await restored).toEqual({ ok: true, workshop: store.getState().workshop });
    expect(stageName(store.getState().workshop, 0)).toBe('As it was');
    expect(store.getState().history).toEqual({ canUndo: true, canRedo: false });
  });

  it('is kept for Retry when the disk refuses it', async () => {
    const { client, store } = await openStore();
    const restored = store.restore('p-1');
    client.fail('history/restore', diskRefused());
    expect(await restored).toEqual({ ok: false, message: KEPT_MESSAGE, kept: true });
    expect(store.getState().saveState).toMatchObject({ kind: 'failed', unsaved: 'a return to a restore point' });
  });
});

describe('what is waiting, in words', () => {
  it('describes kept commands by what they change, and counts what it cannot work out', async () => {
    const { host } = await openStore();
    const commands = [addCard(host.state, 'One'), addCard(host.state, 'Two'), renameStage(host.state, 0, 'Renamed')];
    const kept = commands.map((command, order) => ({ step: { kind: 'command' as const, command }, order }));
    expect(describeUnsaved(host.state, kept)).toBe('2 cards added, a stage changed');
    expect(describeUnsaved(host.state, [...kept, { step: { kind: 'undo' }, order: 9 }])).toBe('3 changes and an undo');
    expect(describeUnsaved(host.state, [{ step: { kind: 'command', command: { type: 'phase/set', phase: 'rate' } }, order: 1 }])).toBe('a change');
  });
});
