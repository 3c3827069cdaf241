/**
 * The scorecard per team: one row per team, one column per pillar, each cell
 * the team's pillar index (0–100) with a small vector bar under it, and the
 * team's own overall index at the end. Shows at a glance where teams saw the
 * same journey differently.
 */
import type { Cursor } from './layout';
import { applyTextStyle, clampLines, COLORS, ensureSpace, lineHeight, paragraph, rule, setFill, TYPE, wrapText } from './layout';
import type { TeamScores } from './evidence-data';
import { formatIndex } from '../../../shared/present/numbers';
import { andList } from '../../../shared/present/lists';

const TEAM_WIDTH = 112;
const OVERALL_WIDTH = 52;
const ROW_HEIGHT = 30;
const MAX_HEAD_FONT = 7.5;
const MIN_HEAD_FONT = 5.5;

/** The largest header size at which every pillar name's longest word fits its column. */
function headFontSize(cursor: Cursor, names: readonly string[], width: number): number {
  const words = names.flatMap((n) => n.split(/\s+/));
  for (let size = MAX_HEAD_FONT; size > MIN_HEAD_FONT; size -= 0.5) {
    applyTextStyle(cursor.doc, { size, bold: true });
    if (words.every((w) => cursor.doc.getTextWidth(w) <= width - 4)) return size;
  }
  return MIN_HEAD_FONT;
}

/** Names the teams with no score yet, whose rows are dashes, so nobody reads a blank row as a zero. */
function unscored(teams: readonly TeamScores[]): string {
  const none = teams.filter((t) => t.overall === null).map((t) => t.team);
  if (none.length === 0) return '';
  return none.length === 1 ? ` ${none[0] ?? ''} has given no scores yet, so its row shows dashes.` : ` ${andList(none)} have given no scores yet, so their rows show dashes.`;
}

export function drawTeamScores(cursor: Cursor, pillarNames: readonly string[], teams: readonly TeamScores[]): void {
  const { doc } = cursor;
  ensureSpace(cursor, 120);
  paragraph(cursor, 'Pillar scores by team', { size: TYPE.lead, bold: true, after: 2 });
  if (teams.length === 0) {
    paragraph(cursor, 'No teams yet.', { size: TYPE.body, color: COLORS.muted, after: 18 });
    return;
  }
  paragraph(cursor, `Each team’s pillar index (0–100) from its own ratings, and its overall index with the same weights.${unscored(teams)}`, {
    size: TYPE.small,
    color: COLORS.muted,
    after: 8,
  });
  const cellWidth = (cursor.frame.contentWidth - TEAM_WIDTH - OVERALL_WIDTH) / Math.max(1, pillarNames.length);
  const headSize = headFontSize(cursor, pillarNames, cellWidth);
  const headLines = pillarNames.map((n) => clampLines(wrapText(doc, n, cellWidth - 4, { size: headSize, bold: true }), 2, doc, cellWidth - 4));
  const headHeight = Math.max(1, ...headLines.map((l) => l.length)) * lineHeight(headSize) + 4;
  const drawHead = (): void => {
    const { frame } = cursor;
    applyTextStyle(doc, { size: headSize, bold: true });
    headLines.forEach((lines, i) => {
      const centre = frame.left + TEAM_WIDTH + (i + 0.5) * cellWidth;
      lines.forEach((line, k) => doc.text(line, centre, cursor.y + headSize + k * lineHeight(headSize), { align: 'center' }));
    });
    doc.text('Overall', frame.right - OVERALL_WIDTH / 2, cursor.y + headSize, { align: 'center' });
    cursor.y += headHeight;
    rule(cursor, 4);
  };
  drawHead();
  for (const team of teams) {
    if (cursor.y + ROW_HEIGHT > cursor.frame.contentBottom) {
      ensureSpace(cursor, ROW_HEIGHT + headHeight + 10);
      drawHead();
    }
    drawTeamRow(cursor, team, cellWidth);
  }
  cursor.y += 14;
}

function drawTeamRow(cursor: Cursor, team: TeamScores, cellWidth: number): void {
  const { doc, frame } = cursor;
  const top = cursor.y;
  const nameStyle = { size: TYPE.small, bold: true };
  const nameLines = clampLines(wrapText(doc, team.team, TEAM_WIDTH - 8, nameStyle), 2, doc, TEAM_WIDTH - 8);
  applyTextStyle(doc, nameStyle);
  nameLines.forEach((line, i) => doc.text(line, frame.left, top + 10 + i * lineHeight(TYPE.small)));
  team.pillars.forEach((pillar, i) => {
    scoreCell(cursor, frame.left + TEAM_WIDTH + i * cellWidth, top, cellWidth, pillar.index, false);
  });
  scoreCell(cursor, frame.right - OVERALL_WIDTH, top, OVERALL_WIDTH, team.overall, true);
  cursor.y = top + ROW_HEIGHT;
}

function scoreCell(cursor: Cursor, x: number, top: number, width: number, index: number | null, overall: boolean): void {
  const { doc } = cursor;
  const centre = x + width / 2;
  if (index === null) {
    applyTextStyle(doc, { size: TYPE.small, color: COLORS.muted });
    doc.text('–', centre, top + 11, { align: 'center' });
    return;
  }
  applyTextStyle(doc, { size: overall ? TYPE.body : TYPE.small, bold: true, color: overall ? COLORS.accent : COLORS.text });
  doc.text(formatIndex(index), centre, top + 11, { align: 'center' });
  const barWidth = width - 12;
  setFill(doc, COLORS.track);
  doc.rect(x + 6, top + 16, barWidth, 4, 'F');
  setFill(doc, overall ? COLORS.accent : COLORS.muted);
  const filled = (barWidth * Math.min(100, Math.max(0, index))) / 100;
  if (filled > 0) doc.rect(x + 6, top + 16, filled, 4, 'F');
}
