/**
 * The one contract between the renderer and the host, whatever carries it
 * (Electron IPC through the preload, or a WebSocket from a browser). Every
 * request, result and event is declared here once, in zod, and checked on
 * arrival: requests by the host, results and events by the page.
 *
 * After a workshop is opened (a full snapshot), a page receives only
 * updates: `{seq, patch}`, the change record cut to what its seat may see.
 */
import { z } from 'zod';
import { patchSchema } from './changes/schema';
import { clientCommandSchema } from './commands';
import type { Patch } from './changes/types';
import { idSchema, localeSchema, nameSchema, PHASES, workshopSchema, type Workshop } from './model';
import {
  roomEventSchemas,
  roomRequestSchemas,
  roomResultSchemas,
  type RoomStatus,
  type SessionState,
} from './room';

/**
 * Bumped when the wire changes incompatibly; a client of another version is
 * refused with a reason. 2: updates carry changes, not whole workshops.
 * 3: seats come from the room's credentials, not from `workshop/open`.
 */
export const PROTOCOL_VERSION = 3;

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
/**
 * The files for the people who carry the work on, next to the PDF for
 * leadership; and the two files of "a laptop per team" (shared/team-files/):
 * the team pack the facilitator hands a team, and the team file the team's
 * copy hands back.
 */
export const EXPORT_KINDS = ['actions-csv', 'ratings-csv', 'workshop-json', 'team-pack', 'team-file'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** Which team a team pack is for, and what the facilitator shares with it (shared/team-files/team-pack.ts). */
export const teamPackChoiceSchema = z
  .object({
    teamId: idSchema,
    /** The other teams' cards and fixes, to look at (and, with the vote, to vote on). */
    otherTeams: z.boolean(),
    /** Whether the team may cast its people's dots in its copy. */
    voting: z.boolean(),
  })
  .strict();
export type TeamPackChoice = z.infer<typeof teamPackChoiceSchema>;

/**
 * The longest workshop file the library imports, in characters: far above
 * the largest workshop the app is built for (about 0.4 MB), and still a
 * bound the host holds in memory without trouble.
 */
export const IMPORT_TEXT_MAX = 50 * 1024 * 1024;
export const IMPORT_FILE_NAME_MAX = 260;
/**
 * The largest message the facilitator's pages may send, in bytes: an
 * imported file travels inside one request, its quotes and backslashes
 * escaped. Devices in the room stay at the listener's small limit.
 */
export const FACILITATOR_MESSAGE_MAX = 2 * IMPORT_TEXT_MAX + 1024 * 1024;

/**
 * What an export may hold. While the vote is secret and not yet revealed an
 * export leaves out the open round's dots; the facilitator may ask for them
 * for their own records (a team's page never gets them). Absent means false,
 * so every older caller keeps the safe default.
 */
const exportOptionsShape = { includeHiddenVotes: z.boolean().optional() };
export interface ExportOptions {
  readonly includeHiddenVotes?: boolean;
}
/** The files' exports take the same options, and a team pack names its team and what it shares. */
const fileExportShape = { ...exportOptionsShape, pack: teamPackChoiceSchema.optional() };
export interface FileExportOptions extends ExportOptions {
  /** Required for a team pack; ignored for every other file. */
  readonly pack?: TeamPackChoice;
}

const workshopRef = z.object({ workshopId: idSchema }).strict();

export const mutationSchema = z
  .object({ clientId: idSchema, n: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER) })
  .strict();
export type Mutation = z.infer<typeof mutationSchema>;

