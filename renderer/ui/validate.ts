/**
 * The same rules the host applies to names and texts, checked as people type
 * so they see the problem before anything is sent. The host checks again.
 */
import { NAME_MAX, TEXT_MAX } from '../../shared/model';

/** A short name: not empty, not overlong. */
export function nameProblem(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed.length === 0) return 'A name cannot be empty.';
  if (trimmed.length > NAME_MAX) return `Keep names to ${NAME_MAX} characters or fewer (this one has ${trimmed.length}).`;
  return null;
}

/** An optional short text (organisation, facilitator): may be empty, not overlong. */
export function shortTextProblem(value: string): string | null {
  const length = value.trim().length;
  return length > NAME_MAX ? `Keep this to ${NAME_MAX} characters or fewer (it has ${length}).` : null;
}

/** Free text (descriptions, scope): not overlong. */
export function longTextProblem(value: string): string | null {
  return value.length > TEXT_MAX ? `Keep this text to ${TEXT_MAX} characters or fewer (it has ${value.length}).` : null;
}
