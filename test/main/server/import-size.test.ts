// A workshop file imported from the facilitator's browser travels inside one WebSocket message, so
// the facilitator's pages may send far more than a device in the room: the large workshop (about
// 0.4 MB, above the room's 256 KB) imports over the desk listener, while a page that is not the
// facilitator's sending the same message is cut off as before, and nothing is imported.
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_PAYLOAD } from '../../../main/server/listener';
import { PROTOCOL_VERSION } from '../../../shared/wire';
import { serveForTest, type ServedForTest } from '../support/test-server';
import { TestClient } from '../support/ws-client';

const LARGE = readFileSync(join(import.meta.dirname, '../../fixtures/large-workshop.json'), 'utf8');

let served: ServedForTest | undefined;
afterEach(async () => {
  await served?.close();
  served = undefined;
});

describe('importing a large workshop file over the WebSocket', () => {
  it('is taken from the facilitator’s page, above the room’s message limit', async () => {
    served = await serveForTest('jr-import-size-');
    const facilitator = served.keep(await TestClient.connect(served.server.url));
    expect(facilitator.session).toEqual({ kind: 'facilitator' });
    expect(Buffer.byteLength(JSON.stringify(LARGE))).toBeGreaterThan(MAX_PAYLOAD);

    const reply = await facilitator.request('library/import', { fileName: 'large-workshop.json', text: LARGE, ifExists: 'ask' });

    expect(reply).toMatchObject({ ok: true, result: { kind: 'imported', migrated: false, teamCopy: false } });
    expect(served.host.listWorkshops().workshops).toHaveLength(1);
  });

  it('cuts off a page that is not the facilitator’s, and imports nothing', async () => {
    served = await serveForTest('jr-import-size-');
    const guest = served.keep(await TestClient.connect(served.server.url, { guest: true }));
    expect(guest.session).toEqual({ kind: 'guest' });

    guest.socket.send(JSON.stringify({ v: PROTOCOL_VERSION, id: 1, method: 'library/import', params: { fileName: 'large.json', text: LARGE, ifExists: 'ask' } }));
    const [code] = (await once(guest.socket, 'close')) as [number];

    // 1009: the message was too big.
    expect(code).toBe(1009);
    expect(served.host.listWorkshops().workshops).toEqual([]);
  });
});
