/**
 * The journey overview on a landscape page: the emotion curve across the
 * stages (drawn as vector lines: thick for the whole room, thin for each
 * team), then the stages × channels grid with every touchpoint's title and
 * its moments of truth marked. A crowded cell lists what fits and says how
 * many more there are; a grid taller than a page continues with its stage
 * header repeated.
 */
import type { Cursor, Rgb } from './layout';
import { applyTextStyle, clampLines, COLORS, newPage, paragraph, sectionHeading, setFill, setStroke, TYPE, wrapText } from './layout';
import type { EmotionLine, EvidenceData, JourneyGrid } from './evidence-data';
import { andList } from '../../../shared/present/lists';
import { momentMarker } from './palette';
import { count, formatFeeling } from '../../../shared/present/numbers';
import { feelingAxisLabel, feelingY } from '../../../shared/present/feelings';
import { hexToRgb } from '../../../shared/present/colour';

const LABEL_WIDTH = 74;
const CARD_FONT = 6.5;
const CARD_LINE = 8.6;
const MAX_CARDS_PER_CELL = 8;
const CHART_HEIGHT = 96;
/** Extra space between two cards in one cell, so each title reads as its own. */
const CARD_GAP = 3;

export function drawJourney(cursor: Cursor, evidence: EvidenceData): void {
  const { journey } = evidence;
  if (journey.cardCount === 0 || journey.stages.length === 0 || journey.channels.length === 0) {
    // Nothing to draw: say so on the page we are on, rather than turn a page for it.
    sectionHeading(cursor, 'Journey overview');
    paragraph(cursor, 'No touchpoints placed on the journey yet, so there is no journey or emotion curve to show.', { size: TYPE.body, after: 18 });
    return;
  }
  newPage(cursor, 'landscape');
  const moments =
    journey.momentCount === 0 ? 'No card is marked as a moment of truth.' : `${count(journey.momentCount, 'moment')} of truth marked with a diamond.`;
  sectionHeading(
    cursor,
    'Journey overview',
    `How the customer feels at each stage (the mean feeling of the cards placed there, −2 to +2), then every touchpoint by stage and channel. ${moments}`,
  );
  drawEmotionCurve(cursor, journey.stages.length, evidence.emotion);
  drawGrid(cursor, journey);
}

function stageX(cursor: Cursor, stageCount: number, index: number): number {
  const width = (cursor.frame.contentWidth - LABEL_WIDTH) / stageCount;
  return cursor.frame.left + LABEL_WIDTH + (index + 0.5) * width;
}

function lighten([r, g, b]: Rgb, amount: number): Rgb {
  return [r + (255 - r) * amount, g + (255 - g) * amount, b + (255 - b) * amount];
}

/** Draws a line through the points that have a value; a stage without cards breaks the line. */
function polyline(cursor: Cursor, xs: readonly number[], values: readonly (number | null)[], yOf: (v: number) => number): void {
  for (let i = 1; i < values.length; i++) {
    const a = values[i - 1];
    const b = values[i];
    const xa = xs[i - 1];
    const xb = xs[i];
    if (a === null || a === undefined || b === null || b === undefined || xa === undefined || xb === undefined) continue;
    cursor.doc.line(xa, yOf(a), xb, yOf(b));
  }
}

function drawEmotionCurve(cursor: Cursor, stageCount: number, emotion: EvidenceData['emotion']): void {
  const { doc, frame } = cursor;
  const top = cursor.y + 6;
  const yOf = (v: number): number => feelingY(v, top, CHART_HEIGHT);
  const xs = Array.from({ length: stageCount }, (_, i) => stageX(cursor, stageCount, i));
  doc.setLineWidth(0.4);
  // Faint column edges, the grid's below, so each stage's point reads as its column's.
  setStroke(doc, COLORS.track);
  for (let i = 1; i < stageCount; i++) {
    const x = frame.left + LABEL_WIDTH + (i * (frame.contentWidth - LABEL_WIDTH)) / stageCount;
    doc.line(x, top, x, top + CHART_HEIGHT);
  }
  for (const level of [2, 1, 0, -1, -2]) {
    setStroke(doc, level === 0 ? COLORS.muted : COLORS.rule);
    doc.line(frame.left + LABEL_WIDTH, yOf(level), frame.right, yOf(level));
    applyTextStyle(doc, { size: CARD_FONT, color: COLORS.muted });
    doc.text(feelingAxisLabel(level), frame.left + LABEL_WIDTH - 6, yOf(level) + 2.2, { align: 'right' });
  }
  doc.setLineWidth(0.8);
  for (const team of emotion.teams) {
    const color = lighten(hexToRgb(team.color), 0.45);
    setStroke(doc, color);
    polyline(cursor, xs, team.values, yOf);
    // A point per stage too, so a team with cards at one stage only still shows.
    setFill(doc, color);
    team.values.forEach((value, i) => {
      const x = xs[i];
      if (value !== null && x !== undefined) doc.circle(x, yOf(value), 1.4, 'F');
    });
  }
  doc.setLineWidth(2);
  setStroke(doc, COLORS.text);
  polyline(cursor, xs, emotion.combined, yOf);
  emotion.combined.forEach((value, i) => {
    const x = xs[i];
    if (value === null || x === undefined) return;
    setFill(doc, COLORS.text);
    doc.circle(x, yOf(value), 2.6, 'F');
    applyTextStyle(doc, { size: CARD_FONT, bold: true });
    const text = formatFeeling(value);
    // Labels sit above the point, or below it near the top edge.
    doc.text(text, x, value > 1.5 ? yOf(value) + 10 : yOf(value) - 5, { align: 'center' });
  });
  cursor.y = top + CHART_HEIGHT + 8;
  applyTextStyle(doc, { size: CARD_FONT, color: COLORS.muted });
  doc.text(`Thick line: the whole room.${thinLines(emotion.teams)}`, frame.left + LABEL_WIDTH, cursor.y + 6);
  cursor.y += 22;
}

