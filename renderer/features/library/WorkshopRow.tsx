/**
 * One workshop in the library: what it is and how far it got, and the
 * things one does with it — open, rename in place, duplicate, delete. A
 * team's copy (opened from a team pack) says so and names its team; a
 * workshop just imported stands out and is scrolled into view.
 */
import { count as plural } from '../../../shared/present/numbers';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { WorkshopSummary } from '../../../shared/wire';
import { describeError } from '../../api/client';
import { phaseLabel } from '../../ui/phases';
import { Button, nameProblem, TextField } from '../../ui';
import { describeWhen } from './when';

export interface WorkshopRowProps {
  readonly workshop: WorkshopSummary;
  readonly now: number;
  readonly onOpen: (id: string) => void;
  /** Absent where this page may not rename (a team's page): the button is not offered. */
  readonly onRename?: (id: string, title: string) => Promise<void>;
  readonly onDuplicate?: (workshop: WorkshopSummary) => void;
  readonly onDelete?: (workshop: WorkshopSummary) => void;
  /** The workshop an import just brought in. */
  readonly justImported?: boolean;
}


export function WorkshopRow({ workshop, now, onOpen, onRename, onDuplicate, onDelete, justImported = false }: WorkshopRowProps) {
  const [renaming, setRenaming] = useState(false);
  const row = useRef<HTMLLIElement>(null);

  useEffect(() => {
    if (justImported) row.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [justImported]);
  const [draft, setDraft] = useState(workshop.title);
  const [error, setError] = useState<string | null>(null);

  async function saveRename(event: FormEvent): Promise<void> {
    event.preventDefault();
    const problem = nameProblem(draft);
    if (problem) {
      setError(problem);
      return;
    }
    try {
      if (draft.trim() !== workshop.title) await onRename?.(workshop.id, draft.trim());
      setRenaming(false);
    } catch (failure) {
      setError(describeError(failure));
    }
  }

  return (
    <li ref={row} className={`workshop-row${justImported ? ' workshop-row-imported' : ''}`} data-testid="workshop-row" aria-label={workshop.title}>
      <div className="workshop-row-main">
        {renaming ? (
          <form className="rename-form" onSubmit={(event) => void saveRename(event)} noValidate>
            <TextField
              label={`New title for ${workshop.title}`}
              hideLabel
              value={draft}
              error={error}
              autoFocus
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') setRenaming(false);
              }}
              data-testid="rename-field"
            />
            <Button type="submit" variant="primary" size="sm">
              Save
            </Button>
            <Button size="sm" onClick={() => setRenaming(false)}>
              Cancel
            </Button>
          </form>
        ) : (
          <h3 className="workshop-row-title">
            <button type="button" className="link-button" onClick={() => onOpen(workshop.id)}>
              {workshop.title}
            </button>
          </h3>
        )}
        <p className="workshop-row-meta">
          {workshop.teamCopy ? (
            <span className="team-copy-pill" data-testid="team-copy-label" title={`${workshop.teamCopy.teamName}’s copy of “${workshop.teamCopy.masterTitle}”, opened from a team pack`}>
              Team copy · {workshop.teamCopy.teamName}
            </span>
          ) : null}
          {workshop.organisation ? <span>{workshop.organisation}</span> : null}
          <span className="phase-pill">{phaseLabel(workshop.phase)}</span>
          <span>Changed {describeWhen(workshop.updatedAt, now, workshop.locale)}</span>
          <span>
            {plural(workshop.teamCount, 'team', 'teams')}, {plural(workshop.touchpointCount, 'touchpoint', 'touchpoints')}
          </span>
        </p>
      </div>
      <div className="workshop-row-actions">
        <Button variant="primary" size="sm" onClick={() => onOpen(workshop.id)} aria-label={`Open ${workshop.title}`}>
          Open
        </Button>
        {onRename && (
          <Button
            size="sm"
            onClick={() => {
              setDraft(workshop.title);
              setError(null);
              setRenaming(true);
            }}
            aria-label={`Rename ${workshop.title}`}
            disabled={renaming}
          >
            Rename
          </Button>
        )}
        {onDuplicate && (
          <Button size="sm" onClick={() => onDuplicate(workshop)} aria-label={`Duplicate ${workshop.title}`}>
            Duplicate
          </Button>
        )}
        {onDelete && (
          <Button size="sm" variant="ghost" className="danger-text" onClick={() => onDelete(workshop)} aria-label={`Delete ${workshop.title}`}>
            Delete
          </Button>
        )}
      </div>
    </li>
  );
}