export const requestSchemas = {
  'library/list': z.object({}).strict(),
  'library/create': z
    .object({ title: nameSchema, template: z.enum(WORKSHOP_TEMPLATES) })
    .strict(),
  /**
   * The library's one sample (shared/sample-workshop.ts): the one already in
   * the library when there is one, else a new one. `startOver` puts the one
   * there in the trash and opens a fresh one — the page asks first.
   */
  'library/open-sample': z.object({ startOver: z.boolean() }).strict(),
  'library/duplicate': workshopRef,
  'library/rename': z.object({ workshopId: idSchema, title: nameSchema }).strict(),
  'library/delete': workshopRef,
  /** Forgets a problem notice the person has read (damaged or foreign files, a journal cut short). */
  'library/dismiss-problem': z.object({ problemId: z.string().min(1).max(300) }).strict(),
  /** A workshop whose file was set aside: brings it back from its newest restore point. */
  'library/recover': workshopRef,
  /**
   * A workshop file (or a team pack) the person opened or dropped on the
   * library, as text. Checked exactly as opening a workshop checks its file.
   * `ifExists`: 'ask' answers `exists` when the workshop is already in the
   * library; 'keep-both' imports it beside that one under a new id. Nothing
   * is ever overwritten.
   */
  'library/import': z
    .object({
      fileName: z.string().max(IMPORT_FILE_NAME_MAX),
      text: z.string().max(IMPORT_TEXT_MAX, 'The file is too big to be a Journey Room workshop.'),
      ifExists: z.enum(['ask', 'keep-both']),
    })
    .strict(),
  /**
   * Opens a workshop as this page's session allows (shared/room.ts): the
   * facilitator sees all of it; a member of the room sees its team's view
   * (shared/selectors/team-view.ts) and may send only what its seat may
   * (shared/roles.ts).
   */
  /**
   * The host's clock, so every page counts the room's timer down from the
   * same time (the page corrects for the trip there and back).
   */
  'clock/now': z.object({}).strict(),
  'workshop/open': z
    .object({
      workshopId: idSchema,
      /**
       * A page coming back after a drop: the last update it has. The host
       * sends what it missed when it still has it, a snapshot otherwise.
       */
      since: z.object({ epoch: idSchema, seq: z.number().int().min(0) }).strict().optional(),
    })
    .strict(),
  /**
   * One command. `mutation` names it: the sending page's id and its own
   * running number, so a command re-sent after a reconnect is applied once.
   */
  'workshop/dispatch': z
    .object({ workshopId: idSchema, command: clientCommandSchema, mutation: mutationSchema })
    .strict(),
  'workshop/undo': workshopRef,
  'workshop/redo': workshopRef,
  /** The workshop's restore points, newest first, each with what has changed since. */
  'history/list': workshopRef,
  /** Brings the workshop back to a restore point: one undoable step, with a restore point made first. */
  'history/restore': z.object({ workshopId: idSchema, pointId: z.string().min(1).max(120) }).strict(),
  /** The PDF's bytes, for a browser to download. */
  'export/pdf': z
    .object({ workshopId: idSchema, paper: z.enum(PAPER_SIZES), ...exportOptionsShape })
    .strict(),
  /** Desktop only: asks where to save with the system dialog, then writes the PDF there. */
  'export/save-pdf': z
    .object({ workshopId: idSchema, paper: z.enum(PAPER_SIZES), ...exportOptionsShape })
    .strict(),
  /**
   * An actions or ratings CSV, the whole workshop as JSON, a team pack (with
   * `pack`) or a team's copy's team file, for a browser to download.
   */
  'export/file': z.object({ workshopId: idSchema, kind: z.enum(EXPORT_KINDS), ...fileExportShape }).strict(),
  /** Desktop only: asks where to save that file with the system dialog, then writes it there. */
  'export/save-file': z.object({ workshopId: idSchema, kind: z.enum(EXPORT_KINDS), ...fileExportShape }).strict(),
  ...roomRequestSchemas,
} as const;

export type Method = keyof typeof requestSchemas;
export type Params<M extends Method> = z.infer<(typeof requestSchemas)[M]>;

export const workshopSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  organisation: z.string(),
  phase: z.enum(PHASES),
  updatedAt: z.string(),
  teamCount: z.number().int().min(0),
  touchpointCount: z.number().int().min(0),
  /** How the workshop writes dates (shared/present/dates.ts): its row says when it changed that way too. */
  locale: localeSchema,
  /**
   * Set for a team's copy, opened from a team pack on a team's own laptop:
   * which team works in it, the facilitator's workshop it was packed from,
   * and the pack (a pack imported again finds its copy by it).
   */
  teamCopy: z.object({ teamName: z.string(), masterTitle: z.string(), packId: idSchema }).optional(),
});
export type WorkshopSummary = z.infer<typeof workshopSummarySchema>;

