/**
 * The one contract between the renderer and the host, whatever carries it
 * (Electron IPC through the preload, or a WebSocket from a browser). Each
 * request has a zod schema for its parameters, checked on arrival, and a
 * result type; events flow from the host to every open client.
 */
import { z } from 'zod';
import { clientCommandSchema } from './commands';
import { idSchema, nameSchema, type Phase, type Workshop } from './model';
import type { DomainErrorCode } from './result';

/** Bumped when the wire changes incompatibly; a client of another version is refused with a reason. */
export const PROTOCOL_VERSION = 1;

/** What a new workshop starts from: blank, the worked sample, or a journey template (shared/templates). */
export const WORKSHOP_TEMPLATES = [
  'blank',
  'sample',
  'retail',
  'software',
  'banking',
  'healthcare',
  'utilities',
  'public-service',
] as const;
export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
/** The files for the people who carry the work on, next to the PDF for leadership. */
export const EXPORT_KINDS = ['actions-csv', 'ratings-csv', 'workshop-json'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

const workshopRef = z.object({ workshopId: idSchema }).strict();

export const requestSchemas = {
  'library/list': z.object({}).strict(),
  'library/create': z
    .object({ title: nameSchema, template: z.enum(WORKSHOP_TEMPLATES) })
    .strict(),
  'library/duplicate': workshopRef,
  'library/rename': z.object({ workshopId: idSchema, title: nameSchema }).strict(),
  'library/delete': workshopRef,
  /**
   * Without `as`, the facilitator opens the workshop and sees all of it. With
   * `as`, a team's page joins it as that team (browsers only): from then on
   * everything this connection receives is what that team may see
   * (shared/selectors/team-view.ts), and it may send only what a team does
   * (shared/roles.ts).
   */
  'workshop/open': z
    .object({ workshopId: idSchema, as: z.object({ teamId: idSchema }).strict().optional() })
    .strict(),
  'workshop/dispatch': z
    .object({ workshopId: idSchema, command: clientCommandSchema })
    .strict(),
  'workshop/undo': workshopRef,
  'workshop/redo': workshopRef,
  /** The PDF's bytes, for a browser to download. */
  'export/pdf': z
    .object({ workshopId: idSchema, paper: z.enum(PAPER_SIZES) })
    .strict(),
  /** Desktop only: asks where to save with the system dialog, then writes the PDF there. */
  'export/save-pdf': z
    .object({ workshopId: idSchema, paper: z.enum(PAPER_SIZES) })
    .strict(),
  /** An actions or ratings CSV, or the whole workshop as JSON, for a browser to download. */
  'export/file': z.object({ workshopId: idSchema, kind: z.enum(EXPORT_KINDS) }).strict(),
  /** Desktop only: asks where to save that file with the system dialog, then writes it there. */
  'export/save-file': z.object({ workshopId: idSchema, kind: z.enum(EXPORT_KINDS) }).strict(),
} as const;

export type Method = keyof typeof requestSchemas;
export type Params<M extends Method> = z.infer<(typeof requestSchemas)[M]>;

export interface WorkshopSummary {
  readonly id: string;
  readonly title: string;
  readonly organisation: string;
  readonly phase: Phase;
  readonly updatedAt: string;
  readonly teamCount: number;
  readonly touchpointCount: number;
}

/** A workshop file that could not be read, and what was done with it. */
export interface StoreProblem {
  readonly fileName: string;
  /** Where the damaged file was moved, so nothing is lost. */
  readonly movedTo: string;
  readonly message: string;
}

export interface LibraryListing {
  readonly workshops: readonly WorkshopSummary[];
  readonly problems: readonly StoreProblem[];
}

/** A workshop as one client sees it, stamped with the host's sequence number. */
export interface WorkshopSnapshot {
  readonly workshopId: string;
  /** Rises by one with every applied command; a client ignores anything older than what it has. */
  readonly seq: number;
  readonly state: Workshop;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

export interface PdfFile {
  readonly fileName: string;
  /** The PDF, base64-encoded so it travels as text. */
  readonly base64: string;
}

/** Any exported file, for a browser to download: what to call it and how to hand it over. */
export interface ExportedFile {
  readonly fileName: string;
  /** For the download's Blob, e.g. "text/csv;charset=utf-8". */
  readonly mimeType: string;
  /** The file's bytes, base64-encoded so they travel as text. */
  readonly base64: string;
}

export type SaveOutcome =
  | { readonly saved: true; readonly path: string }
  | { readonly saved: false };

export interface Results {
  'library/list': LibraryListing;
  'library/create': WorkshopSummary;
  'library/duplicate': WorkshopSummary;
  'library/rename': WorkshopSummary;
  'library/delete': { readonly deleted: true };
  'workshop/open': WorkshopSnapshot;
  'workshop/dispatch': WorkshopSnapshot;
  'workshop/undo': WorkshopSnapshot;
  'workshop/redo': WorkshopSnapshot;
  'export/pdf': PdfFile;
  'export/save-pdf': SaveOutcome;
  'export/file': ExportedFile;
  'export/save-file': SaveOutcome;
}

/** 'forbidden': a team's page asked for something only the facilitator may do. */
export type WireErrorCode = DomainErrorCode | 'forbidden' | 'bad-request' | 'unsupported' | 'internal';

export interface WireError {
  readonly code: WireErrorCode;
  readonly message: string;
}

export type Response<M extends Method> =
  | { readonly ok: true; readonly result: Results[M] }
  | { readonly ok: false; readonly error: WireError };

export interface Events {
  /** A workshop changed; every client that opened it gets the new snapshot. */
  'workshop/changed': WorkshopSnapshot;
  /** Workshops were added, renamed or removed; clients showing the library reload it. */
  'library/changed': Record<string, never>;
}
export type EventName = keyof Events;

/** Messages on the WebSocket. Every one carries the protocol version. */
export const clientMessageSchema = z
  .object({
    v: z.number().int(),
    id: z.number().int().min(0),
    method: z.string().max(64),
    params: z.unknown(),
  })
  .strict();

export type ServerMessage =
  | { readonly v: number; readonly id: number; readonly ok: true; readonly result: unknown }
  | { readonly v: number; readonly id: number | null; readonly ok: false; readonly error: WireError }
  | { readonly v: number; readonly event: EventName; readonly data: unknown };

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(requestSchemas, name);
}
