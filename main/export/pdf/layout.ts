/**
 * The look of the action plan, in one place: paper sizes and margins, the
 * palette, type sizes, and the helpers every section uses to place text
 * without overlapping (a cursor that moves down the page and starts a new
 * page before anything would run into the footer). Running headers, footers
 * and "Page X of Y" are stamped on every page at the end, once the page
 * count is known.
 */
import type { jsPDF } from 'jspdf';
import type { Styles } from 'jspdf-autotable';
import { FONT_FAMILY } from './fonts';

export type Paper = 'a4' | 'letter';

export type Orientation = 'portrait' | 'landscape';

export type Rgb = readonly [number, number, number];

/** Calm and print-friendly: dark navy text, one teal accent, soft greys. */
export const COLORS = {
  text: [27, 42, 65],
  muted: [92, 106, 128],
  accent: [17, 110, 128],
  accentSoft: [220, 238, 241],
  track: [230, 235, 241],
  rule: [208, 215, 225],
  tableHead: [238, 242, 246],
  white: [255, 255, 255],
} as const satisfies Record<string, Rgb>;

/** Type sizes in points. */
export const TYPE = {
  runningHead: 8,
  small: 8.5,
  body: 10,
  lead: 11.5,
  heading: 15,
  title: 22,
  bigNumber: 54,
} as const;

const LINE_HEIGHT_FACTOR = 1.35;

/** Where content may go on a page, in points. */
export interface PageFrame {
  readonly paper: Paper;
  readonly orientation: Orientation;
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly contentWidth: number;
  /** First baseline region below the running header. */
  readonly contentTop: number;
  /** Content stops here; the footer lives below. */
  readonly contentBottom: number;
}

const PAPER_SIZES: Readonly<Record<Paper, { width: number; height: number }>> = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 },
};

const SIDE_MARGIN = 56;
const HEADER_TOP = 34;
const CONTENT_TOP = 82;
const FOOTER_BASELINE_FROM_BOTTOM = 30;
const CONTENT_BOTTOM_FROM_BOTTOM = 58;

export function pageFrame(paper: Paper, orientation: Orientation = 'portrait'): PageFrame {
  const size = PAPER_SIZES[paper];
  const [width, height] = orientation === 'portrait' ? [size.width, size.height] : [size.height, size.width];
  return {
    paper,
    orientation,
    width,
    height,
    left: SIDE_MARGIN,
    right: width - SIDE_MARGIN,
    contentWidth: width - 2 * SIDE_MARGIN,
    contentTop: CONTENT_TOP,
    contentBottom: height - CONTENT_BOTTOM_FROM_BOTTOM,
  };
}

/** A document plus the vertical position where the next thing goes; the frame is the current page's. */
export interface Cursor {
  readonly doc: jsPDF;
  frame: PageFrame;
  y: number;
}

export function lineHeight(fontSize: number): number {
  return fontSize * LINE_HEIGHT_FACTOR;
}

export interface TextStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly color?: Rgb;
}

export function applyTextStyle(doc: jsPDF, style: TextStyle): void {
  doc.setFont(FONT_FAMILY, style.bold === true ? 'bold' : 'normal');
  doc.setFontSize(style.size);
  const [r, g, b] = style.color ?? COLORS.text;
  doc.setTextColor(r, g, b);
}

export function setFill(doc: jsPDF, [r, g, b]: Rgb): void {
  doc.setFillColor(r, g, b);
}

export function setStroke(doc: jsPDF, [r, g, b]: Rgb): void {
  doc.setDrawColor(r, g, b);
}

/** Lines of `text` wrapped to `width` in the given style (long words are split too). */
export function wrapText(doc: jsPDF, text: string, width: number, style: TextStyle): string[] {
  applyTextStyle(doc, style);
  return doc.splitTextToSize(text, width) as string[];
}

/**
 * Starts a new page and puts the cursor at the top of its content area. The
 * page keeps the current orientation unless another is asked for (wide
 * tables and the journey grid turn the page to landscape).
 */
