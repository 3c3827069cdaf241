/**
 * What the projector may show, worked out from the workshop: exactly the
 * words and figures for the wall and nothing else. The facilitator's page
 * holds every team's silent ratings and every secret dot; the projector's
 * page draws only this projection, so what is still hidden cannot reach the
 * wall by a slip in a screen. Reveal views that are not yet revealed become
 * a "waiting for the reveal" projection that carries no scores at all.
 */
import { pluralWord as plural } from './numbers';
import { formatDay } from './dates';
import type { Phase, ProjectorView, Timer, Workshop } from '../model';
import {
  finalRanking,
  openRound,
  resultsVisible,
  stageScores,
  tallyVoters,
  touchpointsOfTeam,
  votersWhoVoted,
  weakestPillarPerStage,
} from '../selectors';
import { phaseInstructions, phaseLabel } from './phase-words';
import { rankLabel } from './ranks';
import { roundName } from './rounds';

/** The room as the facilitator's page knows it, when it is open for this workshop. */
export interface RoomJoinInfo {
  /** The six-character room code. */
  readonly code: string;
  /** What the QR code holds: the join page with the code in it. */
  readonly joinUrl: string;
  /** The short address people type (`http://10.0.0.5:5180`). */
  readonly url: string;
  /** Devices in the room now. */
  readonly devices: number;
}

/** One line of progress: a big figure and the words that say what it counts. */
export interface ProgressLine {
  readonly figure: string;
  readonly words: string;
}

export interface ActivityProjection {
  readonly view: 'activity';
  readonly phase: Phase;
  readonly label: string;
  readonly instructions: string;
  /** The countdown when it times this phase; pages read the time left by the host's clock. */
  readonly timer: Timer | null;
  readonly progress: readonly ProgressLine[];
}

export interface JoinProjection {
  readonly view: 'join';
  /** Null while no room is open for this workshop. */
  readonly room: RoomJoinInfo | null;
}

export interface HeatmapProjection {
  readonly view: 'heatmap';
  readonly pillars: readonly { readonly id: string; readonly name: string }[];
  readonly stages: readonly {
    readonly id: string;
    readonly name: string;
    /** One per pillar, in the pillars' order: the mean 1–5 score, null when nothing is rated. */
    readonly scores: readonly (number | null)[];
  }[];
}

export interface WeakestProjection {
  readonly view: 'weakest';
  readonly stages: readonly {
    readonly id: string;
    readonly name: string;
    /** Every pillar tied for the lowest average here, in the framework's order; empty when nothing at this stage is rated. */
    readonly pillars: readonly string[];
    readonly average: number | null;
  }[];
}

export interface VoteRow {
  readonly fixId: string;
  readonly title: string;
  readonly team: string;
  /** The dots of one round only: the last round this fix took part in. */
  readonly dots: number;
  /** Once there are runoffs, the round those dots are from ("in runoff 1", "in the first vote"); empty before. */
  readonly roundWords: string;
  /** "1st", "tied 2nd". */
  readonly place: string;
  readonly tied: boolean;
}

export interface VotesProjection {
  readonly view: 'votes';
  /** 0 for the first vote, k for the k-th runoff. */
  readonly round: number;
  readonly rows: readonly VoteRow[];
  /** Fixes ranked below the rows shown. */
  readonly more: number;
}

export interface PlanRow {
  readonly id: string;
  readonly title: string;
  /** Empty when nobody owns it yet. */
  readonly owner: string;
  /** YYYY-MM-DD, or empty. */
  readonly dueDate: string;
  /** The due date as the workshop writes dates ("31 Dec 2026" in en-GB), or empty. */
  readonly due: string;
  readonly status: 'planned' | 'in-progress' | 'done';
}

export interface PlanProjection {
  readonly view: 'plan';
  readonly rows: readonly PlanRow[];
  readonly more: number;
}

/** A reveal view asked for before its reveal: says what the room is waiting for, and nothing of it. */
export interface WaitingProjection {
  readonly view: 'waiting';
  readonly awaiting: 'heatmap' | 'weakest' | 'votes';
  readonly heading: string;
  readonly sentence: string;
}

export type ProjectionBody =
  | ActivityProjection
  | JoinProjection
  | HeatmapProjection
  | WeakestProjection
  | VotesProjection
  | PlanProjection
  | WaitingProjection;

