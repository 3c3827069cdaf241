/**
 * The preload (main/electron/preload.ts), run under Node against the
 * recording stand-in for Electron's renderer side: the page gets one named
 * object with only the bridge's functions (never ipcRenderer), and only
 * what makes sense goes on to the main process — text on the bridge's
 * channel, text back to the page, projector requests checked field by field.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNELS, type JourneyRoomBridge } from '../../../shared/bridge';
import { PROJECTOR_CHANNELS } from '../../../shared/projector-bridge';
import { reset, state } from './support/fake-electron';

vi.mock('electron', async () => (await import('./support/fake-electron')).electron);

async function loadPreload(): Promise<JourneyRoomBridge> {
  await import('../../../main/electron/preload');
  const bridge = state.exposed.get('journeyRoom');
  if (!bridge) throw new Error('The preload exposed no journeyRoom.');
  return bridge as JourneyRoomBridge;
}

beforeEach(() => {
  reset();
  vi.resetModules();
});

/** Every key and, for objects, their keys, so nothing extra can ride along. */
function shape(value: unknown): unknown {
  if (typeof value === 'function') return 'function';
  if (value === null || typeof value !== 'object') return typeof value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]));
}

describe('the preload', () => {
  it('exposes one object, journeyRoom, with only the bridge’s functions', async () => {
    const bridge = await loadPreload();
    expect([...state.exposed.keys()]).toEqual(['journeyRoom']);
    expect(shape(bridge)).toEqual({
      send: 'function',
      onMessage: 'function',
      platform: 'string',
      projector: { displays: 'function', open: 'function' },
    });
    expect(bridge.platform).toBe(process.platform);
    // Nothing of Electron's own reaches the page.
    expect(JSON.stringify(Object.keys(bridge))).not.toMatch(/ipc|invoke|electron|require/i);
  });

  it('sends only text, and only on the bridge’s channel', async () => {
    const bridge = await loadPreload();
    bridge.send('{"v":1}');
    for (const notText of [{ method: 'x' }, 42, undefined, null, ['a']]) (bridge.send as (value: unknown) => void)(notText);
    expect(state.rendererSent).toEqual([{ channel: BRIDGE_CHANNELS.toMain, args: ['{"v":1}'] }]);
  });

  it('passes the page only text from the app, and stops when asked', async () => {
    const bridge = await loadPreload();
    const heard: unknown[] = [];
    const stop = bridge.onMessage((text) => heard.push(text));
    const listeners = state.rendererListeners.get(BRIDGE_CHANNELS.toPage) ?? [];
    expect(listeners).toHaveLength(1);
    const deliver = (data: unknown) => listeners[0]?.({ sender: 'the ipc event, never handed on' }, data);
    deliver('{"ok":true}');
    deliver({ not: 'text' });
    deliver(7);
    expect(heard).toEqual(['{"ok":true}']);
    stop();
    expect(state.rendererListeners.get(BRIDGE_CHANNELS.toPage)).toEqual([]);
    // A listener that is not a function is never registered.
    (bridge.onMessage as (listener: unknown) => () => void)('not a function');
    expect(state.rendererListeners.get(BRIDGE_CHANNELS.toPage)).toEqual([]);
  });

  it('asks for the projector only with a request that makes sense, and passes on only its checked fields', async () => {
    const bridge = await loadPreload();
    const projector = bridge.projector;
    if (!projector) throw new Error('The preload has no projector bridge.');
    const open = projector.open as (request: unknown) => Promise<unknown>;
    await open({ workshopId: 'w1', displayId: 7 });
    await open({ workshopId: 'w2' });
    for (const bad of [undefined, 'w1', { workshopId: '' }, { workshopId: 'w1', displayId: 'TV' }, { workshopId: 'w1', url: 'https://example.com' }]) {
      expect(await open(bad), JSON.stringify(bad)).toEqual({ ok: false, message: 'That request to open the projector was not understood.' });
    }
    await (projector.displays as (...args: unknown[]) => Promise<unknown>)('ignored', { extra: true });
    expect(state.rendererInvoked).toEqual([
      { channel: PROJECTOR_CHANNELS.open, args: [{ workshopId: 'w1', displayId: 7 }] },
      { channel: PROJECTOR_CHANNELS.open, args: [{ workshopId: 'w2' }] },
      { channel: PROJECTOR_CHANNELS.displays, args: [] },
    ]);
  });
});
