/**
 * A small typed listener registry shared by both client implementations, so
 * events reach screens the same way whatever the transport.
 */
import type { EventName, Events } from '../../shared/wire';
import type { ConnectionState } from './client';
import { isEventName, parseEvent } from './envelope';

type AnyListener = (data: never) => void;

export class EventHub {
  private readonly byName = new Map<EventName, Set<AnyListener>>();
  private readonly connectionListeners = new Set<(state: ConnectionState) => void>();

  on<E extends EventName>(name: E, listener: (data: Events[E]) => void): () => void {
    let set = this.byName.get(name);
    if (!set) {
      set = new Set();
      this.byName.set(name, set);
    }
    set.add(listener as AnyListener);
    return () => {
      set.delete(listener as AnyListener);
    };
  }

  /** Delivers an event that arrived from the host, after checking its shape. */
  deliverUnchecked(name: string, data: unknown): void {
    if (!isEventName(name)) return; // an event this version does not know: ignore it
    const payload = parseEvent(name, data);
    if (payload === undefined) {
      console.error(`Ignored a malformed '${name}' event from the host.`);
      return;
    }
    this.emit(name, payload);
  }

  emit<E extends EventName>(name: E, data: Events[E]): void {
    for (const listener of this.byName.get(name) ?? []) {
      (listener as (data: Events[E]) => void)(data);
    }
  }

  onConnection(listener: (state: ConnectionState) => void): () => void {
    this.connectionListeners.add(listener);
    return () => {
      this.connectionListeners.delete(listener);
    };
  }

  emitConnection(state: ConnectionState): void {
    for (const listener of this.connectionListeners) listener(state);
  }
}
