/**
 * The pillar scorecard: for each pillar its weight, its average rating
 * (1–5), the same on a 0–100 scale, and a bar drawn with vector rectangles
 * so it prints crisply at any size. A pillar nobody has rated says so
 * instead of showing a zero.
 */
import type { PillarScore } from '../../../shared/selectors';
import type { Cursor } from './layout';
import { applyTextStyle, COLORS, ensureSpace, lineHeight, paragraph, rule, sectionHeading, setFill, TYPE, wrapText } from './layout';
import { count, formatIndex, formatScore, formatWeight } from '../../../shared/present/numbers';

const NAME_WIDTH = 150;
const VALUE_WIDTH = 84;
const GAP = 16;
const BAR_HEIGHT = 10;

export function drawScores(cursor: Cursor, pillars: readonly PillarScore[], overall: number | null): void {
  sectionHeading(
    cursor,
    'Pillar scores',
    'Each pillar’s average over all the ratings it got, from whichever teams rated (1 is poor, 5 is excellent), the same on a 0–100 scale, and its weight in the overall index.',
  );
  for (const pillar of pillars) drawPillarRow(cursor, pillar);
  cursor.y += 6;
  const summary =
    overall === null
      ? 'Overall pillar index: not rated yet. It appears once touchpoints have been rated.'
      : `Overall pillar index: ${formatIndex(overall)} out of 100, the weighted average of the pillar indexes above.`;
  paragraph(cursor, summary, { size: TYPE.lead, bold: true, after: 18 });
}

function drawPillarRow(cursor: Cursor, pillar: PillarScore): void {
  const { doc, frame } = cursor;
  const nameLines = wrapText(doc, pillar.name, NAME_WIDTH, { size: TYPE.body, bold: true });
  const meta = `Weight ${formatWeight(pillar.weight)}%`;
  const height = Math.max(nameLines.length * lineHeight(TYPE.body) + lineHeight(TYPE.small), 30);
  ensureSpace(cursor, height + 12);
  const top = cursor.y;

  applyTextStyle(doc, { size: TYPE.body, bold: true });
  nameLines.forEach((line, i) => doc.text(line, frame.left, top + TYPE.body * 0.95 + i * lineHeight(TYPE.body)));
  applyTextStyle(doc, { size: TYPE.small, color: COLORS.muted });
  doc.text(meta, frame.left, top + nameLines.length * lineHeight(TYPE.body) + TYPE.small * 0.95);

  const barX = frame.left + NAME_WIDTH + GAP;
  const barWidth = frame.contentWidth - NAME_WIDTH - VALUE_WIDTH - 2 * GAP;
  const barY = top + 3;
  setFill(doc, COLORS.track);
  doc.rect(barX, barY, barWidth, BAR_HEIGHT, 'F');
  if (pillar.index !== null) {
    setFill(doc, COLORS.accent);
    const filled = (barWidth * Math.min(100, Math.max(0, pillar.index))) / 100;
    if (filled > 0) doc.rect(barX, barY, filled, BAR_HEIGHT, 'F');
  }
  applyTextStyle(doc, { size: TYPE.small, color: COLORS.muted });
  const under = pillar.average === null ? 'Not rated yet' : `${count(pillar.ratingCount, 'rating')}${naNote(pillar)}`;
  doc.text(under, barX, barY + BAR_HEIGHT + 12);

  const valueRight = frame.right;
  if (pillar.index === null || pillar.average === null) {
    applyTextStyle(doc, { size: TYPE.body, color: COLORS.muted });
    doc.text('not rated yet', valueRight, top + TYPE.body * 0.95, { align: 'right' });
  } else {
    applyTextStyle(doc, { size: TYPE.lead, bold: true });
    doc.text(formatIndex(pillar.index), valueRight, top + TYPE.lead * 0.95, { align: 'right' });
    applyTextStyle(doc, { size: TYPE.small, color: COLORS.muted });
    doc.text(`average ${formatScore(pillar.average)} of 5`, valueRight, top + TYPE.lead * 0.95 + lineHeight(TYPE.small) + 1, { align: 'right' });
  }
  cursor.y = top + height + 6;
  rule(cursor, 8);
}

function naNote(pillar: PillarScore): string {
  return pillar.notApplicableCount === 0 ? '' : `, ${pillar.notApplicableCount} not applicable`;
}
