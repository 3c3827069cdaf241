/**
 * The handler for every method of the wire contract, in one typed map. The
 * desktop IPC and the WebSocket server both use it, so a browser and the
 * desktop window get exactly the same behaviour.
 */
import { randomUUID } from 'node:crypto';
import type { Workshop } from '../../shared/model';
import { teamCommandRefusal } from '../../shared/roles';
import type { ExportKind, ExportOptions, FileExportOptions, Method, PaperSize, Params, Results, SaveOutcome, WorkshopUpdate } from '../../shared/wire';
import type { DispatchOutcome, Origin, WorkshopHost } from '../host/workshop-host';
import type { Room } from '../room/room';
import type { ApiClient } from './api-client';
import { ApiRefusal } from './api-errors';
import { mayIncludeHiddenVotes, PDF_DIALOG, renderExportFile, type FileToSave } from './export-files';
import { roomHandlers } from './room-handlers';
import { exportableState, openResultFor, seatOf, snapshotForSeat, updateForSeat } from './seat-views';

export type Handlers = {
  [M in Method]: (params: Params<M>, client: ApiClient) => Promise<Results[M]>;
};

/** Makes the action-plan PDF; injected so the API does not depend on the PDF code's readiness. */
export interface PdfExporter {
  /** `includeHiddenVotes`: the facilitator asked for the secret dots (main/export/secret-votes.ts); otherwise they stay out. */
  render(workshop: Workshop, options: { paper: PaperSize; generatedAt: Date; includeHiddenVotes?: boolean }): Promise<Uint8Array>;
  /** The name offered for the file. */
  fileName(workshop: Workshop, generatedAt: Date): string;
}

export interface HandlerDeps {
  readonly host: WorkshopHost;
  readonly pdf: PdfExporter;
  /** Desktop only: asks where to save (offering the name and file type given) and writes the file. Absent in a browser. */
  readonly saveFile?: (file: FileToSave) => Promise<SaveOutcome>;
  readonly now?: () => Date;
  /** New ids (a team pack's); random by default. */
  readonly newId?: () => string;
  /** The local-network room, where this app can run one. */
  readonly room?: Room;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { host, pdf, room } = deps;
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? randomUUID;

  /** The workshop as this client may export it: a team's page gets its team's view. */
  function exportable(workshopId: string, client: ApiClient): Workshop {
    return exportableState(host.currentState(workshopId), client);
  }

  async function renderPdf(
    workshopId: string,
    paper: PaperSize,
    client: ApiClient,
    options: ExportOptions,
  ): Promise<{ bytes: Uint8Array; fileName: string }> {
    const workshop = exportable(workshopId, client);
    const generatedAt = now();
    const bytes = await pdf.render(workshop, { paper, generatedAt, includeHiddenVotes: mayIncludeHiddenVotes(options, client) });
    return { bytes, fileName: pdf.fileName(workshop, generatedAt) };
  }

  function saveFileOrRefuse(what: string, client: ApiClient): (file: FileToSave) => Promise<SaveOutcome> {
    const saveFile = deps.saveFile;
    // The save dialog opens on the facilitator's screen: a device in the room downloads instead.
    if (!saveFile || client.session.kind !== 'facilitator') {
      throw new ApiRefusal('unsupported', `Saving with a file dialog works in the desktop app only. Download ${what} instead.`);
    }
    return saveFile;
  }

  /** The seat's cut of the update the host made, or the host's refusal as the wire's. */
  function answer(outcome: DispatchOutcome, client: ApiClient): WorkshopUpdate {
    if (!outcome.ok) throw new ApiRefusal(outcome.error.code, outcome.error.message);
    return updateForSeat(outcome.update, seatOf(client), host);
  }

  function exportFile(workshopId: string, kind: ExportKind, client: ApiClient, options: FileExportOptions) {
    return renderExportFile(exportable(workshopId, client), kind, now(), {
      includeHiddenVotes: mayIncludeHiddenVotes(options, client),
      pack: options.pack,
      newId,
    });
  }

