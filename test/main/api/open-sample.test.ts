// "Open the sample workshop" over the request handler: the library keeps one sample, opened again rather
// than copied; a fresh one only when the person asks to start over; the team's pages may not ask.
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../main/api/api-client';
import { createRequestHandler } from '../../../main/api/handle-request';
import { createHandlers, type PdfExporter } from '../../../main/api/handlers';
import type { WorkshopSummary } from '../../../shared/wire';
import { hostOn, openStore, tempDataDir, tickingClock } from '../support/temp-data';

const fakePdf: PdfExporter = { render: async () => new Uint8Array(), fileName: () => 'plan.pdf' };
const facilitator: ApiClient = { id: 'facilitator-page', watch: () => undefined, session: { kind: 'facilitator' } };

function library() {
  const dataDir = tempDataDir();
  const host = hostOn(openStore(dataDir), { now: tickingClock() });
  const handle = createRequestHandler(createHandlers({ host, pdf: fakePdf }), () => undefined);
  const openSample = async (startOver: boolean, client: ApiClient = facilitator): Promise<WorkshopSummary> => {
    const reply = await handle('library/open-sample', { startOver }, client);
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.result as WorkshopSummary;
  };
  const ids = () => host.listWorkshops().workshops.map((w) => w.id).sort();
  return { host, handle, openSample, ids };
}

describe('the sample workshop from the library', () => {
  it('is made once, on the first step of its agenda, and opened again after that', async () => {
    const { openSample, ids } = library();
    const first = await openSample(false);
    expect(first).toMatchObject({ title: 'Sample workshop', phase: 'frame', teamCount: 3 });

    const again = await openSample(false);
    expect(again.id).toBe(first.id);
    expect(ids()).toEqual([first.id]);
  });

  it('keeps the changes made in it when opened again, and starts over with a fresh one only when asked', async () => {
    const { host, openSample, ids } = library();
    const sample = await openSample(false);
    const changed = await host.dispatch(sample.id, { type: 'workshop/update', organisation: 'Our own broadband' }, { seat: { kind: 'facilitator' } });
    expect(changed.ok).toBe(true);

    expect((await openSample(false)).id).toBe(sample.id);
    expect(host.openWorkshop(sample.id).state.organisation).toBe('Our own broadband');

    const fresh = await openSample(true);
    expect(fresh.id).not.toBe(sample.id);
    expect(ids()).toEqual([fresh.id]);
    expect(host.openWorkshop(fresh.id).state.organisation).toBe('Brightline Broadband');
  });

  it('leaves a copy of the sample, or a workshop made from its template, as the person\'s own', async () => {
    const { host, openSample, ids } = library();
    const sample = await openSample(false);
    const copy = await host.duplicateWorkshop(sample.id);
    const fromTemplate = await host.createWorkshop({ title: 'Broadband renewals', template: 'sample' });

    const fresh = await openSample(true);
    expect(ids()).toEqual([copy.id, fresh.id, fromTemplate.id].sort());
  });

  it('is the facilitator\'s to open: a team\'s page is told so', async () => {
    const { handle, openSample, ids } = library();
    const sample = await openSample(false);
    const member: ApiClient = {
      id: 'team-page',
      watch: () => undefined,
      session: { kind: 'member', workshopId: sample.id, teamId: 't1', participantId: 'p1', deviceId: 'd1', name: 'Ana' },
    };
    expect(await handle('library/open-sample', { startOver: true }, member)).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'Only the facilitator can open the sample workshop.' },
    });
    expect(ids()).toEqual([sample.id]);
  });
});
