/**
 * Which fix controls this page offers. Every answer is asked of seat.ts, which
 * asks shared/roles.ts — the table the host checks — so a team's page never
 * offers an Edit, Delete or "Merge into…" the host would refuse.
 */
import type { Fix, Id, Team, Workshop } from '../../../shared/model';
import { mayDispatch, type Seat } from '../common/seat';

export interface FixControls {
  readonly edit: boolean;
  readonly remove: boolean;
  /** Whether this fix may be folded into another (only asked when there is another). */
  readonly merge: boolean;
}

export function fixControls(seat: Seat | undefined, workshop: Workshop, fix: Fix): FixControls {
  const other = workshop.fixes.find((f) => f.id !== fix.id);
  return {
    edit: mayDispatch(seat, workshop, { type: 'fix/update', fixId: fix.id }),
    remove: mayDispatch(seat, workshop, { type: 'fix/remove', fixId: fix.id }),
    merge: other !== undefined && mayDispatch(seat, workshop, { type: 'fix/merge', fixId: other.id, otherFixId: fix.id }),
  };
}

/**
 * The teams this page may name as a fix's proposer: for a new fix (`editing`
 * absent) or for the fix being edited. The facilitator may name any team.
 */
export function proposerTeams(seat: Seat | undefined, workshop: Workshop, editing?: Fix): readonly Team[] {
  return workshop.teams.filter((team) =>
    editing
      ? mayDispatch(seat, workshop, { type: 'fix/update', fixId: editing.id, teamId: team.id })
      : mayDispatch(seat, workshop, {
          type: 'fix/add',
          teamId: team.id,
          title: 'A fix',
          touchpointIds: [],
          pillarIds: [],
          impact: 3,
          effort: 3,
        }),
  );
}

/**
 * Who proposes a fix started from a pain point: the team whose card it is
 * when this page may propose in its name, otherwise the first team it may
 * (a team's own page: itself), otherwise the preferred team unchanged.
 */
export function proposerFor(seat: Seat | undefined, workshop: Workshop, preferredTeamId: Id): Id {
  const teams = proposerTeams(seat, workshop);
  if (teams.some((t) => t.id === preferredTeamId)) return preferredTeamId;
  return teams[0]?.id ?? preferredTeamId;
}