  return {
    'library/list': async (_params, client) => {
      const listing = host.listWorkshops();
      const session = client.session;
      // A device in the room sees the room's workshop and nothing else of the library.
      if (session.kind !== 'member') return listing;
      return { workshops: listing.workshops.filter((w) => w.id === session.workshopId), problems: [] };
    },
    'library/create': async (params) => host.createWorkshop(params),
    // Starting over is the person's choice, asked first on the page; the old one goes to the trash as Delete does.
    'library/open-sample': async ({ startOver }) =>
      host.openSample(startOver, async (sampleId) => {
        if (room?.workshopId === sampleId) await room.close();
      }),
    'library/duplicate': async ({ workshopId }) => host.duplicateWorkshop(workshopId),
    'library/rename': async ({ workshopId, title }) => host.renameWorkshop(workshopId, title),
    'library/delete': async ({ workshopId }) => {
      if (room?.workshopId === workshopId) await room.close();
      host.deleteWorkshop(workshopId);
      return { deleted: true };
    },
    'library/dismiss-problem': async ({ problemId }) => ({ dismissed: host.dismissProblem(problemId) }),
    'library/recover': async ({ workshopId }) => host.recoverWorkshop(workshopId),
    'library/import': async (params) => host.importWorkshop(params),
    'history/list': async ({ workshopId }) => ({ points: host.restorePointsWithChanges(workshopId) }),
    'history/restore': async ({ workshopId, pointId }, client) => answer(await host.restore(workshopId, pointId, originOf(client)), client),
    'clock/now': async () => ({ now: now().getTime() }),
    'workshop/open': async ({ workshopId, since }, client) => {
      const opened = host.openWorkshop(workshopId);
      client.watch(workshopId);
      const seat = seatOf(client);
      // A device moved to another team since `since` holds the old team's view: it gets the whole workshop.
      const session = client.session;
      const movedSince = session.kind === 'member' && since !== undefined && room !== undefined && since.seq < room.viewFromSeq(session.deviceId);
      const missed = since && !movedSince ? host.updatesSince(workshopId, since) : undefined;
      if (missed) return { kind: 'updates', updates: missed.map((update) => updateForSeat(update, seat, host)) };
      return openResultFor(snapshotForSeat(opened, seat, host));
    },
    'workshop/dispatch': async ({ workshopId, command, mutation }, client) => {
      const seat = seatOf(client);
      const state = host.currentState(workshopId);
      if (seat.kind === 'team') {
        // A person's own device casts dots only as that person; a team's shared page for its people.
        const actor = { teamId: seat.teamId, participantId: seat.participantId ?? null };
        const refusal = teamCommandRefusal(state, actor, command);
        if (refusal !== null) throw new ApiRefusal('forbidden', refusal);
      } else if (state.teamCopy) {
        // A team's copy, on the team's own laptop: whoever works in it works as that team, by the same rules as a team's page.
        const refusal = teamCommandRefusal(state, { teamId: state.teamCopy.teamId, participantId: null }, command);
        if (refusal !== null) throw new ApiRefusal('forbidden', refusal);
      }
      client.watch(workshopId);
      return answer(await host.dispatch(workshopId, command, originOf(client), 'auto', mutation), client);
    },
    'workshop/undo': async ({ workshopId }, client) => answer(await host.undo(workshopId, originOf(client)), client),
    'workshop/redo': async ({ workshopId }, client) => answer(await host.redo(workshopId, originOf(client)), client),
    'export/pdf': async ({ workshopId, paper, ...options }, client) => {
      const { bytes, fileName } = await renderPdf(workshopId, paper, client, options);
      return { fileName, base64: Buffer.from(bytes).toString('base64') };
    },
    'export/save-pdf': async ({ workshopId, paper, ...options }, client) => {
      const saveFile = saveFileOrRefuse('the PDF', client);
      const { bytes, fileName } = await renderPdf(workshopId, paper, client, options);
      return saveFile({ bytes, defaultFileName: fileName, ...PDF_DIALOG });
    },
    'export/file': async ({ workshopId, kind, ...options }, client) => {
      const file = exportFile(workshopId, kind, client, options);
      return { fileName: file.defaultFileName, mimeType: file.mimeType, base64: Buffer.from(file.bytes).toString('base64') };
    },
    'export/save-file': async ({ workshopId, kind, ...options }, client) => {
      const saveFile = saveFileOrRefuse('the file', client);
      return saveFile(exportFile(workshopId, kind, client, options));
    },
    ...roomHandlers(room),
  };
}

function originOf(client: ApiClient): Origin {
  return { seat: seatOf(client), connectionId: client.id };
}