export function newPage(cursor: Cursor, orientation: Orientation = cursor.frame.orientation): void {
  cursor.frame = pageFrame(cursor.frame.paper, orientation);
  cursor.doc.addPage(cursor.frame.paper, orientation);
  cursor.y = cursor.frame.contentTop;
}

/** Moves to a new page unless `height` points still fit above the footer. */
export function ensureSpace(cursor: Cursor, height: number): void {
  if (cursor.y + height > cursor.frame.contentBottom) newPage(cursor);
}

export interface ParagraphOptions extends TextStyle {
  readonly x?: number;
  readonly width?: number;
  /** Space left below the paragraph. */
  readonly after?: number;
}

/** The height a paragraph takes, its space after included, so a caller can keep things together. */
export function paragraphHeight(cursor: Cursor, text: string, options: ParagraphOptions): number {
  const x = options.x ?? cursor.frame.left;
  const width = options.width ?? cursor.frame.right - x;
  return wrapText(cursor.doc, text, width, options).length * lineHeight(options.size) + (options.after ?? 0);
}

/**
 * Writes wrapped text at the cursor. The cursor marks the top of the first
 * line. A paragraph is never split across pages: one that would cross the
 * footer starts on a new page whole. Only a paragraph taller than a whole
 * page continues line by line onto the next.
 */
export function paragraph(cursor: Cursor, text: string, options: ParagraphOptions): void {
  const { doc, frame } = cursor;
  const x = options.x ?? frame.left;
  const width = options.width ?? frame.right - x;
  const lines = wrapText(doc, text, width, options);
  const step = lineHeight(options.size);
  const height = lines.length * step;
  if (height <= frame.contentBottom - frame.contentTop) ensureSpace(cursor, height);
  for (const line of lines) {
    ensureSpace(cursor, step);
    applyTextStyle(doc, options);
    // Baseline sits about 80% down the line box for Noto Sans.
    doc.text(line, x, cursor.y + options.size * 0.95);
    cursor.y += step;
  }
  cursor.y += options.after ?? 0;
}

/** Room a section heading keeps below its intro, so the heading never ends a page alone. */
const HEADING_KEEP = 60;

/** How much a section heading draws, and how much room it asks for before it starts a new page. */
export function sectionHeadingHeight(cursor: Cursor, title: string, intro?: string): { readonly drawn: number; readonly needs: number } {
  const { doc, frame } = cursor;
  const introHeight = intro === undefined ? 0 : wrapText(doc, intro, frame.contentWidth, { size: TYPE.body }).length * lineHeight(TYPE.body);
  const titleHeight = wrapText(doc, title, frame.contentWidth, { size: TYPE.heading, bold: true }).length * lineHeight(TYPE.heading);
  return { drawn: 10 + titleHeight + 4 + (intro === undefined ? 6 : introHeight + 10), needs: lineHeight(TYPE.heading) + introHeight + HEADING_KEEP };
}

/** A section title with a short accent rule, kept on the same page as what follows it. */
export function sectionHeading(cursor: Cursor, title: string, intro?: string): void {
  const { doc, frame } = cursor;
  ensureSpace(cursor, sectionHeadingHeight(cursor, title, intro).needs);
  setFill(doc, COLORS.accent);
  doc.rect(frame.left, cursor.y, 28, 3, 'F');
  cursor.y += 10;
  paragraph(cursor, title, { size: TYPE.heading, bold: true, after: 4 });
  if (intro !== undefined) paragraph(cursor, intro, { size: TYPE.body, color: COLORS.muted, after: 10 });
  else cursor.y += 6;
}

/** A thin horizontal rule across the content width. */
export function rule(cursor: Cursor, after = 12): void {
  const { doc, frame } = cursor;
  setStroke(doc, COLORS.rule);
  doc.setLineWidth(0.6);
  doc.line(frame.left, cursor.y, frame.right, cursor.y);
  cursor.y += after;
}