/**
 * Which teams the thin lines are: only teams that placed cards have a line,
 * so the key counts those, never every team in the workshop.
 */
export function thinLines(teams: readonly EmotionLine[]): string {
  const placing = teams.filter((t) => t.values.some((v) => v !== null));
  if (placing.length === 0) return '';
  if (placing.length === teams.length) {
    return placing.length === 1 ? ` Thin line: ${placing[0]?.name ?? ''}.` : ` Thin lines: each of the ${teams.length} teams, in its own colour.`;
  }
  const of = `of the ${count(teams.length, 'team')}`;
  if (placing.length === 1) return ` Thin line: ${placing[0]?.name ?? ''}, the only one ${of} that placed cards.`;
  // Names only while they fit the one line the key has.
  const names = placing.length <= 3 ? ` (${andList(placing.map((t) => t.name))})` : '';
  return ` Thin lines: the ${placing.length} ${of} that placed cards${names}, each in its own colour.`;
}

/** A cell's lines: each card's title on up to two lines, then "+ N more" when the cell is crowded. */
function cellLines(cursor: Cursor, cards: JourneyGrid['cells'][number][number], width: number): { text: string; moment: boolean; first: boolean }[] {
  const shown = cards.length > MAX_CARDS_PER_CELL ? cards.slice(0, MAX_CARDS_PER_CELL - 1) : cards;
  const lines = shown.flatMap((card) =>
    clampLines(wrapText(cursor.doc, card.title, width, { size: CARD_FONT, bold: card.momentOfTruth }), 2, cursor.doc, width).map((text, k) => ({
      text,
      moment: card.momentOfTruth,
      first: k === 0,
    })),
  );
  if (shown.length < cards.length) lines.push({ text: `+ ${cards.length - shown.length} more`, moment: false, first: true });
  return lines;
}

function cellHeight(lines: readonly { first: boolean }[]): number {
  const cards = lines.filter((l) => l.first).length;
  return lines.length * CARD_LINE + Math.max(0, cards - 1) * CARD_GAP;
}

function drawStageHeader(cursor: Cursor, stages: readonly string[], width: number): void {
  const { doc, frame } = cursor;
  setFill(doc, COLORS.tableHead);
  doc.rect(frame.left, cursor.y, frame.contentWidth, 22, 'F');
  stages.forEach((stage, i) => {
    const lines = clampLines(wrapText(doc, stage, width - 6, { size: TYPE.small, bold: true }), 2, doc, width - 6);
    applyTextStyle(doc, { size: TYPE.small, bold: true });
    // Centred on the column, as the curve's point for the stage is, so each point sits under its stage's name.
    const centre = stageX(cursor, stages.length, i);
    lines.forEach((line, k) => doc.text(line, centre, cursor.y + 9 + k * 9, { align: 'center' }));
  });
  setStroke(doc, COLORS.accent);
  doc.setLineWidth(1);
  doc.line(frame.left, cursor.y + 22, frame.right, cursor.y + 22);
  cursor.y += 24;
}

function drawGrid(cursor: Cursor, journey: JourneyGrid): void {
  const { doc } = cursor;
  const width = (cursor.frame.contentWidth - LABEL_WIDTH) / journey.stages.length;
  const textWidth = width - 12;
  drawStageHeader(cursor, journey.stages, width);
  journey.channels.forEach((channel, c) => {
    const row = journey.stages.map((_, s) => cellLines(cursor, journey.cells[c]?.[s] ?? [], textWidth));
    const channelLines = clampLines(wrapText(doc, channel, LABEL_WIDTH - 6, { size: TYPE.small, bold: true }), 3, doc, LABEL_WIDTH - 6);
    // Tall enough for the channel's name even where no card sits in the row.
    const height = Math.max(channelLines.length * 10 + 6, ...row.map((lines) => cellHeight(lines) + 8));
    if (cursor.y + height > cursor.frame.contentBottom) {
      newPage(cursor);
      drawStageHeader(cursor, journey.stages, width);
    }
    const { frame } = cursor;
    const top = cursor.y;
    applyTextStyle(doc, { size: TYPE.small, bold: true });
    channelLines.forEach((line, k) => doc.text(line, frame.left, top + 10 + k * 10));
    row.forEach((lines, s) => {
      const x = frame.left + LABEL_WIDTH + s * width;
      let baseline = top + 10 - CARD_LINE;
      lines.forEach((line, k) => {
        baseline += CARD_LINE + (line.first && k > 0 ? CARD_GAP : 0);
        if (line.moment && line.first) momentMarker(doc, x + 5, baseline - 2.2, 2.3);
        applyTextStyle(doc, { size: CARD_FONT, bold: line.moment, color: line.text.startsWith('+ ') ? COLORS.muted : COLORS.text });
        doc.text(line.text, x + 10, baseline);
      });
    });
    setStroke(doc, COLORS.rule);
    doc.setLineWidth(0.5);
    doc.line(frame.left, top + height, frame.right, top + height);
    cursor.y = top + height + 2;
  });
  cursor.y += 12;
}
