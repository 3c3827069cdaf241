/**
 * The real PDF exporter (main/export/pdf). The renderer itself is loaded on
 * first use: jsPDF and the fonts are large, and starting the app or a test
 * should not wait for them.
 */
import { defaultPdfFileName } from '../export/pdf/file-name';
import type { PdfExporter } from './handlers';

export const actionPlanPdf: PdfExporter = {
  async render(workshop, options) {
    const { renderActionPlanPdf } = await import('../export/pdf');
    return renderActionPlanPdf(workshop, options);
  },
  fileName: defaultPdfFileName,
};
