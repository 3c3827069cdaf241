/**
 * Says plainly when workshop files could not be read: what happened to each
 * and where it was put, so nothing seems to vanish.
 */
import type { StoreProblem } from '../../../shared/wire';

export function StoreProblems({ problems }: { problems: readonly StoreProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <section className="notice notice-warning store-problems" role="alert" data-testid="store-problems">
      <h2>
        {problems.length === 1
          ? 'One workshop file could not be read'
          : `${problems.length} workshop files could not be read`}
      </h2>
      <p>Nothing was deleted. Each damaged file was moved aside so it can be recovered.</p>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.fileName}-${problem.movedTo}`}>
            <strong>{problem.fileName}</strong>: {problem.message}
            {problem.message.includes(problem.movedTo) ? null : (
              <span className="muted"> Moved to {problem.movedTo}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