/** A workshop file that could not be read, and what was done with it; shown until the person dismisses it. */
export const storeProblemSchema = z.object({
  id: z.string(),
  /** The workshop it concerns, when known: its restore points may bring it back. */
  workshopId: z.string().optional(),
  /** A restore point of it is kept and it is not in the library: "Bring back" can start again from it. */
  canRecover: z.boolean().optional(),
  /** Listed for as long as the file is there (one from a newer version): there is nothing to dismiss. */
  lasting: z.boolean().optional(),
  fileName: z.string(),
  /** Where the damaged file was moved, so nothing is lost. */
  movedTo: z.string(),
  message: z.string(),
});
export type StoreProblem = z.infer<typeof storeProblemSchema>;

export const libraryListingSchema = z.object({
  workshops: z.array(workshopSummarySchema),
  problems: z.array(storeProblemSchema),
});
export type LibraryListing = z.infer<typeof libraryListingSchema>;

/**
 * How an import ended: the workshop is in the library now (`migrated`: it
 * was saved by an older version and brought up to date; `teamCopy`: it was
 * a team pack, now the team's copy), or the same workshop is there already
 * and the person chooses between opening that one and keeping both.
 */
export const importResultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('imported'), workshop: workshopSummarySchema, migrated: z.boolean(), teamCopy: z.boolean() }),
  z.object({ kind: z.literal('exists'), workshop: workshopSummarySchema }),
]);
export type ImportResult = z.infer<typeof importResultSchema>;

/** Whether this seat has changes of its own to undo or redo. */
export const historyFlagsSchema = z.object({ canUndo: z.boolean(), canRedo: z.boolean() });
export type HistoryFlags = z.infer<typeof historyFlagsSchema>;

/**
 * Where a page stands: the host's run of this workshop (`epoch`, new each
 * time the host opens it afresh) and the number of its last update.
 */
const position = { workshopId: idSchema, epoch: idSchema, seq: z.number().int().min(0) };

/** The whole workshop as one seat sees it: on open, and when a page is too far behind. */
export const workshopSnapshotSchema = z.object({
  ...position,
  state: workshopSchema,
  history: historyFlagsSchema,
});
/** The parsed snapshot, with the workshop typed as the domain holds it (read-only). */
export type WorkshopSnapshot = Omit<z.infer<typeof workshopSnapshotSchema>, 'state'> & { readonly state: Workshop };

/** One applied change, cut to what the seat may see. `seq` rises by one with each. */
export const workshopUpdateSchema = z.object({
  ...position,
  patch: patchSchema,
  history: historyFlagsSchema,
});
export type WorkshopUpdate = Omit<z.infer<typeof workshopUpdateSchema>, 'patch'> & { readonly patch: Patch };

/** Opening: the whole workshop, or — for a page coming back — only what it missed. */
export const openResultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('snapshot'), snapshot: workshopSnapshotSchema }),
  z.object({ kind: z.literal('updates'), updates: z.array(workshopUpdateSchema) }),
]);
export type OpenResult =
  | { readonly kind: 'snapshot'; readonly snapshot: WorkshopSnapshot }
  | { readonly kind: 'updates'; readonly updates: readonly WorkshopUpdate[] };

const base64File = { fileName: z.string().min(1).max(255), base64: z.string() };

export const pdfFileSchema = z.object(base64File);
export type PdfFile = z.infer<typeof pdfFileSchema>;

/** Any exported file, for a browser to download: what to call it and how to hand it over. */
export const exportedFileSchema = z.object({ ...base64File, mimeType: z.string().min(1).max(100) });
export type ExportedFile = z.infer<typeof exportedFileSchema>;

export const saveOutcomeSchema = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true), path: z.string() }),
  z.object({ saved: z.literal(false) }),
]);
export type SaveOutcome = z.infer<typeof saveOutcomeSchema>;

/** A copy of a workshop kept so the room can go back to it. */
export const restorePointSchema = z.object({
  id: z.string(),
  /** 'auto' every few minutes of work; 'before-step' before something that takes a lot away; 'before-restore'. */
  kind: z.enum(['auto', 'before-step', 'before-restore']),
  /** What was about to happen, for points made before a step. */
  label: z.string(),
  at: z.string(),
  /** What has changed since, in plain words ("3 cards added, a stage removed"). */
  since: z.string(),
});
export type RestorePoint = z.infer<typeof restorePointSchema>;