export interface Projection {
  readonly workshopTitle: string;
  /** The countdown, on every view: a running timer stays in sight while the wall shows something else. */
  readonly timer: Timer | null;
  readonly body: ProjectionBody;
}

/** Rows the wall has room for at 1280×720 with type the back row can read. */
export const VOTE_ROWS_SHOWN = 8;
/** A tie at the cut is shown whole, up to this many rows. */
export const VOTE_ROWS_MAX = 10;
export const PLAN_ROWS_SHOWN = 8;

/** Whether a view would show something the room has not had revealed yet. */
export function isRevealed(workshop: Workshop, view: ProjectorView): boolean {
  if (view === 'heatmap' || view === 'weakest') return workshop.ratingsRevealed;
  if (view === 'votes') return resultsVisible(workshop);
  return true;
}

export function projection(workshop: Workshop, room: RoomJoinInfo | null = null): Projection {
  // A timer belongs to the activity it timed (phase/set clears it); a stale one is not shown.
  const timer = workshop.timer !== null && workshop.timer.phase === workshop.phase ? workshop.timer : null;
  return { workshopTitle: workshop.title, timer, body: projectionBody(workshop, workshop.projectorView, room, timer) };
}

function projectionBody(workshop: Workshop, view: ProjectorView, room: RoomJoinInfo | null, timer: Timer | null): ProjectionBody {
  if (!isRevealed(workshop, view)) return waiting(view === 'votes' ? 'votes' : view === 'weakest' ? 'weakest' : 'heatmap');
  switch (view) {
    case 'activity':
      return {
        view,
        phase: workshop.phase,
        label: phaseLabel(workshop.phase),
        instructions: phaseInstructions(workshop.phase),
        timer,
        progress: progressLines(workshop),
      };
    case 'join':
      return { view, room };
    case 'heatmap':
      return heatmapBody(workshop);
    case 'weakest':
      return {
        view,
        stages: weakestPillarPerStage(workshop).map((row) => ({
          id: row.stage.id,
          name: row.stage.name,
          pillars: row.pillars.map((p) => p.name),
          average: row.average,
        })),
      };
    case 'votes':
      return votesBody(workshop);
    case 'plan':
      return planBody(workshop);
  }
}

function waiting(awaiting: WaitingProjection['awaiting']): WaitingProjection {
  if (awaiting === 'votes') {
    return {
      view: 'waiting',
      awaiting,
      heading: 'The results come after the vote',
      sentence: 'The dots stay secret until the facilitator reveals them, so nobody follows the crowd.',
    };
  }
  return {
    view: 'waiting',
    awaiting,
    heading: awaiting === 'heatmap' ? 'The heatmap comes after the reveal' : 'The weakest pillars come after the reveal',
    sentence: 'Each team rates on its own first, so nobody anchors on the loudest team. The scores go up here once the facilitator reveals them.',
  };
}

function heatmapBody(workshop: Workshop): HeatmapProjection {
  const pillars = workshop.framework.pillars;
  return {
    view: 'heatmap',
    pillars: pillars.map((p) => ({ id: p.id, name: p.name })),
    stages: stageScores(workshop).map((row) => ({
      id: row.stage.id,
      name: row.stage.name,
      scores: row.pillars.map((cell) => cell.average),
    })),
  };
}

function votesBody(workshop: Workshop): VotesProjection {
  const ranked = finalRanking(workshop);
  const teams = new Map(workshop.teams.map((t) => [t.id, t.name]));
  // Never cut a tie in two: the last place shown takes everyone who shares it, within reason.
  const cut = ranked[VOTE_ROWS_SHOWN - 1];
  let shown = Math.min(ranked.length, VOTE_ROWS_SHOWN);
  while (cut && shown < Math.min(ranked.length, VOTE_ROWS_MAX) && ranked[shown]?.rank === cut.rank) shown += 1;
  return {
    view: 'votes',
    round: openRound(workshop),
    rows: ranked.slice(0, shown).map((entry) => ({
      fixId: entry.fix.id,
      title: entry.fix.title,
      team: teams.get(entry.fix.teamId) ?? '',
      dots: entry.dots,
      roundWords: workshop.voting.runoffs.length === 0 ? '' : `in ${roundName(entry.round)}`,
      place: rankLabel(entry),
      tied: entry.tied,
    })),
    more: ranked.length - shown,
  };
}

