/**
 * The files for the people who carry the work on — the actions and the
 * ratings as CSV, the whole workshop as JSON — and the two files of a laptop
 * per team — the team pack the facilitator hands a team, the team file its
 * copy hands back — described once, so the browser download and the desktop
 * save dialog offer the same name, type and filter. What is inside each file
 * is main/export/csv's and shared/team-files' business; which dots it may
 * hold while the vote is secret is main/export/secret-votes.ts's.
 */
import type { Id, Workshop } from '../../shared/model';
import { makeTeamFile } from '../../shared/team-files/team-file';
import { makeTeamPack } from '../../shared/team-files/team-pack';
import type { ExportKind, ExportOptions, TeamPackChoice } from '../../shared/wire';
import { actionsCsv, ratingsCsv, workshopJson } from '../export/csv';
import { exportFileName, teamExportFileName } from '../export/pdf/file-name';
import { ApiRefusal } from './api-errors';
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

/** The files made from the workshop alone; the team pack and team file are made below. */
type WorkshopFileKind = Exclude<ExportKind, 'team-pack' | 'team-file'>;

const JSON_MIME = 'application/json';

const KINDS: { readonly [K in WorkshopFileKind]: ExportFileKind } = {
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
    mimeType: JSON_MIME,
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

/** What an export needs besides the workshop and its kind. */
export interface ExportFileInputs {
  /** Already checked with mayIncludeHiddenVotes. */
  readonly includeHiddenVotes: boolean;
  /** A team pack's team and what it shares; required for a team pack, ignored otherwise. */
  readonly pack?: TeamPackChoice | undefined;
  /** A new id, for a team pack. */
  readonly newId: () => Id;
}

export const NO_TEAM_CHOSEN = 'Choose the team the pack is for, then make its pack again.';

/** The file, ready to hand over; a team pack or team file that cannot be made is refused with its sentence. */
export function renderExportFile(workshop: Workshop, kind: ExportKind, date: Date, inputs: ExportFileInputs): ExportFile {
  if (kind === 'team-pack') return teamPackFile(workshop, inputs, date);
  if (kind === 'team-file') return teamFile(workshop, date);
  const spec = KINDS[kind];
  return {
    bytes: new TextEncoder().encode(spec.render(workshop, votesForExport(workshop, inputs.includeHiddenVotes))),
    defaultFileName: exportFileName(workshop, spec.label, spec.extension, date),
    mimeType: spec.mimeType,
    dialogTitle: spec.dialogTitle,
    filter: { name: spec.filterName, extensions: [spec.extension] },
  };
}

/** The pack the facilitator hands one team: "<title> - team pack - <team>.json". */
function teamPackFile(master: Workshop, inputs: ExportFileInputs, date: Date): ExportFile {
  const choice = inputs.pack;
  if (!choice) throw new ApiRefusal('bad-request', NO_TEAM_CHOSEN);
  const pack = makeTeamPack(master, choice.teamId, choice, { packId: inputs.newId(), now: date.toISOString() });
  if (typeof pack === 'string') throw new ApiRefusal('conflict', pack);
  return {
    bytes: new TextEncoder().encode(JSON.stringify(pack)),
    defaultFileName: teamExportFileName(master.title, 'team pack', pack.teamName, 'json'),
    mimeType: JSON_MIME,
    dialogTitle: `Save the team pack for ${pack.teamName}`,
    filter: { name: 'Journey Room team pack', extensions: ['json'] },
  };
}

/** What a team's copy hands back: "<title> - team file - <team> - <date>.json", named after the facilitator's workshop. */
function teamFile(copy: Workshop, date: Date): ExportFile {
  const file = makeTeamFile(copy, date.toISOString());
  if (typeof file === 'string') throw new ApiRefusal('conflict', file);
  return {
    bytes: new TextEncoder().encode(JSON.stringify(file)),
    defaultFileName: teamExportFileName(file.masterTitle, 'team file', file.teamName, 'json', date),
    mimeType: JSON_MIME,
    dialogTitle: `Save the team file of ${file.teamName}`,
    filter: { name: 'Journey Room team file', extensions: ['json'] },
  };
}