export const resultSchemas = {
  'library/list': libraryListingSchema,
  'library/create': workshopSummarySchema,
  'library/open-sample': workshopSummarySchema,
  'library/duplicate': workshopSummarySchema,
  'library/rename': workshopSummarySchema,
  'library/delete': z.object({ deleted: z.literal(true) }),
  'library/dismiss-problem': z.object({ dismissed: z.boolean() }),
  'library/recover': workshopSummarySchema,
  'library/import': importResultSchema,
  'history/list': z.object({ points: z.array(restorePointSchema) }),
  'history/restore': workshopUpdateSchema,
  'clock/now': z.object({ now: z.number().int().min(0) }).strict(),
  'workshop/open': openResultSchema,
  'workshop/dispatch': workshopUpdateSchema,
  'workshop/undo': workshopUpdateSchema,
  'workshop/redo': workshopUpdateSchema,
  'export/pdf': pdfFileSchema,
  'export/save-pdf': saveOutcomeSchema,
  'export/file': exportedFileSchema,
  'export/save-file': saveOutcomeSchema,
  ...roomResultSchemas,
} as const satisfies { readonly [M in Method]: z.ZodType };

type InferredResults = { [M in Method]: z.infer<(typeof resultSchemas)[M]> };
/** What each request gives back; workshops and patches typed as the domain holds them. */
export type Results = Omit<InferredResults, 'workshop/open' | 'workshop/dispatch' | 'workshop/undo' | 'workshop/redo' | 'history/restore'> & {
  readonly 'workshop/open': OpenResult;
  readonly 'workshop/dispatch': WorkshopUpdate;
  readonly 'workshop/undo': WorkshopUpdate;
  readonly 'workshop/redo': WorkshopUpdate;
  readonly 'history/restore': WorkshopUpdate;
};

/**
 * Every way the host says no, in one list. The first four are the domain's
 * own (shared/result.ts). 'forbidden': a team's page asked for something only
 * the facilitator may do. 'duplicate': a re-sent command that had already
 * arrived (applied once; the page drops its copy). 'storage': the disk
 * refused to keep it; nothing of it was saved, and Retry may work later.
 * 'too-fast': one page sent more than a person could; that request was not run.
 */
export const WIRE_ERROR_CODES = [
  'invalid',
  'not-found',
  'conflict',
  'over-budget',
  'forbidden',
  'duplicate',
  'storage',
  'too-fast',
  'bad-request',
  'unsupported',
  'internal',
] as const;
export const wireErrorSchema = z.object({
  code: z.enum(WIRE_ERROR_CODES),
  message: z.string().max(4000),
});
export type WireErrorCode = (typeof WIRE_ERROR_CODES)[number];
export type WireError = z.infer<typeof wireErrorSchema>;

export type Response<M extends Method> =
  | { readonly ok: true; readonly result: Results[M] }
  | { readonly ok: false; readonly error: WireError };

export const eventSchemas = {
  /** A workshop changed: every page that opened it gets the change, cut to its seat. */
  'workshop/changes': workshopUpdateSchema,
  /** Workshops were added, renamed or removed; pages showing the library reload it. */
  'library/changed': z.object({}).strict(),
  ...roomEventSchemas,
} as const;
export type EventName = keyof typeof eventSchemas;
export interface Events {
  readonly 'workshop/changes': WorkshopUpdate;
  readonly 'library/changed': z.infer<(typeof eventSchemas)['library/changed']>;
  readonly 'room/changed': RoomStatus;
  readonly 'session/state': SessionState;
}

/** Messages on the WebSocket and through the preload. Every one carries the protocol version. */
export const clientMessageSchema = z
  .object({
    v: z.number().int(),
    id: z.number().int().min(0),
    method: z.string().max(64),
    params: z.unknown(),
  })
  .strict();

/**
 * What a page accepts from the host before looking closer. An error's code is
 * any short text here, so a code this page does not know still answers its
 * request (as 'internal', with the host's sentence) instead of leaving it waiting.
 */
export const serverMessageSchema = z.union([
  z.object({ v: z.number().int(), id: z.number().int(), ok: z.literal(true), result: z.unknown() }),
  z.object({
    v: z.number().int(),
    id: z.number().int().nullable(),
    ok: z.literal(false),
    error: z.object({ code: z.string().max(64), message: z.string().max(4000) }),
  }),
  z.object({ v: z.number().int(), event: z.string().max(64), data: z.unknown() }),
]);
export type ServerMessage = z.infer<typeof serverMessageSchema>;

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(requestSchemas, name);
}

export function isEventName(name: string): name is EventName {
  return Object.prototype.hasOwnProperty.call(eventSchemas, name);
}
