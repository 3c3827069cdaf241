/**
 * The host's clock on this page: asks `clock/now` a few times when the line
 * opens (and again after every reconnect, as a laptop may have slept), and
 * keeps the offset of the quickest answer. Until it knows, it uses this
 * device's own clock.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { JourneyClient } from '../../api/client';
import { useClient } from '../../api/client-context';
import { bestOffset, type ClockSample } from './clock-offset';

const SAMPLES = 3;

async function measure(client: JourneyClient): Promise<number | null> {
  const samples: ClockSample[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const sentAt = Date.now();
    const { now } = await client.request('clock/now', {});
    samples.push({ sentAt, hostNow: now, receivedAt: Date.now() });
  }
  return bestOffset(samples);
}

/** A function giving the host's time now (ms), stable across renders. */
export function useHostClock(): () => number {
  const client = useClient();
  const offset = useRef(0);

  useEffect(() => {
    let live = true;
    const remeasure = () => {
      measure(client)
        .then((found) => {
          if (live && found !== null) offset.current = found;
        })
        // A dropped line: the last offset stands, and the next reconnect asks again.
        .catch(() => undefined);
    };
    if (client.connection === 'open') remeasure();
    const stop = client.onConnection((state) => {
      if (state === 'open') remeasure();
    });
    return () => {
      live = false;
      stop();
    };
  }, [client]);

  return useCallback(() => Date.now() + offset.current, []);
}
