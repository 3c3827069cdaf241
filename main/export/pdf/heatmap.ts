/**
 * The touchpoint × pillar heatmap: every card in journey order, grouped
 * under its stage, with the mean rating per pillar printed in each coloured
 * cell. The page turns to landscape when the columns would not fit across a
 * portrait page; the column header repeats on every page, and the stage is
 * named at the start of its group and again at the top of each page.
 */
import type { Cursor } from './layout';
import { applyTextStyle, clampLines, COLORS, newPage, pageFrame, paragraph, sectionHeading, setFill, setStroke, TYPE, wrapText } from './layout';
import type { HeatRow } from './evidence-data';
import { heatCellColours, momentMarker } from './palette';
import { formatScore } from '../../../shared/present/numbers';
import { SCALE } from '../../../shared/frameworks';

const ROW_HEIGHT = 13;
const CELL_FONT = 7.5;
const HEAD_FONT = 7;
const MIN_TITLE_WIDTH = 150;
const STAGE_WIDTH = 86;
const AVERAGE_WIDTH = 40;
const MARKER_SPACE = 9;

interface Columns {
  readonly titleWidth: number;
  readonly cellWidth: number;
  readonly headLines: readonly (readonly string[])[];
  readonly headHeight: number;
}

/** Pillar columns as wide as their longest header word needs, at least 34 pt. */
function pillarCellWidth(cursor: Cursor, pillars: readonly string[]): number {
  applyTextStyle(cursor.doc, { size: HEAD_FONT, bold: true });
  const words = pillars.flatMap((p) => p.split(/\s+/));
  return Math.max(34, ...words.map((w) => cursor.doc.getTextWidth(w) + 8));
}

function layoutColumns(cursor: Cursor, pillars: readonly string[], cellWidth: number): Columns {
  const titleWidth = cursor.frame.contentWidth - STAGE_WIDTH - pillars.length * cellWidth - AVERAGE_WIDTH;
  const headLines = pillars.map((p) => clampLines(wrapText(cursor.doc, p, cellWidth - 4, { size: HEAD_FONT, bold: true }), 2, cursor.doc, cellWidth - 4));
  const lines = Math.max(1, ...headLines.map((l) => l.length));
  return { titleWidth, cellWidth, headLines, headHeight: lines * HEAD_FONT * 1.25 + 8 };
}

export function drawHeatmap(cursor: Cursor, pillars: readonly string[], rows: readonly HeatRow[]): void {
  const cellWidth = pillarCellWidth(cursor, pillars);
  const portraitTitle = pageFrame(cursor.frame.paper, 'portrait').contentWidth - STAGE_WIDTH - pillars.length * cellWidth - AVERAGE_WIDTH;
  const title = 'Heatmap: touchpoints × pillars';
  if (rows.length === 0) {
    newPage(cursor, 'portrait');
    sectionHeading(cursor, title);
    paragraph(cursor, 'No touchpoints placed yet, so there is nothing to show here.', { size: TYPE.body, after: 18 });
    return;
  }
  newPage(cursor, portraitTitle >= MIN_TITLE_WIDTH ? 'portrait' : 'landscape');
  sectionHeading(
    cursor,
    title,
    'The mean of the ratings each touchpoint got against each pillar, from whichever teams rated it, 1 (poor, orange) to 5 (excellent, purple). Blank grey cells were not rated or marked not applicable.',
  );
  drawLegend(cursor);
  const columns = layoutColumns(cursor, pillars, cellWidth);
  drawHead(cursor, columns);
  let stage: string | undefined;
  for (const row of rows) {
    let label: string | null = null;
    if (row.stage !== stage) {
      // A thin rule and the stage's name open each stage's group of rows.
      if (stage !== undefined) groupRule(cursor);
      label = row.stage === '' ? 'No stage' : row.stage;
      stage = row.stage;
    }
    if (cursor.y + ROW_HEIGHT > cursor.frame.contentBottom) {
      newPage(cursor);
      drawHead(cursor, columns);
      // The stage is named again at the top of a page, so every page reads alone.
      label = row.stage === '' ? 'No stage' : row.stage;
    }
    drawRow(cursor, columns, row, label);
  }
  cursor.y += 12;
}

function groupRule(cursor: Cursor): void {
  const { doc, frame } = cursor;
  cursor.y += 1.5;
  setStroke(doc, COLORS.rule);
  doc.setLineWidth(0.5);
  doc.line(frame.left, cursor.y, frame.right, cursor.y);
  cursor.y += 1.5;
}

