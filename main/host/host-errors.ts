/**
 * A refusal from the host that is not a refused command — for example "there
 * is nothing to undo" or an empty name for a new workshop. It carries a
 * domain error code and a sentence for the person, like a refused command.
 */
import type { DomainError, DomainErrorCode } from '../../shared/result';

/** A refused command's code, or 'storage' when the disk refused to keep something. */
export type HostRefusalCode = DomainErrorCode | 'storage';

export class HostRefusal extends Error {
  override readonly name = 'HostRefusal';
  constructor(
    readonly code: HostRefusalCode,
    message: string,
  ) {
    super(message);
  }

  static from(error: DomainError): HostRefusal {
    return new HostRefusal(error.code, error.message);
  }
}
