/**
 * The files for the people who carry the work on — the actions and the
 * ratings as CSV, the whole workshop as JSON — described once, so the
 * browser download and the desktop save dialog offer the same name, type and
 * filter. What is inside each file is main/export/csv's business.
 */
import type { Workshop } from '../../shared/model';
import type { ExportKind } from '../../shared/wire';
import { actionsCsv, ratingsCsv, workshopJson } from '../export/csv';
import { exportFileName } from '../export/pdf/file-name';

/** What the desktop save dialog needs to offer a file; the same shape for the PDF and the rest. */
export interface FileToSave {
  readonly bytes: Uint8Array;
  /** The name offered in the dialog, e.g. "Renewal - actions - 2026-11-23.csv". */
  readonly defaultFileName: string;
  /** The dialog's own title, e.g. "Save the actions". */
  readonly dialogTitle: string;
  /** The one file type the dialog offers, so the extension stays right. */
  readonly filter: { readonly name: string; readonly extensions: readonly string[] };
}

/** A file the host can hand to a browser download or to the save dialog. */
export interface ExportFile extends FileToSave {
  readonly mimeType: string;
}

interface ExportFileKind {
  /** The middle of the file name: "<title> - <label> - <date>.<extension>". */
  readonly label: string;
  readonly extension: string;
  readonly mimeType: string;
  readonly filterName: string;
  readonly dialogTitle: string;
  readonly render: (workshop: Workshop) => string;
}

const CSV_MIME = 'text/csv;charset=utf-8';
const CSV_FILTER = 'CSV spreadsheet';

const KINDS: { readonly [K in ExportKind]: ExportFileKind } = {
  'actions-csv': {
    label: 'actions',
    extension: 'csv',
    mimeType: CSV_MIME,
    filterName: CSV_FILTER,
    dialogTitle: 'Save the actions',
    render: actionsCsv,
  },
  'ratings-csv': {
    label: 'ratings',
    extension: 'csv',
    mimeType: CSV_MIME,
    filterName: CSV_FILTER,
    dialogTitle: 'Save the ratings',
    render: ratingsCsv,
  },
  'workshop-json': {
    label: 'workshop',
    extension: 'json',
    mimeType: 'application/json',
    filterName: 'Journey Room workshop',
    dialogTitle: 'Save the whole workshop',
    render: workshopJson,
  },
};

export const PDF_DIALOG = {
  dialogTitle: 'Save the action plan',
  filter: { name: 'PDF document', extensions: ['pdf'] },
} as const;

export function renderExportFile(workshop: Workshop, kind: ExportKind, date: Date): ExportFile {
  const spec = KINDS[kind];
  return {
    bytes: new TextEncoder().encode(spec.render(workshop)),
    defaultFileName: exportFileName(workshop, spec.label, spec.extension, date),
    mimeType: spec.mimeType,
    dialogTitle: spec.dialogTitle,
    filter: { name: spec.filterName, extensions: [spec.extension] },
  };
}