/** Table styles shared by every autotable, so tables look like one family. */
export function tableStyles(frame: PageFrame): {
  readonly margin: { top: number; bottom: number; left: number; right: number };
  readonly styles: Partial<Styles>;
  readonly headStyles: Partial<Styles>;
  readonly alternateRowStyles: Partial<Styles>;
} {
  return {
    // Tables that break across pages restart below the running header.
    margin: { top: frame.contentTop, bottom: frame.height - frame.contentBottom, left: frame.left, right: frame.width - frame.right },
    styles: {
      font: FONT_FAMILY,
      fontStyle: 'normal',
      fontSize: TYPE.small,
      textColor: [...COLORS.text],
      cellPadding: { top: 5, bottom: 5, left: 5, right: 5 },
      lineColor: [...COLORS.rule],
      lineWidth: { bottom: 0.5, top: 0, left: 0, right: 0 },
      overflow: 'linebreak',
      valign: 'top',
    },
    headStyles: {
      font: FONT_FAMILY,
      fontStyle: 'bold',
      fillColor: [...COLORS.tableHead],
      textColor: [...COLORS.text],
      lineWidth: { bottom: 1, top: 0, left: 0, right: 0 },
      lineColor: [...COLORS.accent],
    },
    alternateRowStyles: { fillColor: [250, 251, 253] },
  };
}

export interface RunningText {
  readonly title: string;
  readonly generatedLabel: string;
}

/**
 * Stamps the running header (workshop title, up to two lines, then an
 * ellipsis: the full title is on page one) and the footer (generated-at and
 * "Page X of Y") on every page.
 */
export function stampHeadersAndFooters(doc: jsPDF, paper: Paper, running: RunningText): void {
  const pageCount = doc.getNumberOfPages();
  const headStyle: TextStyle = { size: TYPE.runningHead, color: COLORS.muted };
  for (let page = 1; page <= pageCount; page++) {
    doc.setPage(page);
    const landscape = doc.internal.pageSize.getWidth() > doc.internal.pageSize.getHeight();
    const frame = pageFrame(paper, landscape ? 'landscape' : 'portrait');
    // The title is wrapped to each page's width: landscape pages have more room.
    const headLines = clampLines(wrapText(doc, running.title, frame.contentWidth, headStyle), 2, doc, frame.contentWidth);
    const headBottom = HEADER_TOP + headLines.length * lineHeight(TYPE.runningHead);
    applyTextStyle(doc, headStyle);
    headLines.forEach((line, i) => doc.text(line, frame.left, HEADER_TOP + i * lineHeight(TYPE.runningHead)));
    setStroke(doc, COLORS.rule);
    doc.setLineWidth(0.6);
    doc.line(frame.left, headBottom, frame.right, headBottom);

    const footerY = frame.height - FOOTER_BASELINE_FROM_BOTTOM;
    doc.line(frame.left, footerY - 14, frame.right, footerY - 14);
    applyTextStyle(doc, { size: TYPE.runningHead, color: COLORS.muted });
    doc.text(running.generatedLabel, frame.left, footerY);
    applyTextStyle(doc, { size: TYPE.runningHead, color: COLORS.text, bold: true });
    doc.text(`Page ${page} of ${pageCount}`, frame.right, footerY, { align: 'right' });
  }
}

/**
 * Keeps the first `max` lines; when text was dropped the last kept line ends
 * in an ellipsis, after a whole word where the line has one to spare.
 */
export function clampLines(lines: readonly string[], max: number, doc: jsPDF, width: number): string[] {
  if (lines.length <= max) return [...lines];
  const kept = lines.slice(0, max);
  let last = (kept[max - 1] ?? '').trimEnd();
  const lastSpace = last.lastIndexOf(' ');
  if (lastSpace > last.length / 2) last = last.slice(0, lastSpace);
  while (last.length > 0 && doc.getTextWidth(`${last}…`) > width) last = [...last].slice(0, -1).join('').trimEnd();
  kept[max - 1] = `${last.replace(/[\s,;:.–-]+$/, '')}…`;
  return kept;
}
