// The real server on loopback with a real store in a temp folder: files are
// served safely, only our own pages may open the WebSocket, and a malformed
// or refused message gets a clear answer and leaves the saved file alone.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type WorkshopSummary, type WorkshopUpdate } from '../../../shared/wire';
import type { PdfExporter } from '../../../main/api/handlers';
import { WorkshopHost } from '../../../main/host/workshop-host';
import { startServer, type RunningServer } from '../../../main/server/start-server';
import { readSavedWorkshop } from '../../../main/store/saved-workshop';
import { CONTENT_SECURITY_POLICY } from '../../../main/server/security-headers';
import { Page } from '../support/page';
import { openStore } from '../support/temp-data';
import { TestClient, upgradeStatus } from '../support/ws-client';

const pdf: PdfExporter = {
  render: async () => new TextEncoder().encode('%PDF-1.7 test'),
  fileName: () => 'plan.pdf',
};

// A script big enough to be worth compressing, as the app's own are.
const BIG_SCRIPT = Array.from({ length: 400 }, (_, i) => `export const step${i} = "Map, rate, fix, vote: step ${i}";`).join('\n');

let root: string;
let dataDir: string;
let server: RunningServer;
let host: WorkshopHost;
const clients: TestClient[] = [];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'jr-server-test-'));
  const web = join(root, 'web');
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Journey Room</title>');
  writeFileSync(join(web, 'assets', 'app.js'), 'console.log("hi");');
  writeFileSync(join(web, 'assets', 'style.css'), 'body{}');
  writeFileSync(join(web, 'assets', 'big.js'), BIG_SCRIPT);
  writeFileSync(join(web, 'assets', 'font.woff2'), Buffer.alloc(4096, 7));
  writeFileSync(join(root, 'secret.txt'), 'TOP SECRET');
  dataDir = join(root, 'data');
  host = new WorkshopHost({ store: openStore(dataDir), log: () => undefined });
  server = await startServer({ host, pdf, staticDir: web, port: 0, log: () => undefined });
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await server.close();
  // The host finishes its writes before the folder goes.
  await host.close();
  rmSync(root, { recursive: true, force: true });
});

async function connect(): Promise<TestClient> {
  const client = await TestClient.connect(server.url);
  clients.push(client);
  return client;
}

/** Creates a blank workshop and opens it on this connection, as the facilitator's page. */
async function newWorkshop(client: TestClient, title = 'Broadband sign-up'): Promise<Page> {
  const created = await client.request('library/create', { title, template: 'blank' });
  const { id } = created.result as WorkshopSummary;
  return Page.on(client, id);
}

/** The workshop as it is saved: the snapshot with the journal replayed. */
function savedWorkshop(workshopId: string): unknown {
  const read = readSavedWorkshop(join(dataDir, 'workshops', `${workshopId}.json`));
  if (!read.ok) throw new Error(read.message);
  return read.workshop;
}

