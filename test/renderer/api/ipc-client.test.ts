// The desktop client turns the host's envelopes into results or readable errors, and ignores malformed events.
import { describe, expect, it, vi } from 'vitest';
import { createBlankWorkshop, sequentialIds } from '../../../shared/new-workshop';
import type { WorkshopSnapshot } from '../../../shared/wire';
import type { JourneyRoomBridge } from '../../../renderer/api/bridge';
import { ClientError } from '../../../renderer/api/client';
import { IpcClient } from '../../../renderer/api/ipc-client';

function fakeBridge(answer: (method: string, params: unknown) => unknown) {
  let emit: (name: string, data: unknown) => void = () => undefined;
  const bridge: JourneyRoomBridge = {
    platform: 'linux',
    invoke: async (method, params) => answer(method, params),
    onEvent: (listener) => {
      emit = listener;
      return () => undefined;
    },
  };
  return { bridge, emit: (name: string, data: unknown) => emit(name, data) };
}

const snapshot: WorkshopSnapshot = {
  workshopId: 'w1',
  seq: 3,
  canUndo: true,
  canRedo: false,
  state: createBlankWorkshop({ id: 'w1', title: 'Room', now: '2026-11-20T09:00:00.000Z', newId: sequentialIds('x') }),
};

async function failure(promise: Promise<unknown>): Promise<ClientError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ClientError) return error;
    throw error;
  }
  throw new Error('Expected the request to fail.');
}

describe('IpcClient requests', () => {
  it('resolves with the result of an ok envelope', async () => {
    const { bridge } = fakeBridge(() => ({ ok: true, result: snapshot }));
    const client = new IpcClient(bridge);
    await expect(client.request('workshop/open', { workshopId: 'w1' })).resolves.toEqual(snapshot);
  });

  it('rejects a refusal with the host’s code and sentence', async () => {
    const message = 'Team 1 still has 2 cards. Move or remove them before removing the team.';
    const { bridge } = fakeBridge(() => ({ ok: false, error: { code: 'conflict', message } }));
    const error = await failure(new IpcClient(bridge).request('library/list', {}));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe(message);
    expect(error.isRefusal).toBe(true);
  });

  it('turns a malformed answer into a protocol error instead of passing it on', async () => {
    for (const answer of [undefined, 'ok', { ok: true }, { ok: false, error: 'bad' }]) {
      const { bridge } = fakeBridge(() => answer);
      const error = await failure(new IpcClient(bridge).request('library/list', {}));
      expect(error.code).toBe('protocol');
      expect(error.isRefusal).toBe(false);
    }
  });

  it('refuses a "snapshot" that is not a workshop', async () => {
    const { bridge } = fakeBridge(() => ({ ok: true, result: { workshopId: 'w1', seq: 1 } }));
    const error = await failure(new IpcClient(bridge).request('workshop/undo', { workshopId: 'w1' }));
    expect(error.code).toBe('protocol');
  });

  it('counts an unknown error code as internal, keeping the message', async () => {
    const { bridge } = fakeBridge(() => ({ ok: false, error: { code: 'meteor', message: 'Something fell.' } }));
    const error = await failure(new IpcClient(bridge).request('library/list', {}));
    expect(error.code).toBe('internal');
    expect(error.message).toBe('Something fell.');
  });
});

describe('IpcClient events', () => {
  it('delivers well-formed events and drops malformed or unknown ones', () => {
    const { bridge, emit } = fakeBridge(() => undefined);
    const client = new IpcClient(bridge);
    const seen = vi.fn();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    client.onEvent('workshop/changed', seen);
    emit('workshop/changed', snapshot);
    emit('workshop/changed', { workshopId: 'w1' });
    emit('something/else', snapshot);
    expect(seen).toHaveBeenCalledTimes(1);
    expect(seen).toHaveBeenCalledWith(snapshot);
  });

  it('stops delivering after unsubscribing', () => {
    const { bridge, emit } = fakeBridge(() => undefined);
    const client = new IpcClient(bridge);
    const seen = vi.fn();
    const stop = client.onEvent('library/changed', seen);
    emit('library/changed', {});
    stop();
    emit('library/changed', {});
    expect(seen).toHaveBeenCalledTimes(1);
  });
});

describe('IpcClient PDF export', () => {
  it('reports where the file was saved, a cancel, or the reason it failed', async () => {
    const saved = new IpcClient(fakeBridge(() => ({ ok: true, result: { saved: true, path: '/tmp/plan.pdf' } })).bridge);
    await expect(saved.exportPdf('w1', 'a4')).resolves.toEqual({ kind: 'saved', path: '/tmp/plan.pdf' });
    const cancelled = new IpcClient(fakeBridge(() => ({ ok: true, result: { saved: false } })).bridge);
    await expect(cancelled.exportPdf('w1', 'letter')).resolves.toEqual({ kind: 'cancelled' });
    const failed = new IpcClient(
      fakeBridge(() => ({ ok: false, error: { code: 'internal', message: 'The disk is full.' } })).bridge,
    );
    await expect(failed.exportPdf('w1', 'a4')).resolves.toEqual({ kind: 'failed', message: 'The disk is full.' });
  });

  it('asks the desktop host to save, with the chosen paper', async () => {
    const answer = vi.fn(() => ({ ok: true, result: { saved: false } }));
    await new IpcClient(fakeBridge(answer).bridge).exportPdf('w1', 'letter');
    expect(answer).toHaveBeenCalledWith('export/save-pdf', { workshopId: 'w1', paper: 'letter' });
  });
});
