/**
 * The Export screen's wording, apart from React: what an export's outcome
 * says to the person, and what the PDF will hold given the workshop as it is
 * now (so nobody is surprised by an empty section).
 */
import type { Workshop } from '../../../shared/model';
import type { ExportOutcome } from '../../api/client';

export type OutcomeTone = 'success' | 'neutral' | 'error';

export interface OutcomeMessage {
  readonly tone: OutcomeTone;
  readonly text: string;
}

export function outcomeMessage(outcome: ExportOutcome): OutcomeMessage {
  switch (outcome.kind) {
    case 'saved':
      return { tone: 'success', text: `Saved the action plan to ${outcome.path}` };
    case 'downloaded':
      return { tone: 'success', text: `Downloaded the action plan as ${outcome.fileName}. Look in your downloads folder.` };
    case 'cancelled':
      return { tone: 'neutral', text: 'Nothing was saved. You can export again at any time.' };
    case 'failed':
      return { tone: 'error', text: `The PDF could not be made: ${outcome.message}` };
  }
}

/** One line per part of the PDF, with what it will show for this workshop. */
export function pdfContents(workshop: Workshop): readonly string[] {
  const actions = workshop.actions.length;
  const withoutOwner = workshop.actions.filter((a) => a.owner.trim() === '').length;
  const ratedTouchpoints = new Set(workshop.ratings.filter((r) => r.score !== null).map((r) => r.touchpointId)).size;
  const fixes = workshop.fixes.length;
  const dots = workshop.votes.reduce((sum, v) => sum + v.dots, 0);

  return [
    `Page one: the decision at a glance — who was in the room, the overall pillar index and the top actions.`,
    `Pillar scorecard: each pillar's average score and weight, from ${count(ratedTouchpoints, 'rated touchpoint')}.`,
    `Actions in priority order: ${count(actions, 'action')} with owner, due date and success measure` +
      (withoutOwner > 0 ? ` (${withoutOwner} still without an owner).` : '.'),
    `Fixes ranked by dots: ${count(fixes, 'fix', 'fixes')}, ${count(dots, 'dot')} cast` +
      (dots > 0 && !workshop.voting.revealed ? '. The PDF shows the ranking even though it is still hidden on screen.' : '.'),
    `About this workshop: the customer, the scope, the journey's stages and channels, and the teams.`,
  ];
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
