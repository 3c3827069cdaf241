/**
 * What the facilitator may put on the wall, in the words of the Projector
 * dialog, and which choices must wait for a reveal.
 */
import type { ProjectorView } from '../../../shared/model';

export interface WallChoice {
  readonly view: ProjectorView;
  readonly label: string;
  /** Why it cannot be shown yet, or null when it can. */
  readonly waitsFor: string | null;
}

const LABELS: { readonly [V in ProjectorView]: string } = {
  activity: 'Activity',
  join: 'Join code',
  heatmap: 'Heatmap',
  weakest: 'Weakest pillars',
  votes: 'Vote results',
  plan: 'Plan',
};

/** What has been revealed: the ratings (shared by all teams), and the open round's vote results. */
export interface Reveals {
  readonly ratings: boolean;
  readonly votes: boolean;
}

function waitsFor(view: ProjectorView, revealed: Reveals): string | null {
  if ((view === 'heatmap' || view === 'weakest') && !revealed.ratings) return 'after the ratings are revealed';
  if (view === 'votes' && !revealed.votes) return 'after the vote is revealed';
  return null;
}

export function wallChoices(revealed: Reveals): readonly WallChoice[] {
  return (Object.keys(LABELS) as ProjectorView[]).map((view) => ({ view, label: LABELS[view], waitsFor: waitsFor(view, revealed) }));
}

export function wallLabel(view: ProjectorView): string {
  return LABELS[view];
}
