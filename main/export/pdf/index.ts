/**
 * The PDF action plan for leadership: page one is the summary (the decision),
 * then the pillar scorecard, the actions in priority order, the fixes
 * ranked by dots and what the workshop covered. Built with jsPDF in plain Node, so it runs in the main
 * process, in `npm run serve` and in tests alike; nothing is fetched.
 */
import { jsPDF } from 'jspdf';
import type { Workshop } from '../../../shared/model';
import { drawAbout } from './about';
import { drawActions } from './actions';
import { drawFixes } from './fixes';
import { registerFonts } from './fonts';
import type { Cursor, Paper } from './layout';
import { newPage, pageFrame, stampHeadersAndFooters } from './layout';
import { buildPlanData } from './plan-data';
import { drawScores } from './scores';
import { drawSummary } from './summary';

export { defaultPdfFileName } from './file-name';
export type { Paper } from './layout';

export interface PdfOptions {
  readonly paper: Paper;
  /** Printed in every footer; also the moment the numbers were taken. */
  readonly generatedAt: Date;
}

/** Renders the action plan and returns the bytes of the PDF file. */
export async function renderActionPlanPdf(workshop: Workshop, options: PdfOptions): Promise<Uint8Array> {
  const data = buildPlanData(workshop, options.generatedAt);
  const frame = pageFrame(options.paper);
  const doc = new jsPDF({ unit: 'pt', format: options.paper, orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
  registerFonts(doc);
  doc.setDocumentProperties({
    title: `${data.title} – action plan`,
    subject: 'Customer experience action plan',
    author: data.facilitator === '' ? 'Journey Room' : data.facilitator,
    creator: 'Journey Room',
    keywords: 'customer experience, action plan, journey',
  });
  doc.setLanguage('en-GB');
  doc.setCreationDate(options.generatedAt);

  const cursor: Cursor = { doc, frame, y: frame.contentTop };
  drawSummary(cursor, data);
  newPage(cursor);
  drawScores(cursor, data.pillars, data.overallIndex);
  drawActions(cursor, data.actions);
  drawFixes(cursor, { fixes: data.fixes, dotsCast: data.dotsCast, votesRevealed: data.votesRevealed });
  drawAbout(cursor, data.about);
  stampHeadersAndFooters(doc, frame, { title: data.title, generatedLabel: data.generatedLabel });

  return new Uint8Array(doc.output('arraybuffer'));
}