function planBody(workshop: Workshop): PlanProjection {
  return {
    view: 'plan',
    rows: workshop.actions.slice(0, PLAN_ROWS_SHOWN).map((a) => ({
      id: a.id,
      title: a.title,
      owner: a.owner.trim(),
      dueDate: a.dueDate,
      due: formatDay(a.dueDate, workshop.locale),
      status: a.status,
    })),
    more: Math.max(0, workshop.actions.length - PLAN_ROWS_SHOWN),
  };
}


/**
 * How far the room has got, in counts only: how many, never what. A team's
 * silent ratings show as "has rated every card", never as scores; secret
 * dots as "people have voted", never as which fix got them.
 */
export function progressLines(workshop: Workshop): readonly ProgressLine[] {
  const teams = workshop.teams;
  const T = teams.length;
  switch (workshop.phase) {
    case 'frame':
      return [
        { figure: String(workshop.stages.length), words: `${plural(workshop.stages.length, 'stage', 'stages')} in the journey` },
        { figure: String(workshop.channels.length), words: plural(workshop.channels.length, 'channel', 'channels') },
      ];
    case 'map': {
      const cards = workshop.touchpoints.length;
      const withCards = teams.filter((t) => workshop.touchpoints.some((c) => c.teamId === t.id)).length;
      return [{ figure: String(cards), words: `${plural(cards, 'card', 'cards')} placed by ${withCards} of ${T} ${plural(T, 'team', 'teams')}` }];
    }
    case 'rate': {
      const done = teams.filter((t) => teamHasRatedAll(workshop, t.id)).length;
      return [{ figure: `${done} of ${T}`, words: `${plural(T, 'team has', 'teams have')} rated every one of their cards` }];
    }
    case 'fix': {
      const fixes = workshop.fixes.length;
      const proposing = teams.filter((t) => workshop.fixes.some((f) => f.teamId === t.id)).length;
      return [{ figure: String(fixes), words: `${plural(fixes, 'fix', 'fixes')} proposed by ${proposing} of ${T} ${plural(T, 'team', 'teams')}` }];
    }
    case 'vote':
      return voteProgress(workshop);
    case 'plan': {
      const actions = workshop.actions.length;
      const owned = workshop.actions.filter((a) => a.owner.trim() !== '').length;
      return [
        { figure: String(actions), words: `${plural(actions, 'action', 'actions')} in the plan` },
        { figure: `${owned} of ${actions}`, words: `${plural(actions, 'has', 'have')} an owner` },
      ];
    }
    case 'diagnose':
    case 'export':
      return [];
  }
}

/** Every card of the team answered on every pillar (N/A counts as an answer); a team with no cards has nothing done. */
function teamHasRatedAll(workshop: Workshop, teamId: string): boolean {
  const cards = touchpointsOfTeam(workshop, teamId);
  if (cards.length === 0) return false;
  const own = new Set(cards.map((c) => c.id));
  const answered = new Set(
    workshop.ratings.filter((r) => r.teamId === teamId && own.has(r.touchpointId)).map((r) => `${r.touchpointId}\u0000${r.pillarId}`),
  );
  const pillars = workshop.framework.pillars;
  return cards.every((c) => pillars.every((p) => answered.has(`${c.id}\u0000${p.id}`)));
}

function voteProgress(workshop: Workshop): readonly ProgressLine[] {
  const round = openRound(workshop);
  if (workshop.voting.mode === 'tally') {
    // The wall's dots in total: the count so far, not which fix has them.
    let dots = 0;
    for (const t of workshop.tallies) if (t.round === round) dots += t.dots;
    const voters = tallyVoters(workshop);
    return [{ figure: String(dots), words: `${plural(dots, 'dot', 'dots')} counted from the wall, from ${voters} ${plural(voters, 'person', 'people')}` }];
  }
  const people = workshop.participants.length;
  const voted = votersWhoVoted(workshop, round);
  return [{ figure: `${voted} of ${people}`, words: `${plural(people, 'person has', 'people have')} voted` }];
}

