/**
 * The host's clock on the projector's page, so its countdown reads the same
 * as every other page in the room even when this computer's clock is off.
 * The host's time is taken to be read halfway between asking and hearing
 * back; of a few tries, the quickest answer is the most certain.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useClient } from '../../api/client-context';

const SAMPLES = 3;
/** Four times a second: a seconds display never lags its second by more than a quarter. */
const TICK_MS = 250;

/** Host minus this page's clock, in ms, once known (0 until then). */
function useHostOffset(): number {
  const client = useClient();
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    let live = true;
    const measure = async (): Promise<void> => {
      let best: { trip: number; offset: number } | null = null;
      for (let i = 0; i < SAMPLES; i++) {
        const sentAt = Date.now();
        const { now } = await client.request('clock/now', {});
        const receivedAt = Date.now();
        const trip = receivedAt - sentAt;
        if (best === null || trip < best.trip) best = { trip, offset: now - (sentAt + receivedAt) / 2 };
      }
      if (live && best !== null) setOffset(best.offset);
    };
    const again = (): void => void measure().catch(() => undefined);
    // After a dropped line the host may be another process with another clock.
    const stop = client.onConnection((state) => {
      if (state === 'open') again();
    });
    again();
    return () => {
      live = false;
      stop();
    };
  }, [client]);
  return offset;
}

function everyTick(onChange: () => void): () => void {
  const timer = window.setInterval(onChange, TICK_MS);
  return () => window.clearInterval(timer);
}

function never(): () => void {
  return () => undefined;
}

/** This page's clock to the quarter second: the same value however often React asks within one. */
function quarterSecond(): number {
  return Math.floor(Date.now() / TICK_MS) * TICK_MS;
}

/**
 * The host's time now, redrawn every quarter second while `ticking` (a
 * running countdown). Not ticking, nothing on the wall reads the time, so
 * the page stays still.
 */
export function useHostNow(ticking: boolean): number {
  const offset = useHostOffset();
  const now = useSyncExternalStore(ticking ? everyTick : never, ticking ? quarterSecond : stillTime);
  return now + offset;
}

function stillTime(): number {
  return 0;
}
