/**
 * The PDF action plan for leadership: page one is the summary (the decision),
 * then the evidence — pillar scorecard overall and per team, the touchpoint
 * heatmap, the journey with its emotion curve — the actions in priority
 * order, and an appendix (fixes ranked by dots, the framework and scale, how
 * the numbers were collected, who took part). Built with jsPDF in plain Node, so it runs in the main
 * process, in `npm run serve` and in tests alike; nothing is fetched.
 */
import { jsPDF } from 'jspdf';
import type { Workshop } from '../../../shared/model';
import { drawAbout } from './about';
import { drawFramework, drawMethod, drawScale } from './appendix';
import { buildEvidence } from './evidence-data';
import { drawHeatmap } from './heatmap';
import { drawJourney } from './journey';
import { drawTeamScores } from './team-scores';
import { drawActions } from './actions';
import { drawFixes } from './fixes';
import { registerFonts } from './fonts';
import type { Cursor, Paper } from './layout';
import { COLORS, newPage, pageFrame, paragraph, stampHeadersAndFooters, TYPE } from './layout';
import { buildPlanData } from './plan-data';
import { ratingCoverage } from '../../../shared/selectors';
import { drawScores } from './scores';
import { drawSummary } from './summary';
import { describeVoteMethod } from './vote-method';

export { defaultPdfFileName } from './file-name';
export type { Paper } from './layout';

export interface PdfOptions {
  readonly paper: Paper;
  /** Printed in every footer; also the moment the numbers were taken. */
  readonly generatedAt: Date;
  /**
   * The round whose dots were taken out of the workshop because the vote is
   * still secret (main/export/secret-votes.ts); the plan says so where they would be.
   */
  readonly withheldRound?: number | null;
}

/** Renders the action plan and returns the bytes of the PDF file. */
export async function renderActionPlanPdf(workshop: Workshop, options: PdfOptions): Promise<Uint8Array> {
  const withheldRound = options.withheldRound ?? null;
  const data = buildPlanData(workshop, options.generatedAt, withheldRound);
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

  const evidence = buildEvidence(workshop);
  const cursor: Cursor = { doc, frame, y: frame.contentTop };
  drawSummary(cursor, data, evidence.gaps);
  newPage(cursor);
  drawScores(cursor, data.pillars, data.overallIndex);
  drawTeamScores(cursor, evidence.pillarNames, evidence.teamScores);
  drawHeatmap(cursor, evidence.pillarNames, evidence.heatRows);
  drawJourney(cursor, evidence);
  newPage(cursor, 'portrait');
  drawActions(cursor, data.actions, data.votesWithheld, data.dotsByRound.length > 1);
  newPage(cursor);
  paragraph(cursor, 'Appendix', { size: TYPE.small, bold: true, color: COLORS.accent, after: 6 });
  drawFixes(cursor, {
    fixes: data.fixes,
    dotsCast: data.dotsCast,
    dotsByRound: data.dotsByRound,
    votesRevealed: data.votesRevealed,
    votesWithheld: data.votesWithheld,
  });
  drawFramework(cursor, workshop.framework);
  drawScale(cursor);
  drawMethod(cursor, {
    framework: workshop.framework,
    coverage: ratingCoverage(workshop),
    voteMethod: describeVoteMethod(workshop, withheldRound),
  });
  drawAbout(cursor, data.about);
  stampHeadersAndFooters(doc, options.paper, { title: data.title, generatedLabel: data.generatedLabel });

  return new Uint8Array(doc.output('arraybuffer'));
}
