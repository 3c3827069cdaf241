/**
 * The host's own copy of a workshop, read and changed over the facilitator's
 * line (room.ts), for room tests that check what people's pages show against
 * what the host holds; and the workshop a page holds, rebuilt from the
 * WebSocket frames it received, for a test that has no other way into a
 * page's store.
 */
import type { Page } from 'playwright-core';
import { applyPatch } from '../../../shared/changes/patch';
import type { Patch } from '../../../shared/changes/types';
import type { ClientCommand } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import type { FacilitatorLine } from './room';

/** The whole workshop as the host holds it now (the facilitator's view hides nothing). */
export async function hostWorkshop(line: FacilitatorLine, workshopId: string): Promise<Workshop> {
  const opened = await line.request('workshop/open', { workshopId });
  if (opened.kind !== 'snapshot') throw new Error('The host answered a fresh open with updates, not the workshop.');
  return opened.snapshot.state;
}

/**
 * Sends commands as the facilitator, in order; a refusal throws the host's
 * sentence. Each line names its own mutations, so the host applies each once.
 */
export function facilitatorCommands(line: FacilitatorLine, workshopId: string, clientId: string) {
  let n = 0;
  return async (...commands: readonly ClientCommand[]): Promise<void> => {
    for (const command of commands) {
      n += 1;
      await line.request('workshop/dispatch', { workshopId, command, mutation: { clientId, n } });
    }
  };
}

/** One update as it travels: its place in the host's sequence and what changed. */
interface Update {
  readonly seq: number;
  readonly patch: Patch;
}

interface Frame {
  readonly event?: string;
  readonly data?: Partial<Update>;
  readonly result?: {
    readonly kind?: string;
    readonly snapshot?: { readonly state: Workshop; readonly seq: number };
    readonly updates?: readonly Update[];
  } & Partial<Update>;
}

/** Every frame a page receives on its WebSockets from now on; call before the page goes anywhere. */
export function recordFrames(page: Page): string[] {
  const frames: string[] = [];
  page.on('websocket', (socket) => socket.on('framereceived', ({ payload }) => frames.push(String(payload))));
  return frames;
}

/**
 * The workshop a page holds after these frames, put together as the page's
 * store does it (renderer/store/live-workshop.ts): the snapshot it opened
 * with, then the host's updates in the order of their sequence numbers,
 * whether they came as events or as replies to the page's own commands —
 * a reply can arrive after the events of later changes; one already
 * applied is skipped, one that comes early waits for those before it.
 * Undefined before the first snapshot.
 */
export function heldWorkshop(frames: readonly string[]): Workshop | undefined {
  let current: Workshop | undefined;
  let seq = -1;
  const early = new Map<number, Update>();
  const take = (update: Update) => {
    if (update.seq <= seq) return;
    early.set(update.seq, update);
    for (let next = early.get(seq + 1); next && current; next = early.get(seq + 1)) {
      current = applyPatch(current, next.patch);
      early.delete(next.seq);
      seq = next.seq;
    }
  };
  for (const text of frames) {
    const message = JSON.parse(text) as Frame;
    const result = message.result;
    if (result?.kind === 'snapshot' && result.snapshot) {
      current = result.snapshot.state;
      seq = result.snapshot.seq;
      early.clear();
      continue;
    }
    if (!current) continue;
    if (result?.kind === 'updates' && result.updates) {
      for (const update of result.updates) take(update);
      continue;
    }
    const update = message.event === 'workshop/changes' ? message.data : result;
    if (update?.patch && typeof update.seq === 'number') take({ seq: update.seq, patch: update.patch });
  }
  return current;
}
