// Creating a workshop from a journey template, through the host and through the
// request handler both transports use: saved with the template's frame and cards.
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../main/api/api-client';
import { createRequestHandler } from '../../../main/api/handle-request';
import { createHandlers, type PdfExporter } from '../../../main/api/handlers';
import { WorkshopHost } from '../../../main/host/workshop-host';
import { templateData } from '../../../shared/templates';
import { openStore, tempDataDir } from '../support/temp-data';

const noPdf: PdfExporter = {
  render: () => Promise.reject(new Error('not used')),
  fileName: (workshop) => `${workshop.title}.pdf`,
};

describe('library/create with a journey template', () => {
  it('creates and saves the banking journey with its stages, channels, cards, persona and scope', async () => {
    const dataDir = tempDataDir();
    const host = new WorkshopHost({ store: openStore(dataDir) });
    const data = templateData('banking');

    const summary = await host.createWorkshop({ title: 'Current accounts', template: 'banking' });

    expect(summary).toMatchObject({ title: 'Current accounts', teamCount: 1, touchpointCount: data.touchpoints.length });
    const saved = openStore(dataDir).load(summary.id).workshop;
    expect(saved.stages.map((s) => s.name)).toEqual(data.stages);
    expect(saved.channels.map((c) => c.name)).toEqual(data.channels);
    expect(saved.touchpoints.map((t) => t.title)).toEqual(data.touchpoints.map((t) => t.title));
    expect(saved.persona).toBe(data.persona);
    expect(saved.scope).toBe(data.scope);
  });

  it('accepts every template id over the request handler and refuses one it does not know', async () => {
    const host = new WorkshopHost({ store: openStore(tempDataDir()) });
    const handle = createRequestHandler(createHandlers({ host, pdf: noPdf, now: () => new Date() }), () => undefined);
    const client: ApiClient = { id: 'test-connection', watch: () => undefined, session: { kind: 'facilitator' } };

    for (const template of ['retail', 'software', 'healthcare', 'utilities', 'public-service'] as const) {
      const response = await handle('library/create', { title: `From ${template}`, template }, client);
      expect(response).toMatchObject({ ok: true, result: { title: `From ${template}` } });
      if (response.ok) {
        const opened = host.openWorkshop((response.result as { id: string }).id);
        expect(opened.state.stages.map((s) => s.name)).toEqual(templateData(template).stages);
      }
    }

    const unknown = await handle('library/create', { title: 'Nope', template: 'airline' }, client);
    expect(unknown.ok).toBe(false);
    expect(host.listWorkshops().workshops).toHaveLength(5);
  });
});
