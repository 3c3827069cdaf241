/**
 * The open workshop's store (live-workshop.ts) in React: made once per open
 * workshop, started and stopped with the view, and read by selector with
 * useSyncExternalStore, so a screen redraws when the part it reads changes
 * and not when anything else does. Selectors must return something the
 * workshop already holds (an array, a record, a field) or a primitive; the
 * workshop keeps untouched parts as the same objects.
 */
import { createContext, useContext, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Workshop } from '../../shared/model';
import { useNotify } from '../ui';
import { useClient } from '../api/client-context';
import { LiveWorkshop, type LiveState } from './live-workshop';
import { sameWork } from './same-work';

/** The store of the workshop open on this page, made when it opens and stopped when it closes. */
export function useLiveWorkshop(workshopId: string): LiveWorkshop {
  const client = useClient();
  const notices = useNotify();
  const [store, setStore] = useState(() => new LiveWorkshop(client, workshopId, notices));
  if (store.workshopId !== workshopId) {
    const next = new LiveWorkshop(client, workshopId, notices);
    setStore(next);
  }
  useEffect(() => {
    store.start();
    return () => store.stop();
  }, [store]);
  return store;
}

/** A part of the store's state (open or not, save state, undo and redo), read by selector. */
export function useLiveSelector<T>(store: LiveWorkshop, select: (live: LiveState) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}

const LiveWorkshopContext = createContext<LiveWorkshop | null>(null);
export const LiveWorkshopProvider = LiveWorkshopContext.Provider;

export function useLiveStore(): LiveWorkshop {
  const store = useContext(LiveWorkshopContext);
  if (!store) throw new Error('useLiveStore is used outside an open workshop.');
  return store;
}

/** What a screen reads of the open workshop; it redraws only when that changes. */
export function useWorkshopSelector<T>(select: (workshop: Workshop) => T): T {
  const store = useLiveStore();
  return useSyncExternalStore(store.subscribe, () => {
    const workshop = store.getState().workshop;
    if (!workshop) throw new Error('The workshop is read before it has opened.');
    return select(workshop);
  });
}

/**
 * The whole open workshop, for a screen that shows most of it; it redraws on
 * every change to the work. Running the room (moving it on, the timer, what
 * the projector shows) and the time of the last change do not count: a
 * "+1 min" or "Next" would otherwise redraw every rating grid and board in
 * the room. A screen that shows those reads them by selector, or uses
 * useWorkshopExactly.
 */
export function useWorkshop(): Workshop {
  const shown = useRef<Workshop | null>(null);
  return useWorkshopSelector((workshop) => {
    const before = shown.current;
    if (before !== null && sameWork(before, workshop)) return before;
    shown.current = workshop;
    return workshop;
  });
}

/** The whole open workshop exactly as it is now, the room's running included; it redraws on every change. */
export function useWorkshopExactly(): Workshop {
  return useWorkshopSelector(whole);
}

const whole = (workshop: Workshop): Workshop => workshop;

