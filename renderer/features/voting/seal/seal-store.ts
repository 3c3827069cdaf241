/**
 * Where a sealed ballot is remembered: this browser's localStorage, one
 * entry per workshop, so a reload (or a voter closing and reopening the tab)
 * finds the page still sealed. The entry holds the PIN's salted hash and the
 * count of wrong tries, never the PIN. What is read back is checked with zod;
 * an entry that is there but cannot be read keeps the page sealed ("damaged"),
 * because a voter must not be able to unseal it by spoiling the entry.
 *
 * Every page of this browser on this address shares the entry, so another
 * tab of the same workshop seals too (the storage event tells it).
 */
import { z } from 'zod';

const HEX_64 = /^[0-9a-f]{64}$/;
const HEX_32 = /^[0-9a-f]{32}$/;

const sealEntrySchema = z
  .object({
    version: z.literal(1),
    salt: z.string().regex(HEX_32),
    hash: z.string().regex(HEX_64),
    /** Wrong PINs typed since the last right one. */
    wrongTries: z.number().int().min(0).max(1000),
    /** No PIN is checked before this time (ms since 1970); 0 when there is no wait. */
    waitUntil: z.number().int().min(0),
  })
  .strict();
export type SealEntry = z.infer<typeof sealEntrySchema>;

export type SealState =
  | { readonly kind: 'open' }
  | { readonly kind: 'sealed'; readonly entry: SealEntry }
  /** An entry is there but unreadable: still sealed, and the PIN cannot be checked. */
  | { readonly kind: 'damaged' };

const OPEN: SealState = { kind: 'open' };
const DAMAGED: SealState = { kind: 'damaged' };

export function sealKey(workshopId: string): string {
  return `journey-room.ballot-seal.${workshopId}`;
}

/** What a stored text means; exported for tests. */
export function parseSeal(raw: string | null): SealState {
  if (raw === null) return OPEN;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return DAMAGED;
  }
  const parsed = sealEntrySchema.safeParse(json);
  return parsed.success ? { kind: 'sealed', entry: parsed.data } : DAMAGED;
}

function readRaw(workshopId: string): string | null {
  try {
    return localStorage.getItem(sealKey(workshopId));
  } catch {
    // Storage switched off: nothing can have been sealed here.
    return null;
  }
}

// One state object per stored text, so React sees the same snapshot until the entry changes.
const cache = new Map<string, { readonly raw: string | null; readonly state: SealState }>();

export function readSeal(workshopId: string): SealState {
  const raw = readRaw(workshopId);
  const cached = cache.get(workshopId);
  if (cached && cached.raw === raw) return cached.state;
  const state = parseSeal(raw);
  cache.set(workshopId, { raw, state });
  return state;
}

const listeners = new Set<() => void>();

export function subscribeSeal(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab of this browser sealing or unsealing.
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

function changed(): void {
  for (const listener of listeners) listener();
}

/** Keeps the entry; false when the browser would not store it (storage full or switched off). */
export function writeSeal(workshopId: string, entry: SealEntry): boolean {
  try {
    localStorage.setItem(sealKey(workshopId), JSON.stringify(entry));
  } catch {
    return false;
  }
  changed();
  return true;
}

export function clearSeal(workshopId: string): void {
  try {
    localStorage.removeItem(sealKey(workshopId));
  } catch {
    // Nothing stored can be cleared; the page is open either way.
  }
  changed();
}
