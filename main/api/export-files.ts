/**
 * The files for the people who carry the work on — the actions and the
 * ratings as CSV, the whole workshop as JSON — described once, so the
 * browser download and the desktop save dialog offer the same name, type and
 * filter. What is inside each file is main/export/csv's business; which dots
 * it may hold while the vote is secret is main/export/secret-votes.ts's.
 */
import type { Workshop } from '../../shared/model';
import type { ExportKind, ExportOptions } from '../../shared/wire';
import { actionsCsv, ratingsCsv, workshopJson } from '../export/csv';
import { exportFileName } from '../export/pdf/file-name';
import { votesForExport, type ExportVotes } from '../export/secret-votes';
import type { ApiClient } from './api-client';

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
  /** Makes the file from the workshop as given and the workshop with the secret dots taken out. */
  readonly render: (whole: Workshop, shown: ExportVotes) => string;
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
    render: (_whole, shown) => actionsCsv(shown.workshop, shown.withheldRound),
  },
  'ratings-csv': {
    label: 'ratings',
    extension: 'csv',
    mimeType: CSV_MIME,
    filterName: CSV_FILTER,
    dialogTitle: 'Save the ratings',
    // Ratings carry no dots: nothing to keep secret here.
    render: (whole) => ratingsCsv(whole),
  },
  'workshop-json': {
    label: 'workshop',
    extension: 'json',
    mimeType: 'application/json',
    filterName: 'Journey Room workshop',
    dialogTitle: 'Save the whole workshop',
    // The workshop file keeps every dot, secret ones too. It is the facilitator's full copy, the one
    // they open again if this laptop fails: a backup that quietly dropped the open round's ballots
    // would lose the room's votes for good. Only the facilitator may make it (shared/roles.ts), and
    // the Export screen says plainly that it holds the secret votes.
    render: (whole) => workshopJson(whole),
  },
};

export const PDF_DIALOG = {
  dialogTitle: 'Save the action plan',
  filter: { name: 'PDF document', extensions: ['pdf'] },
} as const;

/**
 * Whether an export may hold the open round's secret dots: only when the
 * facilitator asked. A team's page asking gets none: its export is made from
 * its team's view, and even its own people's dots stay out while secret.
 */
export function mayIncludeHiddenVotes(options: ExportOptions, client: ApiClient): boolean {
  return options.includeHiddenVotes === true && client.session.kind === 'facilitator';
}

/** `includeHiddenVotes`: already checked with mayIncludeHiddenVotes. */
export function renderExportFile(workshop: Workshop, kind: ExportKind, date: Date, includeHiddenVotes = false): ExportFile {
  const spec = KINDS[kind];
  return {
    bytes: new TextEncoder().encode(spec.render(workshop, votesForExport(workshop, includeHiddenVotes))),
    defaultFileName: exportFileName(workshop, spec.label, spec.extension, date),
    mimeType: spec.mimeType,
    dialogTitle: spec.dialogTitle,
    filter: { name: spec.filterName, extensions: [spec.extension] },
  };
}

