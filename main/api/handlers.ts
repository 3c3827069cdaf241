/**
 * The handler for every method of the wire contract, in one typed map. The
 * desktop IPC and the WebSocket server both use it, so a browser and the
 * desktop window get exactly the same behaviour.
 */
import type { Workshop } from '../../shared/model';
import type { ExportKind, Method, PaperSize, Params, Results, SaveOutcome } from '../../shared/wire';
import { HostRefusal } from '../host/host-errors';
import type { DispatchOutcome, WorkshopHost } from '../host/workshop-host';
import type { ApiClient } from './api-client';
import { ApiRefusal } from './api-errors';
import { PDF_DIALOG, renderExportFile, type FileToSave } from './export-files';

export type Handlers = {
  [M in Method]: (params: Params<M>, client: ApiClient) => Promise<Results[M]>;
};

/** Makes the action-plan PDF; injected so the API does not depend on the PDF code's readiness. */
export interface PdfExporter {
  render(workshop: Workshop, options: { paper: PaperSize; generatedAt: Date }): Promise<Uint8Array>;
  /** The name offered for the file. */
  fileName(workshop: Workshop, generatedAt: Date): string;
}

export interface HandlerDeps {
  readonly host: WorkshopHost;
  readonly pdf: PdfExporter;
  /** Desktop only: asks where to save (offering the name and file type given) and writes the file. Absent in a browser. */
  readonly saveFile?: (file: FileToSave) => Promise<SaveOutcome>;
  readonly now?: () => Date;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { host, pdf } = deps;
  const now = deps.now ?? (() => new Date());

  async function renderPdf(workshopId: string, paper: PaperSize): Promise<{ bytes: Uint8Array; fileName: string }> {
    const workshop = host.currentState(workshopId);
    const generatedAt = now();
    const bytes = await pdf.render(workshop, { paper, generatedAt });
    return { bytes, fileName: pdf.fileName(workshop, generatedAt) };
  }

  function saveFileOrRefuse(what: string): (file: FileToSave) => Promise<SaveOutcome> {
    const saveFile = deps.saveFile;
    if (!saveFile) {
      throw new ApiRefusal('unsupported', `Saving with a file dialog works in the desktop app only. Download ${what} instead.`);
    }
    return saveFile;
  }

  function exportFile(workshopId: string, kind: ExportKind) {
    return renderExportFile(host.currentState(workshopId), kind, now());
  }

  return {
    'library/list': async () => host.listWorkshops(),
    'library/create': async (params) => host.createWorkshop(params),
    'library/duplicate': async ({ workshopId }) => host.duplicateWorkshop(workshopId),
    'library/rename': async ({ workshopId, title }) => host.renameWorkshop(workshopId, title),
    'library/delete': async ({ workshopId }) => {
      host.deleteWorkshop(workshopId);
      return { deleted: true };
    },
    'workshop/open': async ({ workshopId }, client) => {
      const snapshot = host.openWorkshop(workshopId);
      client.watch(workshopId);
      return snapshot;
    },
    'workshop/dispatch': async ({ workshopId, command }, client) => {
      client.watch(workshopId);
      return snapshotOrThrow(host.dispatch(workshopId, command));
    },
    'workshop/undo': async ({ workshopId }) => snapshotOrThrow(host.undo(workshopId)),
    'workshop/redo': async ({ workshopId }) => snapshotOrThrow(host.redo(workshopId)),
    'export/pdf': async ({ workshopId, paper }) => {
      const { bytes, fileName } = await renderPdf(workshopId, paper);
      return { fileName, base64: Buffer.from(bytes).toString('base64') };
    },
    'export/save-pdf': async ({ workshopId, paper }) => {
      const saveFile = saveFileOrRefuse('the PDF');
      const { bytes, fileName } = await renderPdf(workshopId, paper);
      return saveFile({ bytes, defaultFileName: fileName, ...PDF_DIALOG });
    },
    'export/file': async ({ workshopId, kind }) => {
      const file = exportFile(workshopId, kind);
      return { fileName: file.defaultFileName, mimeType: file.mimeType, base64: Buffer.from(file.bytes).toString('base64') };
    },
    'export/save-file': async ({ workshopId, kind }) => {
      const saveFile = saveFileOrRefuse('the file');
      return saveFile(exportFile(workshopId, kind));
    },
  };
}

function snapshotOrThrow(outcome: DispatchOutcome): Results['workshop/dispatch'] {
  if (!outcome.ok) throw HostRefusal.from(outcome.error);
  return outcome.snapshot;
}
