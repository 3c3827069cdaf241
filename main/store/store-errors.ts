/**
 * Why the store could not give back a workshop, as typed errors the API turns
 * into a sentence for the person who asked. Each carries that sentence.
 */
import type { StoreProblem } from '../../shared/wire';

export type StoreErrorKind = 'not-found' | 'damaged' | 'too-new';

export class WorkshopStoreError extends Error {
  override readonly name = 'WorkshopStoreError';
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    /** What was done with the file, when it could not be read. */
    readonly problem?: StoreProblem,
  ) {
    super(message);
  }
}

export function workshopNotFound(): WorkshopStoreError {
  return new WorkshopStoreError(
    'not-found',
    'That workshop no longer exists — it may have been deleted. Reload the list of workshops.',
  );
}
