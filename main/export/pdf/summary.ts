/**
 * Page one: the decision on a page. Who was in the room and what they looked
 * at, the overall pillar index in large type, and the top actions with owner
 * and due date. Leadership often reads no further, so every line here is
 * plain and says so honestly when something has not happened yet.
 */
import type { Cursor, TextStyle } from './layout';
import { applyTextStyle, clampLines, COLORS, lineHeight, paragraph, rule, setFill, TYPE, wrapText } from './layout';
import type { ActionRow, PlanData } from './plan-data';
import type { Gap } from './evidence-data';
import { count, formatIndex, formatScore } from '../../../shared/present/numbers';
import { SECRET_VOTES_SENTENCE } from '../secret-votes';

const INDEX_BOX_WIDTH = 170;
const INDEX_BOX_HEIGHT = 150;
const COLUMN_GAP = 24;
/** Most top actions page one shows; the full list follows later. */
const TOP_ACTIONS = 5;

export function drawSummary(cursor: Cursor, data: PlanData, gaps: readonly Gap[]): void {
  const { frame } = cursor;
  paragraph(cursor, 'Customer experience action plan', { size: TYPE.small, bold: true, color: COLORS.accent, after: 4 });
  paragraph(cursor, data.title, { size: TYPE.title, bold: true, after: 2 });
  if (data.organisation !== '') paragraph(cursor, data.organisation, { size: TYPE.lead, color: COLORS.muted, after: 0 });
  cursor.y += 12;
  rule(cursor, 16);

  const top = cursor.y;
  drawIndexBox(cursor, frame.right - INDEX_BOX_WIDTH, top, data);
  const factsWidth = frame.contentWidth - INDEX_BOX_WIDTH - COLUMN_GAP;
  drawFacts(cursor, factsWidth, data);
  cursor.y = Math.max(cursor.y, top + INDEX_BOX_HEIGHT) + 14;
  const extremes = pillarExtremes(data);
  if (extremes !== null) paragraph(cursor, extremes, { size: TYPE.body, after: 4 });
  cursor.y += 4;
  rule(cursor, 16);

  drawGaps(cursor, gaps);
  drawTopActions(cursor, data.actions);
  // Said on page one too: leadership often reads no further, and must not take the missing dots for none.
  if (data.votesWithheld) paragraph(cursor, SECRET_VOTES_SENTENCE, { size: TYPE.body, bold: true, color: COLORS.accent, after: 4 });
}

/** The weakest stage × pillar cells, one plain sentence each. */
function drawGaps(cursor: Cursor, gaps: readonly Gap[]): void {
  paragraph(cursor, 'Biggest gaps', { size: TYPE.heading, bold: true, after: 6 });
  if (gaps.length === 0) {
    paragraph(cursor, 'None to show yet: no touchpoint has been rated.', { size: TYPE.body, color: COLORS.muted, after: 8 });
    rule(cursor, 16);
    return;
  }
  gaps.forEach((gap, i) => {
    applyTextStyle(cursor.doc, { size: TYPE.body, bold: true, color: COLORS.accent });
    cursor.doc.text(`${i + 1}.`, cursor.frame.left, cursor.y + TYPE.body * 0.95);
    paragraph(
      cursor,
      `At “${gap.stage}”, ${gap.pillar} averages ${formatScore(gap.average)} of 5 (${count(gap.ratingCount, 'rating')}).`,
      { size: TYPE.body, x: cursor.frame.left + 24, after: 4 },
    );
  });
  cursor.y += 6;
  rule(cursor, 16);
}

function drawIndexBox(cursor: Cursor, x: number, y: number, data: PlanData): void {
  const { doc } = cursor;
  setFill(doc, COLORS.accentSoft);
  doc.roundedRect(x, y, INDEX_BOX_WIDTH, INDEX_BOX_HEIGHT, 6, 6, 'F');
  const centre = x + INDEX_BOX_WIDTH / 2;
  applyTextStyle(doc, { size: TYPE.small, bold: true, color: COLORS.accent });
  doc.text('Overall pillar index', centre, y + 22, { align: 'center' });
  if (data.overallIndex === null) {
    applyTextStyle(doc, { size: TYPE.heading, bold: true, color: COLORS.muted });
    doc.text('No score yet', centre, y + 72, { align: 'center' });
    centredLines(cursor, 'Nothing rated yet, so there is no index.', centre, y + 96, INDEX_BOX_WIDTH - 24);
    return;
  }
  applyTextStyle(doc, { size: TYPE.bigNumber, bold: true, color: COLORS.accent });
  doc.text(formatIndex(data.overallIndex), centre, y + 82, { align: 'center' });
  applyTextStyle(doc, { size: TYPE.small, color: COLORS.text });
  doc.text('out of 100', centre, y + 104, { align: 'center' });
  centredLines(cursor, indexBasis(data), centre, y + 124, INDEX_BOX_WIDTH - 24);
}

function centredLines(cursor: Cursor, text: string, centre: number, firstBaseline: number, width: number): void {
  const style: TextStyle = { size: TYPE.small, color: COLORS.muted };
  const lines = clampLines(wrapText(cursor.doc, text, width, style), 2, cursor.doc, width);
  lines.forEach((line, i) => cursor.doc.text(line, centre, firstBaseline + i * lineHeight(TYPE.small), { align: 'center' }));
}

