/**
 * Whether this page is sealed to the pass-the-laptop ballot, and the way to
 * seal and unseal it. While sealed the page shows the ballot and nothing
 * else: no tabs, no undo, no export, no reveal (renderer/app/WorkshopView.tsx
 * shows SealedBallot instead of its usual chrome). The seal lives in this
 * browser's localStorage (seal-store.ts), so it outlasts a reload.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { hashPin, newSalt, pinProblem } from './pin';
import { clearSeal, readSeal, subscribeSeal, writeSeal } from './seal-store';
import { secondsToWait, waitAfter, waitSentence } from './wrong-tries';

export type UnsealOutcome = { readonly ok: true } | { readonly ok: false; readonly message: string };

export interface BallotSeal {
  readonly sealed: boolean;
  /** Sealed, but the stored lock could not be read, so no PIN can be checked: the way out is the workshop's title. */
  readonly damaged: boolean;
  /** Seals the page with this PIN; resolves with why not, or null when sealed. */
  readonly seal: (pin: string) => Promise<string | null>;
  /** Ends the ballot when the PIN is right; a wrong one is counted and said. */
  readonly unseal: (pin: string) => Promise<UnsealOutcome>;
  /** The way out when the lock is damaged: the workshop's title, typed as it is. */
  readonly unsealByTitle: (typed: string, title: string) => UnsealOutcome;
  /** Seconds before the next PIN may be tried; 0 when it may be now. */
  readonly secondsToWait: (now: number) => number;
}

const NOT_KEPT = 'This browser would not keep the lock (its storage is full or switched off), so the ballot cannot be sealed here.';

export function useBallotSeal(workshopId: string): BallotSeal {
  const state = useSyncExternalStore(subscribeSeal, () => readSeal(workshopId));

  const seal = useCallback(
    async (pin: string): Promise<string | null> => {
      const problem = pinProblem(pin);
      if (problem) return problem;
      const salt = newSalt();
      const hash = await hashPin(pin, salt);
      return writeSeal(workshopId, { version: 1, salt, hash, wrongTries: 0, waitUntil: 0 }) ? null : NOT_KEPT;
    },
    [workshopId],
  );

  const unseal = useCallback(
    async (pin: string): Promise<UnsealOutcome> => {
      // Read afresh: another tab may have counted a wrong try meanwhile.
      const current = readSeal(workshopId);
      if (current.kind === 'open') return { ok: true };
      if (current.kind === 'damaged') return { ok: false, message: 'The PIN cannot be checked on this laptop. Type the workshop’s title instead.' };
      const { entry } = current;
      const wait = secondsToWait(entry.waitUntil, Date.now());
      if (wait > 0) return { ok: false, message: waitSentence(wait) };
      if ((await hashPin(pin, entry.salt)) === entry.hash) {
        clearSeal(workshopId);
        return { ok: true };
      }
      const wrongTries = entry.wrongTries + 1;
      const waitMs = waitAfter(wrongTries);
      writeSeal(workshopId, { ...entry, wrongTries, waitUntil: waitMs > 0 ? Date.now() + waitMs : 0 });
      // When a wait starts, the dialog shows it on a line of its own, counting down.
      return { ok: false, message: waitMs > 0 ? 'That PIN is not right.' : 'That PIN is not right. The ballot stays on.' };
    },
    [workshopId],
  );

  const unsealByTitle = useCallback(
    (typed: string, title: string): UnsealOutcome => {
      if (typed.trim() === '' || typed.trim().toLocaleLowerCase() !== title.trim().toLocaleLowerCase()) {
        return { ok: false, message: 'That is not the workshop’s title. The ballot stays on.' };
      }
      clearSeal(workshopId);
      return { ok: true };
    },
    [workshopId],
  );

  const wait = useCallback((now: number) => (state.kind === 'sealed' ? secondsToWait(state.entry.waitUntil, now) : 0), [state]);

  return { sealed: state.kind !== 'open', damaged: state.kind === 'damaged', seal, unseal, unsealByTitle, secondsToWait: wait };
}
