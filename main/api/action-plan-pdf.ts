/**
 * The real PDF exporter (main/export/pdf). The renderer itself is loaded on
 * first use: jsPDF and the fonts are large, and starting the app or a test
 * should not wait for them. While the vote is secret the plan leaves out
 * the open round's dots unless the facilitator asked for them.
 */
import { defaultPdfFileName } from '../export/pdf/file-name';
import { votesForExport } from '../export/secret-votes';
import type { PdfExporter } from './handlers';

export const actionPlanPdf: PdfExporter = {
  async render(workshop, { paper, generatedAt, includeHiddenVotes }) {
    const { renderActionPlanPdf } = await import('../export/pdf');
    // While the vote is secret the plan is drawn without the open round's dots, and says so.
    const shown = votesForExport(workshop, includeHiddenVotes === true);
    return renderActionPlanPdf(shown.workshop, { paper, generatedAt, withheldRound: shown.withheldRound });
  },
  fileName: defaultPdfFileName,
};
