/**
 * What the facilitator can do about a notice in the library: dismiss it
 * (library/dismiss-problem; it does not come back), or bring its workshop back
 * from the newest restore point (library/recover; the workshop is in the list
 * again and its notice goes). Focus then moves to the list's heading, since
 * the button that was pressed has gone with its notice.
 */
import { useCallback, useState } from 'react';
import type { LibraryListing, StoreProblem } from '../../../shared/wire';
import { describeError } from '../../api/client';
import { useClient } from '../../api/client-context';
import { useNotify } from '../../ui';

export const LIBRARY_LIST_TITLE_ID = 'library-list-title';

function focusListTitle(): void {
  document.getElementById(LIBRARY_LIST_TITLE_ID)?.focus();
}

export interface ProblemActions {
  /** The notices still to show: those dismissed here go at once, before the listing is read again. */
  readonly shown: (listing: LibraryListing) => readonly StoreProblem[];
  readonly dismiss: (problem: StoreProblem) => Promise<void>;
  readonly recover: (problem: StoreProblem) => Promise<void>;
}

export function useProblemActions(reload: () => void): ProblemActions {
  const client = useClient();
  const { toast } = useNotify();
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(() => new Set());

  const shown = useCallback((listing: LibraryListing) => listing.problems.filter((p) => !dismissed.has(p.id)), [dismissed]);

  const dismiss = useCallback(
    async (problem: StoreProblem) => {
      try {
        await client.request('library/dismiss-problem', { problemId: problem.id });
        setDismissed((before) => new Set(before).add(problem.id));
        focusListTitle();
        reload();
      } catch (error) {
        toast(describeError(error), 'error');
      }
    },
    [client, reload, toast],
  );

  const recover = useCallback(
    async (problem: StoreProblem) => {
      const workshopId = problem.workshopId;
      if (workshopId === undefined) return;
      try {
        const workshop = await client.request('library/recover', { workshopId });
        toast(`Brought back '${workshop.title}' as it was at its newest restore point.`, 'success');
        setDismissed((before) => new Set(before).add(problem.id));
        focusListTitle();
        reload();
      } catch (error) {
        toast(describeError(error), 'error');
      }
    },
    [client, reload, toast],
  );

  return { shown, dismiss, recover };
}