/** A raw GET, so paths reach the server exactly as written (no client-side normalising). */
function get(path: string, host?: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers: host ? { host } : {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A raw GET offering `acceptEncoding`, its body as bytes. */
function getBytes(path: string, acceptEncoding: string | undefined): Promise<{ headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
    const req = request({ host: '127.0.0.1', port: server.port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static files', () => {
  it('serves index.html for / with the security headers', async () => {
    expect(server.baseUrl).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?key=${server.facilitatorKey}`);
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Journey Room</title>');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    // Cross-origin isolated: nothing from elsewhere may load into the page, and nothing else may embed its files.
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(res.headers['cross-origin-embedder-policy']).toBe('require-corp');
    expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  it('serves assets with their content types', async () => {
    expect((await get('/assets/app.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await get('/assets/style.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await get('/assets/app.js?v=2')).status).toBe(200);
  });

  it('sends scripts gzipped to a browser that takes gzip, once compressed, and as they are to one that does not', async () => {
    const first = await getBytes('/assets/big.js', 'gzip, deflate, br');
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(first.headers['vary']).toBe('Accept-Encoding');
    expect(Number(first.headers['content-length'])).toBe(first.body.length);
    expect(first.body.length).toBeLessThan(BIG_SCRIPT.length / 3);
    expect(gunzipSync(first.body).toString('utf8')).toBe(BIG_SCRIPT);
    const again = await getBytes('/assets/big.js', 'gzip');
    expect(again.body.equals(first.body)).toBe(true);

    for (const refuses of [undefined, 'identity', 'gzip;q=0, identity']) {
      const plain = await getBytes('/assets/big.js', refuses);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString('utf8')).toBe(BIG_SCRIPT);
    }
    // Fonts are compressed already, and tiny files gain nothing.
    expect((await getBytes('/assets/font.woff2', 'gzip')).headers['content-encoding']).toBeUndefined();
    expect((await getBytes('/assets/app.js', 'gzip')).headers['content-encoding']).toBeUndefined();
  });

  it('sends a changed file as it now is, not the copy compressed before', async () => {
    const changed = `${BIG_SCRIPT}\nexport const extra = "a newer build";`;
    writeFileSync(join(root, 'web', 'assets', 'big.js'), changed);
    try {
      expect(gunzipSync((await getBytes('/assets/big.js', 'gzip')).body).toString('utf8')).toBe(changed);
    } finally {
      writeFileSync(join(root, 'web', 'assets', 'big.js'), BIG_SCRIPT);
    }
  });

  it('answers 404 for anything else', async () => {
    expect((await get('/nope.html')).status).toBe(404);
    expect((await get('/assets')).status).toBe(404);
    expect((await get('/assets/')).status).toBe(404);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%00index.html', '/%E0%A4%A'])(
    'refuses to leave its folder: %s',
    async (path) => {
      const res = await get(path);
      expect(res.status).toBe(404);
      expect(res.body).not.toContain('TOP SECRET');
    },
  );

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    expect((await get('/', `evil.example:${server.port}`)).status).toBe(403);
    expect((await get('/', `localhost:${server.port}`)).status).toBe(200);
  });
});

describe('WebSocket origin checks', () => {
  it('lets in pages from the server itself', async () => {
    expect(await upgradeStatus(server.url, { origin: `http://127.0.0.1:${server.port}` })).toBe(101);
  });

  it.each([
    ['another site', 'https://evil.example'],
    ['another local port', 'http://127.0.0.1:1'],
    ['a file page', 'null'],
  ])('refuses %s with 403', async (_label, origin) => {
    expect(await upgradeStatus(server.url, { origin })).toBe(403);
  });

  it('refuses a connection without an Origin, or for a foreign Host', async () => {
    expect(await upgradeStatus(server.url, {})).toBe(403);
    expect(
      await upgradeStatus(server.url, { origin: `http://evil.example:${server.port}`, host: `evil.example:${server.port}` }),
    ).toBe(403);
  });
});

describe('WebSocket requests and events', () => {
  it('opens, dispatches, and tells every other client that opened the workshop — and only them', async () => {
    const facilitator = await connect();
    const other = await connect();
    const bystander = await connect();
    const page = await newWorkshop(facilitator);
    const { workshopId } = page;
    expect(page.snapshots[0]).toMatchObject({ workshopId, seq: 0, history: { canUndo: false, canRedo: false } });
    expect(page.state).toEqual(savedWorkshop(workshopId));
    const otherPage = await Page.on(other, workshopId);
    expect(otherPage.epoch).toBe(page.epoch);

    const reply = await page.dispatch({ type: 'stage/add', name: 'Installation day' });
    expect(reply).toMatchObject({
      v: PROTOCOL_VERSION,
      ok: true,
      result: {
        workshopId,
        epoch: page.epoch,
        seq: 1,
        patch: { put: { stages: [expect.objectContaining({ name: 'Installation day' })] } },
        history: { canUndo: true, canRedo: false },
      },
    });
    // The reply carries the change record only, never the whole workshop.
    expect(reply.result).not.toHaveProperty('state');
    const update = reply.result as WorkshopUpdate;
    expect(Object.keys(update.patch.put ?? {})).toEqual(['stages']);
    expect(update.patch.put?.stages).toHaveLength(1);
    expect(update.patch.set).toEqual({ updatedAt: expect.any(String) });

    await otherPage.waitForSeq(1);
    const event = other.events.find((e) => e.event === 'workshop/changes');
    expect(event).toMatchObject({ v: PROTOCOL_VERSION, data: { workshopId, seq: 1 } });
    // Another facilitator page: the same change record, and its own (shared) undo state.
    expect((event?.data as WorkshopUpdate).patch).toEqual(update.patch);
    expect(otherPage.state.stages.at(-1)?.name).toBe('Installation day');

    // Both pages now hold exactly what was saved.
    const saved = savedWorkshop(workshopId);
    expect(page.state).toEqual(saved);
    expect(otherPage.state).toEqual(saved);

    // The sender is not told again: its reply carried the change. A reply on the
    // same connection comes after any event sent to it before.
    await facilitator.request('library/list', {});
    expect(facilitator.events.filter((e) => e.event === 'workshop/changes')).toEqual([]);

    await bystander.request('library/list', {});
    expect(bystander.events.some((e) => e.event === 'workshop/changes')).toBe(false);
    expect(bystander.events.some((e) => e.event === 'library/changed')).toBe(true);
    expect(bystander.events.find((e) => e.event === 'library/changed')).toEqual({ v: PROTOCOL_VERSION, event: 'library/changed', data: {} });
    expect(page.problems).toEqual([]);
    expect(otherPage.problems).toEqual([]);
  });

  it('tells the other pages in the order the changes were made, each page holding the saved workshop', async () => {
    const a = await connect();
    const b = await connect();
    const pageA = await newWorkshop(a, 'Two writers');
    const pageB = await Page.on(b, pageA.workshopId);
    const stage = pageA.state.stages[0]?.id ?? '';
    const sent = await Promise.all([
      pageA.dispatch({ type: 'stage/rename', stageId: stage, name: 'Look around' }),
      pageB.dispatch({ type: 'channel/add', name: 'Kiosk' }),
      pageA.dispatch({ type: 'team/add', name: 'Second team' }),
      pageB.dispatch({ type: 'stage/add', name: 'Aftercare' }),
    ]);
    expect(sent.every((reply) => reply.ok)).toBe(true);
    await pageA.waitForSeq(4);
    await pageB.waitForSeq(4);
    // Each page heard of the other's changes only, in rising seq order.
    expect(pageA.changeEvents.map((u) => u.seq)).toEqual([...pageA.changeEvents.map((u) => u.seq)].sort((x, y) => x - y));
    expect(pageA.changeEvents).toHaveLength(2);
    expect(pageB.changeEvents).toHaveLength(2);
    const saved = savedWorkshop(pageA.workshopId);
    expect(pageA.state).toEqual(saved);
    expect(pageB.state).toEqual(saved);
    expect(pageA.problems).toEqual([]);
    expect(pageB.problems).toEqual([]);
  });

  it('returns the PDF as base64 to a browser and refuses the desktop save dialog', async () => {
    const client = await connect();
    const { workshopId } = await newWorkshop(client);
    const pdfReply = await client.request('export/pdf', { workshopId, paper: 'a4' });
    expect(pdfReply.result).toEqual({ fileName: 'plan.pdf', base64: Buffer.from('%PDF-1.7 test').toString('base64') });
    const save = await client.request('export/save-pdf', { workshopId, paper: 'a4' });
    expect(save).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });
});

describe('malformed and refused messages', () => {
  it('answer with a clear error, change nothing on disk, and keep the connection open', async () => {
    const client = await connect();
    const watcher = await connect();
    const page = await newWorkshop(client, 'Fair voting');
    const workshopId = page.workshopId;
    const watching = await Page.on(watcher, workshopId);
    const teamId = page.state.teams[0]?.id ?? '';
    await page.must({ type: 'participant/add', name: 'Ana', teamId });
    const participantId = page.state.participants[0]?.id ?? '';
    const fixes: string[] = [];
    for (const title of ['Fix one', 'Fix two']) {
      const added = await page.must({ type: 'fix/add', teamId, title, touchpointIds: [], pillarIds: [], impact: 3, effort: 3 });
      fixes.push(added.patch.put?.fixes?.[0]?.id ?? '');
    }
    await page.must({ type: 'vote/set', participantId, fixId: fixes[0] ?? '', dots: 3 });
    const file = join(dataDir, 'workshops', `${workshopId}.json`);
    const before = readFileSync(file);
    const dispatch = (command: unknown, mutation: unknown = page.nextMutation()) =>
      client.request('workshop/dispatch', { workshopId, command, mutation });

    const cases: Array<[string, () => Promise<{ id: number | null; error?: { code: string; message: string } }>, RegExp]> = [
      ['not JSON', () => client.sendRaw('{"v":2,"id":'), /not understood: it is not JSON/],
      ['binary', () => client.sendRaw(Buffer.from([1, 2, 3]), { binary: true }), /must be text/],
      ['wrong shape', () => client.sendRaw(JSON.stringify({ v: PROTOCOL_VERSION, id: 9999, call: 'library/list' })), /not understood/],
      ['unknown method', () => client.request('workshop/delete-everything', { workshopId }), /does not know the request/],
      ['bad params', () => dispatch({ type: 'stage/add' }), /not understood: Name/],
      ['no mutation', () => client.request('workshop/dispatch', { workshopId, command: { type: 'stage/add', name: 'Aftercare' } }), /not understood: Mutation/],
      ['mutation numbered 0', () => dispatch({ type: 'stage/add', name: 'Aftercare' }, { clientId: page.clientId, n: 0 }), /not understood/],
      ['wrong protocol version', () => client.request('library/list', {}, 99), /version 99 .* version 3\. Reload the page/],
      ['the old protocol', () => client.request('library/list', {}, 1), /version 1 .* version 3\. Reload the page/],
      ['overlong name', () => dispatch({ type: 'stage/add', name: 'x'.repeat(121) }), /120 characters or fewer/],
      ['empty name', () => dispatch({ type: 'stage/add', name: '   ' }), /cannot be empty/],
      ['unknown id', () => dispatch({ type: 'touchpoint/remove', touchpointId: 'gone' }), /no longer exists/],
      [
        'rating outside the scale',
        () => dispatch({ type: 'rating/set', teamId, touchpointId: 'any', pillarId: 'empathy', score: 7 }),
        /1 to 5/,
      ],
      ['vote over budget', () => dispatch({ type: 'vote/set', participantId, fixId: fixes[1], dots: 3 }), /dot/],
      ['unknown command', () => dispatch({ type: 'workshop/format-disk' }), /does not know that kind of change/],
      ['nothing to redo', () => client.request('workshop/redo', { workshopId }), /^There is nothing of yours to redo\.$/],
    ];

    for (const [label, send, message] of cases) {
      const reply = await send();
      expect(reply, label).toMatchObject({ ok: false });
      expect(reply.error?.message, label).toMatch(message);
      expect(readFileSync(file), label).toEqual(before);
    }

    const wrongShape = await client.sendRaw(JSON.stringify({ v: PROTOCOL_VERSION, id: 9999, call: 'library/list' }));
    expect(wrongShape.id).toBe(9999);
    const garbage = await client.sendRaw('nonsense');
    expect(garbage.id).toBeNull();
    const overBudget = await dispatch({ type: 'vote/set', participantId, fixId: fixes[1], dots: 3 });
    expect(overBudget.error?.code).toBe('over-budget');

    // Nothing refused reached the other page either.
    await watcher.request('library/list', {});
    expect(watching.seq).toBe(4);
    expect(watching.changeEvents.map((u) => u.seq)).toEqual([1, 2, 3, 4]);

    // Still connected and working.
    expect(await client.request('workshop/open', { workshopId })).toMatchObject({
      ok: true,
      result: { kind: 'snapshot', snapshot: { seq: 4 } },
    });
  });
});