/** Label-and-value pairs beside the index box; long values stop after a few lines. */
function drawFacts(cursor: Cursor, width: number, data: PlanData): void {
  const teams = data.teamNames.length === 0 ? 'No teams yet' : `${count(data.teamNames.length, 'team')}: ${data.teamNames.join(', ')}`;
  const participants = data.participantCount === 0 ? 'None listed' : String(data.participantCount);
  const facts: readonly (readonly [string, string, number])[] = [
    ['Facilitator', data.facilitator === '' ? 'Not recorded' : data.facilitator, 1],
    ['Workshop date', data.workshopDate, 1],
    ['Teams', teams, 2],
    ['Participants', participants, 1],
    ['Customer', data.persona === '' ? 'Not described' : data.persona, 3],
    ['Scope', data.scope === '' ? 'Not described' : data.scope, 3],
  ];
  for (const [label, value, maxLines] of facts) factLine(cursor, width, label, value, maxLines);
}

const LABEL_WIDTH = 82;

function factLine(cursor: Cursor, width: number, label: string, value: string, maxLines: number): void {
  const { doc, frame } = cursor;
  const valueWidth = width - LABEL_WIDTH;
  const valueStyle: TextStyle = { size: TYPE.body };
  const lines = clampLines(wrapText(doc, value, valueWidth, valueStyle), maxLines, doc, valueWidth);
  const baseline = cursor.y + TYPE.body * 0.95;
  applyTextStyle(doc, { size: TYPE.small, bold: true, color: COLORS.muted });
  doc.text(label, frame.left, baseline);
  applyTextStyle(doc, valueStyle);
  lines.forEach((line, i) => doc.text(line, frame.left + LABEL_WIDTH, baseline + i * lineHeight(TYPE.body)));
  cursor.y += lines.length * lineHeight(TYPE.body) + 6;
}

/**
 * Up to five actions, as many as fit on page one without spilling over;
 * the rest are counted and listed in full later.
 */
function drawTopActions(cursor: Cursor, actions: readonly ActionRow[]): void {
  const { doc, frame } = cursor;
  paragraph(cursor, 'Top actions', { size: TYPE.heading, bold: true, after: 8 });
  if (actions.length === 0) {
    paragraph(cursor, 'No actions agreed yet.', { size: TYPE.lead, after: 4 });
    paragraph(cursor, 'Once the room turns its top fixes into actions, they appear here with an owner and a due date.', {
      size: TYPE.body,
      color: COLORS.muted,
    });
    return;
  }
  const numberWidth = 24;
  const textWidth = frame.contentWidth - numberWidth;
  const moreLineHeight = lineHeight(TYPE.body) + 8;
  let shown = 0;
  for (const action of actions.slice(0, TOP_ACTIONS)) {
    const titleLines = wrapText(doc, action.title, textWidth, { size: TYPE.lead, bold: true });
    const height = titleLines.length * lineHeight(TYPE.lead) + lineHeight(TYPE.body) + 10;
    const reserve = shown + 1 < actions.length ? moreLineHeight : 0;
    // Always show the first; stop before one that would spill onto page two.
    if (shown > 0 && cursor.y + height + reserve > frame.contentBottom) break;
    applyTextStyle(doc, { size: TYPE.lead, bold: true, color: COLORS.accent });
    doc.text(`${action.priority}.`, frame.left, cursor.y + TYPE.lead * 0.95);
    paragraph(cursor, action.title, { size: TYPE.lead, bold: true, x: frame.left + numberWidth, width: textWidth });
    paragraph(cursor, `Owner: ${action.owner}   ·   Due: ${action.due}`, {
      size: TYPE.body,
      color: COLORS.muted,
      x: frame.left + numberWidth,
      width: textWidth,
      after: 10,
    });
    shown++;
  }
  const rest = actions.length - shown;
  if (rest > 0) {
    paragraph(cursor, `…and ${count(rest, 'more action')}, listed in priority order later in this plan.`, {
      size: TYPE.body,
      color: COLORS.muted,
    });
  }
}

/** Says honestly what the index rests on: only pillars with ratings count towards it. */
function indexBasis(data: PlanData): string {
  const rated = data.pillars.filter((p) => p.average !== null).length;
  const ratings = count(data.ratingCount, 'rating');
  if (rated === data.pillars.length) return `Weighted across all ${count(rated, 'pillar')}, from ${ratings}.`;
  return `Weighted across the ${rated} of ${data.pillars.length} pillars rated so far, from ${ratings}.`;
}

/** The names of every pillar sharing the given average, joined for a sentence ("A and B"). */
function namesAt(pillars: PlanData['pillars'], average: number): string {
  const names = pillars.filter((p) => p.average === average).map((p) => p.name);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** One line naming the weakest and strongest rated pillars (ties named together), or null when fewer than two are rated. */
function pillarExtremes(data: PlanData): string | null {
  const rated = data.pillars.filter((p) => p.average !== null);
  if (rated.length < 2) return null;
  const sorted = [...rated].sort((a, b) => (a.average ?? 0) - (b.average ?? 0));
  const weakest = sorted[0];
  const strongest = sorted[sorted.length - 1];
  if (weakest === undefined || strongest === undefined || weakest.average === null || strongest.average === null) return null;
  if (weakest.average === strongest.average) return null;
  const low = namesAt(rated, weakest.average);
  const high = namesAt(rated, strongest.average);
  return `Weakest: ${low} (${formatScore(weakest.average)} of 5). Strongest: ${high} (${formatScore(strongest.average)} of 5).`;
}
