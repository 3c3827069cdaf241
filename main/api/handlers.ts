/**
 * The handler for every method of the wire contract, in one typed map. The
 * desktop IPC and the WebSocket server both use it, so a browser and the
 * desktop window get exactly the same behaviour.
 */
import type { Workshop } from '../../shared/model';
import type { Method, PaperSize, Params, Results, SaveOutcome } from '../../shared/wire';
import { HostRefusal } from '../host/host-errors';
import type { DispatchOutcome, WorkshopHost } from '../host/workshop-host';
import type { ApiClient } from './api-client';
import { ApiRefusal } from './api-errors';

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
  /** Desktop only: asks where to save and writes the file. Absent in a browser. */
  readonly savePdf?: (pdf: Uint8Array, defaultFileName: string) => Promise<SaveOutcome>;
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
      const savePdf = deps.savePdf;
      if (!savePdf) {
        throw new ApiRefusal('unsupported', 'Saving with a file dialog works in the desktop app only. Download the PDF instead.');
      }
      const { bytes, fileName } = await renderPdf(workshopId, paper);
      return savePdf(bytes, fileName);
    },
  };
}

function snapshotOrThrow(outcome: DispatchOutcome): Results['workshop/dispatch'] {
  if (!outcome.ok) throw HostRefusal.from(outcome.error);
  return outcome.snapshot;
}
