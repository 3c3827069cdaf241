/**
 * Where a browser keeps its seat in the local-network room: the credential
 * the host gave it when it joined (shared/room.ts). It is kept in
 * localStorage, so a reload or a laptop waking up lands on the same seat, and
 * read afresh at every connect, so a credential taken away (the seat ended)
 * is never offered again.
 *
 * A page on a LAN address is not a secure context: nothing here may use
 * APIs that need one. localStorage works there; it may still be missing or
 * refuse (a private window, storage turned off), and then the credential is
 * kept in memory for as long as the page is open.
 */
import { credentialSchema, CREDENTIAL_PROTOCOL_PREFIX, ROOM_PROTOCOL } from '../../shared/room';

export interface CredentialStore {
  /** The stored credential, or null when there is none (or what is stored is not one). */
  read(): string | null;
  write(credential: string): void;
  clear(): void;
}

/** The key holds the host and port: the same browser may hold seats in two rooms, one per address. */
export function credentialKey(host: string): string {
  return `journey-room.seat.${host}`;
}

/** A Storage-like place: localStorage in a browser, a stand-in in tests. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function browserCredentialStore(storage: KeyValueStorage | null, host: string): CredentialStore {
  const key = credentialKey(host);
  // Used when storage is missing or refuses: the seat lasts while the page is open.
  let inMemory: string | null = null;

  return {
    read() {
      let stored: string | null = inMemory;
      try {
        stored = storage?.getItem(key) ?? inMemory;
      } catch {
        // Storage refused to read: what is in memory is all there is.
      }
      if (stored === null) return null;
      // Offered as a WebSocket subprotocol, where a stray character would make the browser throw.
      if (credentialSchema.safeParse(stored).success) return stored;
      this.clear();
      return null;
    },
    write(credential) {
      inMemory = credential;
      try {
        storage?.setItem(key, credential);
      } catch {
        // Storage is full or turned off: the credential stays in memory.
      }
    },
    clear() {
      inMemory = null;
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing more can be done: it is gone from memory.
      }
    },
  };
}

/** localStorage, or null where reading it throws (some browsers do when storage is turned off). */
export function localStorageOrNull(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** What the page offers when it connects: the room's protocol, and its seat's credential when it has one. */
export function subprotocolsFor(credential: string | null): string[] {
  return credential === null ? [ROOM_PROTOCOL] : [ROOM_PROTOCOL, `${CREDENTIAL_PROTOCOL_PREFIX}${credential}`];
}