/** The colour key, one swatch per point of the scale; wraps to a second line on narrow pages. */
function drawLegend(cursor: Cursor): void {
  const { doc, frame } = cursor;
  applyTextStyle(doc, { size: TYPE.small, color: COLORS.muted });
  const items: { label: string; swatch: (x: number, y: number) => void }[] = [
    ...SCALE.map((point) => ({
      label: `${point.score} ${point.label}`,
      swatch: (x: number, y: number) => {
        setFill(doc, heatCellColours(point.score).fill);
        doc.rect(x, y, 14, 10, 'F');
      },
    })),
    {
      label: 'no rating',
      swatch: (x: number, y: number) => {
        setFill(doc, heatCellColours(null).fill);
        doc.rect(x, y, 14, 10, 'F');
      },
    },
    { label: 'moment of truth', swatch: (x: number, y: number) => momentMarker(doc, x + 7, y + 5) },
  ];
  let x = frame.left;
  let y = cursor.y;
  for (const item of items) {
    const width = 18 + doc.getTextWidth(item.label);
    if (x > frame.left && x + width > frame.right) {
      x = frame.left;
      y += 15;
    }
    item.swatch(x, y);
    applyTextStyle(doc, { size: TYPE.small, color: COLORS.muted });
    doc.text(item.label, x + 18, y + 8);
    x += width + 14;
  }
  cursor.y = y + 22;
}

function drawHead(cursor: Cursor, columns: Columns): void {
  const { doc, frame } = cursor;
  const top = cursor.y;
  setFill(doc, COLORS.tableHead);
  doc.rect(frame.left, top, frame.contentWidth, columns.headHeight, 'F');
  applyTextStyle(doc, { size: HEAD_FONT, bold: true });
  const baseline = top + columns.headHeight - 5 - (Math.max(...columns.headLines.map((l) => l.length)) - 1) * HEAD_FONT * 1.25;
  doc.text('Stage', frame.left + 4, baseline);
  doc.text('Touchpoint', frame.left + STAGE_WIDTH + MARKER_SPACE, baseline);
  columns.headLines.forEach((lines, i) => {
    const centre = frame.left + STAGE_WIDTH + columns.titleWidth + (i + 0.5) * columns.cellWidth;
    lines.forEach((line, k) => doc.text(line, centre, baseline + k * HEAD_FONT * 1.25, { align: 'center' }));
  });
  doc.text('Mean', frame.right - AVERAGE_WIDTH / 2, baseline, { align: 'center' });
  setStroke(doc, COLORS.accent);
  doc.setLineWidth(1);
  doc.line(frame.left, top + columns.headHeight, frame.right, top + columns.headHeight);
  cursor.y = top + columns.headHeight + 2;
}

function drawRow(cursor: Cursor, columns: Columns, row: HeatRow, stageLabel: string | null): void {
  const { doc, frame } = cursor;
  const top = cursor.y;
  const baseline = top + ROW_HEIGHT - 3.5;
  if (stageLabel !== null) {
    const stageStyle = { size: CELL_FONT, bold: true, color: COLORS.accent };
    const [line = ''] = clampLines(wrapText(doc, stageLabel, STAGE_WIDTH - 8, stageStyle), 1, doc, STAGE_WIDTH - 8);
    applyTextStyle(doc, stageStyle);
    doc.text(line, frame.left + 4, baseline);
  }
  const titleLeft = frame.left + STAGE_WIDTH;
  const textX = titleLeft + MARKER_SPACE;
  const titleStyle = { size: CELL_FONT, color: COLORS.text };
  const [title = ''] = clampLines(wrapText(doc, row.title, columns.titleWidth - MARKER_SPACE - 10, titleStyle), 1, doc, columns.titleWidth - MARKER_SPACE - 10);
  if (row.momentOfTruth) momentMarker(doc, titleLeft + 3, top + ROW_HEIGHT / 2, 2.6);
  applyTextStyle(doc, titleStyle);
  doc.text(title, textX, baseline);
  row.cells.forEach((average, i) => {
    const x = frame.left + STAGE_WIDTH + columns.titleWidth + i * columns.cellWidth;
    cell(cursor, x, top, columns.cellWidth, average, false);
  });
  cell(cursor, frame.right - AVERAGE_WIDTH, top, AVERAGE_WIDTH, row.average, true);
  setStroke(doc, COLORS.white);
  cursor.y = top + ROW_HEIGHT;
}

function cell(cursor: Cursor, x: number, top: number, width: number, average: number | null, bold: boolean): void {
  const { doc } = cursor;
  const colours = heatCellColours(average);
  setFill(doc, colours.fill);
  // A hairline of white between cells keeps neighbours apart in print.
  doc.rect(x + 0.5, top + 0.5, width - 1, ROW_HEIGHT - 1, 'F');
  if (average === null) return;
  applyTextStyle(doc, { size: CELL_FONT, bold, color: colours.text });
  doc.text(formatScore(average), x + width / 2, top + ROW_HEIGHT - 3.5, { align: 'center' });
}
