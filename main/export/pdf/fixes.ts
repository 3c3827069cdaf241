/**
 * Every proposed fix ranked by the dots it won. Fixes with equal dots share
 * a rank and are marked as ties ("=2"), so nobody reads an order into a
 * draw. Until anyone has voted the fixes are listed without ranks.
 */
import type { Cursor } from './layout';
import { COLORS, paragraph, sectionHeading, TYPE } from './layout';
import type { FixRow } from './plan-data';
import { drawTable } from './table';
import { count } from '../../../shared/present/numbers';
import { SECRET_VOTES_SENTENCE } from '../secret-votes';
import { roundName } from '../../../shared/present/rounds';

/**
 * After runoffs: each round's dots on their own ("First vote: 30 dots; runoff 1: 6 dots."), never
 * added up, and how the ranking reads from them.
 */
function roundsIntro(dotsByRound: readonly number[]): string {
  const counts = dotsByRound.map((dots, round) => `${roundName(round).replace(/^the /, '')}: ${count(dots, 'dot')}`).join('; ');
  const last = dotsByRound.length - 1;
  return (
    `${counts.charAt(0).toUpperCase()}${counts.slice(1)}. ` +
    `The fixes in runoff ${last} come first, ranked by their dots there; the rest follow by the rounds before. ` +
    'Each fix shows the dots of the last round it was in, and that round. Fixes with the same number of dots in the same round share a rank, shown as “=2”.'
  );
}

export interface FixesSection {
  readonly fixes: readonly FixRow[];
  readonly dotsCast: number;
  /** The dots placed in each round (0: the first vote); more than one entry once there were runoffs. */
  readonly dotsByRound: readonly number[];
  readonly votesRevealed: boolean;
  /** The open round's dots were left out: its fixes show no rank and “Secret”. */
  readonly votesWithheld: boolean;
}

export function drawFixes(cursor: Cursor, section: FixesSection): void {
  sectionHeading(cursor, 'Fixes ranked by dots', introFor(section));
  if (section.fixes.length === 0) {
    paragraph(cursor, 'No fixes proposed yet.', { size: TYPE.body, after: 18 });
    return;
  }
  drawTable(cursor, {
    head: ['Rank', 'Fix', 'Team', 'Touchpoints', 'Impact', 'Effort', section.dotsByRound.length > 1 ? 'Dots, round' : 'Dots'],
    body: section.fixes.map((f) => [f.rank, f.title, f.team, f.touchpoints, `${f.impact} of 5`, `${f.effort} of 5`, f.dots]),
    columnStyles: {
      0: { cellWidth: 34, fontStyle: 'bold', textColor: [...COLORS.accent] },
      1: { cellWidth: 'auto', minCellWidth: 96, fontStyle: 'bold' },
      2: { cellWidth: 'auto' },
      3: { cellWidth: 'auto' },
      4: { cellWidth: 42 },
      5: { cellWidth: 42 },
      // Wide enough for “Secret” on one line while the vote is secret.
      // With runoffs, wide enough for “first vote” under the number.
      6: { cellWidth: section.dotsByRound.length > 1 ? 56 : section.votesWithheld ? 42 : 32, halign: 'right' },
    },
  });
}

function introFor(section: FixesSection): string {
  if (section.fixes.length === 0) return 'Fixes the teams proposed, ranked by the dots participants placed on them.';
  if (section.votesWithheld) {
    // Earlier rounds were revealed before the runoff began, so their ranks may be printed.
    return section.dotsCast === 0
      ? SECRET_VOTES_SENTENCE
      : `${SECRET_VOTES_SENTENCE} Fixes outside the open round keep the ranks of the rounds before it.`;
  }
  if (section.dotsCast === 0) return `${count(section.fixes.length, 'fix', 'fixes')} proposed; no dots have been placed yet, so there is no ranking.`;
  const base = section.dotsByRound.length > 1 ? roundsIntro(section.dotsByRound) : `${count(section.dotsCast, 'dot')} placed. Fixes with the same number of dots share a rank, shown as “=2”.`;
  return section.votesRevealed ? base : `${base} Voting results had not yet been revealed in the room when this plan was generated.`;
}
