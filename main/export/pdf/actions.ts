/**
 * The full list of actions in priority order: what will be done, who owns
 * it, by when, how success is measured, which pillar and touchpoint it
 * addresses, and how many dots the fix behind it won.
 */
import type { Cursor } from './layout';
import { COLORS, paragraph, sectionHeading, TYPE } from './layout';
import type { ActionRow } from './plan-data';
import { drawTable } from './table';
import { SECRET_VOTES_SENTENCE } from '../secret-votes';

/** `runoffs`: whether the vote had runoffs, so each Dots cell names its round under the number. */
export function drawActions(cursor: Cursor, actions: readonly ActionRow[], votesWithheld = false, runoffs = false): void {
  const intro = 'The fixes the room chose to carry out, each with an owner, a due date and a way to tell whether it worked.';
  sectionHeading(cursor, 'Actions in priority order', votesWithheld ? `${intro} ${SECRET_VOTES_SENTENCE}` : intro);
  if (actions.length === 0) {
    paragraph(cursor, 'No actions agreed yet.', { size: TYPE.body, after: 18 });
    return;
  }
  drawTable(cursor, {
    head: ['#', 'Action', 'Owner', 'Due', 'Success measure', 'Pillar', 'Touchpoint', runoffs ? 'Dots, round' : 'Dots'],
    body: actions.map((a) => [a.priority, a.title, a.owner, a.due, a.successMeasure, a.pillar, a.touchpoint, a.dots]),
    columnStyles: {
      0: { cellWidth: 20, halign: 'right', textColor: [...COLORS.muted] },
      1: { cellWidth: 'auto', minCellWidth: 96, fontStyle: 'bold' },
      // Text columns share the width by content; autotable keeps each at least one word wide.
      2: { cellWidth: 'auto', minCellWidth: 58 },
      3: { cellWidth: 52 },
      4: { cellWidth: 'auto' },
      5: { cellWidth: 'auto' },
      6: { cellWidth: 'auto' },
      // Wide enough for “Secret” on one line while the vote is secret.
      // With runoffs, wide enough for “first vote” under the number.
      7: { cellWidth: runoffs ? 56 : votesWithheld ? 42 : 30, halign: 'right' },
    },
  });
}
