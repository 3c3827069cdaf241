/**
 * Turns anything a handler throws into the wire's error shape. Refusals the
 * person can act on keep their sentence; anything unexpected becomes a
 * generic 'internal' message, with the detail logged for us, not shown.
 */
import type { WireError, WireErrorCode } from '../../shared/wire';
import { HostRefusal } from '../host/host-errors';
import { WorkshopStoreError } from '../store/store-errors';

/** A refusal made by the API layer itself (a malformed request, a desktop-only method). */
export class ApiRefusal extends Error {
  override readonly name = 'ApiRefusal';
  constructor(
    readonly code: WireErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const INTERNAL_MESSAGE =
  'Something went wrong inside Journey Room. Everything saved so far is safe; try again, and restart the app if it keeps happening.';

export function toWireError(error: unknown, log: (message: string, detail?: unknown) => void): WireError {
  if (error instanceof ApiRefusal || error instanceof HostRefusal) {
    return { code: error.code, message: error.message };
  }
  if (error instanceof WorkshopStoreError) {
    return { code: error.kind === 'not-found' ? 'not-found' : 'invalid', message: error.message };
  }
  log('A request failed unexpectedly.', error);
  return { code: 'internal', message: INTERNAL_MESSAGE };
}
