/**
 * The Export screen's wording, apart from React: what an export's outcome
 * says to the person, what the PDF will hold given the workshop as it is
 * now (so nobody is surprised by an empty section), and what each of the
 * other files holds.
 */
import { count } from '../../../shared/present/numbers';
import type { Workshop } from '../../../shared/model';
import { dotsWord, roundName } from '../../../shared/present/rounds';
import { countedRatings, resultsVisible } from '../../../shared/selectors';
import type { ExportKind } from '../../../shared/wire';
import type { ExportOutcome } from '../../api/client';

export type OutcomeTone = 'success' | 'neutral' | 'error';

export interface OutcomeMessage {
  readonly tone: OutcomeTone;
  readonly text: string;
}

/** What is being exported, as the outcome sentences name it. */
export interface ExportSubject {
  /** Mid-sentence: "Saved the action plan to …". */
  readonly what: string;
  /** At the start of a sentence: "The PDF could not be made: …". */
  readonly made: string;
}

export const PDF_SUBJECT: ExportSubject = { what: 'the action plan', made: 'The PDF' };

export function outcomeMessage(outcome: ExportOutcome, subject: ExportSubject = PDF_SUBJECT): OutcomeMessage {
  switch (outcome.kind) {
    case 'saved':
      return { tone: 'success', text: `Saved ${subject.what} to ${outcome.path}` };
    case 'downloaded':
      return { tone: 'success', text: `Downloaded ${subject.what} as ${outcome.fileName}. Look in your downloads folder.` };
    case 'cancelled':
      return { tone: 'neutral', text: 'Nothing was saved. You can export again at any time.' };
    case 'failed':
      return { tone: 'error', text: `${subject.made} could not be made: ${outcome.message}` };
  }
}

/** One of the files for the people who carry the work on, as its button and outcome describe it. */
export interface FileExport extends ExportSubject {
  readonly kind: ExportKind;
  /** The button: "Actions as CSV". */
  readonly label: string;
  /** Shown on the button while the file is made. */
  readonly busyLabel: string;
  /** What is in the file, with this workshop's numbers. */
  readonly contents: string;
}

export function fileExports(workshop: Workshop): readonly FileExport[] {
  const actions = workshop.actions.length;
  const ratings = countedRatings(workshop).length;
  const secret = !resultsVisible(workshop);
  return [
    {
      kind: 'actions-csv',
      label: 'Actions as CSV',
      busyLabel: 'Preparing the actions…',
      what: 'the actions',
      made: 'The actions file',
      // While the vote is secret the box above the PDF button says what this file leaves out; the card stays short enough for 1280×720.
      contents: `${count(actions, 'action')} in priority order, with owner, due date, success measure and status.`,
    },
    {
      kind: 'ratings-csv',
      label: 'Ratings as CSV',
      busyLabel: 'Preparing the ratings…',
      what: 'the ratings',
      made: 'The ratings file',
      contents: `${count(ratings, 'rating')}: each team's score for each touchpoint and pillar, with notes.`,
    },
    {
      kind: 'workshop-json',
      label: 'Whole workshop as JSON',
      busyLabel: 'Preparing the workshop file…',
      what: 'the whole workshop',
      made: 'The workshop file',
      contents: secret
        ? 'Everything in the workshop, as Journey Room saves it: your full backup, the secret dots included.'
        : 'Everything in the workshop, as Journey Room saves it: a backup, or data for your own analysis.',
    },
  ];
}

/** One line per part of the PDF, with what it will show for this workshop. */
export function pdfContents(workshop: Workshop, includeHidden = false): readonly string[] {
  const actions = workshop.actions.length;
  const withoutOwner = workshop.actions.filter((a) => a.owner.trim() === '').length;
  const ratedTouchpoints = new Set(workshop.ratings.filter((r) => r.score !== null).map((r) => r.touchpointId)).size;
  const fixes = workshop.fixes.length;
  const dots = [...workshop.votes, ...workshop.tallies].reduce((sum, v) => sum + v.dots, 0);
  const secret = dots > 0 && !resultsVisible(workshop);
  const placed = dotsPlaced(workshop);

  const touchpoints = workshop.touchpoints.length;
  const moments = workshop.touchpoints.filter((t) => t.momentOfTruth).length;

  // In the order the PDF prints them.
  return [
    `Page one: the decision at a glance — who was in the room, the overall pillar index, the top actions and the three biggest gaps.`,
    `Pillar scorecard: each pillar's score and weight, for the whole room and for each team, from ${count(ratedTouchpoints, 'rated touchpoint')}.`,
    `Heatmap: ${count(touchpoints, 'touchpoint')} against every pillar, with the number in each cell.`,
    `Journey overview: the stages and channels with every touchpoint (${count(moments, 'moment')} of truth marked) and the customer's feeling along the way.`,
    `Actions in priority order: ${count(actions, 'action')} with owner, due date and success measure` +
      (withoutOwner > 0 ? ` (${withoutOwner} still without an owner).` : '.'),
    `Appendix: ${count(fixes, 'fix', 'fixes')} ranked by dots (` +
      (!secret
        ? placed
        : includeHidden
          ? `${placed}, shown in the PDF although still hidden on screen`
          : 'left out while the vote is secret: the PDF says so') +
      `), the pillars and the 1–5 scale, how the input was collected, and the teams.`,
  ];
}

/**
 * The dots placed, ballots and wall counts alike: "41 dots cast", or once there were runoffs each
 * round on its own ("first vote: 41 dots; runoff 1: 3 dots"), as the PDF says it — never added up.
 */
function dotsPlaced(workshop: Workshop): string {
  const rounds = workshop.voting.runoffs.length + 1;
  const byRound = Array.from({ length: rounds }, () => 0);
  for (const v of [...workshop.votes, ...workshop.tallies]) if (v.round < rounds) byRound[v.round] = (byRound[v.round] ?? 0) + v.dots;
  if (rounds === 1) return `${dotsWord(byRound[0] ?? 0)} cast`;
  return byRound.map((dots, round) => `${roundName(round).replace(/^the /, '')}: ${dotsWord(dots)}`).join('; ');
}

