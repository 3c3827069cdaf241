/**
 * One proposed fix in the list: what it is, which team proposed it, what it
 * is about and how big it is, with Edit and Delete beside it.
 */
import type { Fix, Workshop } from '../../../shared/model';
import { Button } from '../../ui';
import { touchpointLabel } from '../../../shared/present/touchpoints';
import { EFFORT_WORDS, IMPACT_WORDS } from './fix-form';

interface FixCardProps {
  readonly fix: Fix;
  readonly workshop: Workshop;
  readonly isEditing: boolean;
  /** Why the last attempt to delete it was refused, shown right under its buttons. */
  readonly refusal: string | null;
  /** Absent when this page may not edit it (a team's page, another team's fix). */
  readonly onEdit?: () => void;
  /** Absent when this page may not delete it. */
  readonly onDelete?: () => void;
  /** Absent when there is no other fix to merge into, or this page may not merge. */
  readonly onMerge?: () => void;
}

export function FixCard({ fix, workshop, isEditing, refusal, onEdit, onDelete, onMerge }: FixCardProps) {
  const team = workshop.teams.find((t) => t.id === fix.teamId);
  const touchpoints = fix.touchpointIds
    .map((id) => workshop.touchpoints.find((t) => t.id === id))
    .filter((t) => t !== undefined);
  const pillars = workshop.framework.pillars.filter((p) => fix.pillarIds.includes(p.id));

  return (
    <li className={`fix-card${isEditing ? ' fix-card-editing' : ''}`} data-testid="fix-card">
      <div className="fix-card-main">
        <h4 className="fix-card-title">{fix.title}</h4>
        {fix.description && <p className="fix-card-description">{fix.description}</p>}
        <dl className="fix-card-meta">
          <div>
            <dt>Proposed by</dt>
            <dd>
              {team && <span className="fix-team-dot" style={{ background: team.color }} aria-hidden="true" />}
              {team?.name ?? 'a team that has left'}
            </dd>
          </div>
          <div>
            <dt>About</dt>
            <dd>
              {touchpoints.length === 0 ? (
                'no particular touchpoint'
              ) : (
                <ul className="fix-card-links">
                  {touchpoints.map((t) => (
                    <li key={t.id}>{touchpointLabel(workshop, t)}</li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
          <div>
            <dt>Lifts</dt>
            <dd>
              {pillars.length === 0 ? (
                'no pillar chosen'
              ) : (
                <span className="fix-chips">
                  {pillars.map((p) => (
                    <span key={p.id} className="fix-chip">
                      {p.name}
                    </span>
                  ))}
                </span>
              )}
            </dd>
          </div>
          <div>
            <dt>Size</dt>
            <dd>
              Impact {fix.impact} ({IMPACT_WORDS[fix.impact]}) · effort {fix.effort} ({EFFORT_WORDS[fix.effort]})
            </dd>
          </div>
        </dl>
      </div>
      <div className="fix-card-buttons">
        {onEdit && (
          <Button size="sm" onClick={onEdit} data-fix-edit={fix.id} aria-label={`Edit “${fix.title}”`} aria-pressed={isEditing}>
            Edit
          </Button>
        )}
        {onMerge && (
          <Button size="sm" onClick={onMerge} aria-label={`“${fix.title}”: merge into another fix`}>
            Merge into…
          </Button>
        )}
        {onDelete && (
          <Button size="sm" onClick={onDelete} aria-label={`Delete “${fix.title}”`}>
            Delete
          </Button>
        )}
      </div>
      {refusal && (
        <p className="fix-refusal fix-card-refusal" role="alert">
          {refusal}
        </p>
      )}
    </li>
  );
}
