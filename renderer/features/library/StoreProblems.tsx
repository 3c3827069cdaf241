/**
 * Says plainly when workshop files could not be read: what happened to each
 * and where it was put, so nothing seems to vanish. Each notice stays until
 * the facilitator dismisses it; one whose workshop has a restore point also
 * offers to bring the workshop back from it.
 */
import { useId, useState } from 'react';
import type { StoreProblem } from '../../../shared/wire';
import { Button } from '../../ui';

export interface StoreProblemsProps {
  readonly problems: readonly StoreProblem[];
  /** Absent where this page may not dismiss notices (a team's page). */
  readonly onDismiss?: (problem: StoreProblem) => Promise<void>;
  /** Absent where this page may not bring workshops back. */
  readonly onRecover?: (problem: StoreProblem) => Promise<void>;
}

export function StoreProblems({ problems, onDismiss, onRecover }: StoreProblemsProps) {
  // The notice being acted on, so its buttons do not send twice.
  const [busy, setBusy] = useState<string | null>(null);
  const idBase = useId();
  const textId = (at: number) => `${idBase}-text-${String(at)}`;
  if (problems.length === 0) return null;

  async function act(problem: StoreProblem, action: (problem: StoreProblem) => Promise<void>): Promise<void> {
    setBusy(problem.id);
    try {
      await action(problem);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="notice notice-warning store-problems" role="alert" data-testid="store-problems">
      <h2>
        {problems.length === 1
          ? 'One workshop file could not be read'
          : `${problems.length} workshop files could not be read`}
      </h2>
      <p>Nothing was deleted: every file was kept, and each notice says where.</p>
      <ul className="store-problem-list">
        {problems.map((problem, at) => (
          <li key={problem.id} className="store-problem" data-testid="store-problem">
            {/* Several notices each have a Dismiss: the sentence tells a screen reader which one this is. */}
            <p className="store-problem-text" id={textId(at)}>
              {/* The file's name leads, unless the sentence already names it (a file whose title is unreadable). */}
              {problem.message.includes(problem.fileName) ? null : (
                <>
                  <strong>{problem.fileName}</strong>:{' '}
                </>
              )}
              {problem.message}
              {problem.message.includes(problem.movedTo) ? null : (
                <span className="muted"> Moved to {problem.movedTo}</span>
              )}
            </p>
            {(onDismiss && !problem.lasting) || (onRecover && problem.canRecover) ? (
              <div className="store-problem-actions">
                {onRecover && problem.canRecover ? (
                  <Button size="sm" variant="primary" disabled={busy === problem.id} onClick={() => void act(problem, onRecover)} aria-describedby={textId(at)}>
                    Bring back
                  </Button>
                ) : null}
                {onDismiss && !problem.lasting ? (
                  <Button size="sm" disabled={busy === problem.id} onClick={() => void act(problem, onDismiss)} aria-describedby={textId(at)}>
                    Dismiss
                  </Button>
                ) : null}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
