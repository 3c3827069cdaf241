// A laptop per team, through the request handler both transports use: the facilitator imports a
// file into the library (a team's page may not), makes a team pack for a team, and the team's
// copy — opened from that pack on the team's laptop, whose page is the facilitator's session
// there — is worked as its team: what only the facilitator or another team may change is refused
// with the same sentence a team's page gets. The copy hands back its team file.
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../main/api/api-client';
import type { FileToSave } from '../../../main/api/export-files';
import { createRequestHandler, type WireResponse } from '../../../main/api/handle-request';
import { createHandlers, type PdfExporter } from '../../../main/api/handlers';
import { WorkshopHost } from '../../../main/host/workshop-host';
import type { ClientCommand } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { teamCommandRefusal } from '../../../shared/roles';
import { parseTeamFile } from '../../../shared/team-files/team-file';
import { parseTeamPack } from '../../../shared/team-files/team-pack';
import type { ExportedFile, ImportResult, SaveOutcome, WorkshopUpdate } from '../../../shared/wire';
import { serializeWorkshop } from '../../../shared/workshop-file';
import { openStore, tempDataDir } from '../support/temp-data';

const pdf: PdfExporter = { render: async () => new Uint8Array(), fileName: () => 'plan.pdf' };
// Midday, so the local date in the file name is the 23rd in any time zone the tests run in.
const NOW = new Date('2026-11-23T12:00:00Z');
const facilitator: ApiClient = { id: 'facilitator', watch: () => undefined, session: { kind: 'facilitator' } };

async function setUp(saveFile?: (file: FileToSave) => Promise<SaveOutcome>) {
  const host = new WorkshopHost({ store: openStore(tempDataDir()), log: () => undefined });
  const master = await host.createWorkshop({ title: 'Renewal journey', template: 'sample' });
  let packs = 0;
  const handle = createRequestHandler(
    createHandlers({ host, pdf, now: () => NOW, newId: () => `pack-${(packs += 1)}`, ...(saveFile ? { saveFile } : {}) }),
    () => undefined,
  );
  const state = host.currentState(master.id);
  const team = state.teams[1];
  if (!team) throw new Error('The sample has no second team.');
  return { host, handle, masterId: master.id, state, team };
}

function resultOf<T>(response: WireResponse): T {
  if (!response.ok) throw new Error(`Expected a result, got: ${response.error.message}`);
  return response.result as T;
}

function textOf(response: WireResponse): ExportedFile & { text: string } {
  const file = resultOf<ExportedFile>(response);
  return { ...file, text: Buffer.from(file.base64, 'base64').toString('utf8') };
}

function memberOf(workshopId: string, teamId: string): ApiClient {
  return {
    id: 'zoe',
    watch: () => undefined,
    session: { kind: 'member', workshopId, teamId, participantId: 'p-zoe', deviceId: 'd-zoe', name: 'Zoë' },
  };
}

/** The team's copy: the pack exported and imported again, as on the team's laptop. */
async function teamCopyOf(setup: Awaited<ReturnType<typeof setUp>>, sharing = { otherTeams: true, voting: true }): Promise<Workshop> {
  const { handle, masterId, team, host } = setup;
  const pack = textOf(await handle('export/file', { workshopId: masterId, kind: 'team-pack', pack: { teamId: team.id, ...sharing } }, facilitator));
  const imported = resultOf<ImportResult>(await handle('library/import', { fileName: pack.fileName, text: pack.text, ifExists: 'ask' }, facilitator));
  if (imported.kind !== 'imported') throw new Error('The pack was not imported.');
  return host.currentState(imported.workshop.id);
}

let mutations = 0;
function dispatch(setup: Awaited<ReturnType<typeof setUp>>, workshopId: string, command: ClientCommand, client = facilitator) {
  mutations += 1;
  return setup.handle('workshop/dispatch', { workshopId, command, mutation: { clientId: 'page-1', n: mutations } }, client);
}

describe('library/import', () => {
  it('imports for the facilitator and is refused for a team’s page, changing nothing', async () => {
    const setup = await setUp();
    const text = serializeWorkshop({ ...setup.state, id: 'from-a-stick', title: 'From a stick' });
    const zoe = memberOf(setup.masterId, setup.team.id);

    expect(await setup.handle('library/import', { fileName: 'stick.json', text, ifExists: 'ask' }, zoe)).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Only the facilitator can import a workshop.' },
    });
    expect(setup.host.listWorkshops().workshops).toHaveLength(1);

    const result = resultOf<ImportResult>(await setup.handle('library/import', { fileName: 'stick.json', text, ifExists: 'ask' }, facilitator));
    expect(result).toMatchObject({ kind: 'imported', migrated: false, teamCopy: false, workshop: { id: 'from-a-stick', title: 'From a stick' } });
  });

  it('answers a refused file with the host’s sentence as an `invalid` error', async () => {
    const { handle } = await setUp();
    expect(await handle('library/import', { fileName: 'notes.txt', text: 'Buy milk', ifExists: 'ask' }, facilitator)).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: expect.stringMatching(/^This file is not a Journey Room workshop: it cannot be read as JSON\./) },
    });
  });

  it('refuses a file name or a text beyond its bounds before anything runs', async () => {
    const { handle } = await setUp();
    const long = await handle('library/import', { fileName: 'x'.repeat(261), text: '{}', ifExists: 'ask' }, facilitator);
    expect(long).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const unknown = await handle('library/import', { fileName: 'a.json', text: '{}', ifExists: 'overwrite' }, facilitator);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});

describe('a team’s copy is worked as its team', () => {
  it('refuses what a team’s page may not do, with the same sentence, and changes nothing', async () => {
    const setup = await setUp();
    const copy = await teamCopyOf(setup);
    const otherCard = copy.touchpoints.find((t) => t.teamId !== setup.team.id);
    const stage = copy.stages[0];
    if (!otherCard || !stage) throw new Error('The copy has no other team’s card, or no stage.');
    const actor = { teamId: setup.team.id, participantId: null };
    const refused: ClientCommand[] = [
      { type: 'stage/add', name: 'Aftercare' },
      { type: 'stage/rename', stageId: stage.id, name: 'Look around' },
      { type: 'touchpoint/update', touchpointId: otherCard.id, title: 'Not ours to change' },
      { type: 'rating/reveal', revealed: true },
    ];

    for (const command of refused) {
      const sentence = teamCommandRefusal(copy, actor, command);
      expect(sentence, command.type).not.toBeNull();
      expect(await dispatch(setup, copy.id, command), command.type).toEqual({ ok: false, error: { code: 'forbidden', message: sentence } });
    }
    expect(setup.host.currentState(copy.id)).toBe(copy);
  });

  it('takes what the team may do, on its own cards', async () => {
    const setup = await setUp();
    const copy = await teamCopyOf(setup);
    const ownCard = copy.touchpoints.find((t) => t.teamId === setup.team.id);
    if (!ownCard) throw new Error('The team has no card in its copy.');

    const update = resultOf<WorkshopUpdate>(await dispatch(setup, copy.id, { type: 'touchpoint/update', touchpointId: ownCard.id, title: 'Engineer visit, on time' }));

    expect(update.seq).toBe(1);
    expect(setup.host.currentState(copy.id).touchpoints.find((t) => t.id === ownCard.id)?.title).toBe('Engineer visit, on time');
  });

  it('refuses dots in a copy handed out without the vote', async () => {
    const setup = await setUp();
    const copy = await teamCopyOf(setup, { otherTeams: true, voting: false });
    const person = copy.participants[0];
    const fix = copy.fixes[0];
    if (!person || !fix) throw new Error('The copy has no person or no fix.');
    const command: ClientCommand = { type: 'vote/set', participantId: person.id, fixId: fix.id, dots: 1, round: 0 };
    const sentence = teamCommandRefusal(copy, { teamId: setup.team.id, participantId: null }, command);
    expect(sentence).not.toBeNull();
    expect(await dispatch(setup, copy.id, command)).toEqual({ ok: false, error: { code: 'forbidden', message: sentence } });
  });

  it('leaves the facilitator’s own workshop to the facilitator', async () => {
    const setup = await setUp();
    await teamCopyOf(setup);
    expect(await dispatch(setup, setup.masterId, { type: 'stage/add', name: 'Aftercare' })).toMatchObject({ ok: true });
  });
});

describe('team packs and team files as exports', () => {
  it('makes a team pack for the team chosen, named after the workshop and the team', async () => {
    const { handle, masterId, team } = await setUp();
    const file = textOf(await handle('export/file', { workshopId: masterId, kind: 'team-pack', pack: { teamId: team.id, otherTeams: false, voting: true } }, facilitator));

    expect(file.fileName).toBe('Renewal journey - team pack - Network & Field.json');
    expect(file.mimeType).toBe('application/json');
    const parsed = parseTeamPack(JSON.parse(file.text));
    expect(parsed.ok && parsed.pack.header).toMatchObject({ masterId, teamId: team.id, teamName: team.name, packId: 'pack-1', voting: true, otherTeams: false, packedAt: NOW.toISOString() });
  });

  it('asks which team when the pack names none, and says so when the team is gone', async () => {
    const { handle, masterId } = await setUp();
    expect(await handle('export/file', { workshopId: masterId, kind: 'team-pack' }, facilitator)).toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'Choose the team the pack is for, then make its pack again.' },
    });
    expect(await handle('export/file', { workshopId: masterId, kind: 'team-pack', pack: { teamId: 'gone', otherTeams: true, voting: true } }, facilitator)).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'That team is no longer in the workshop.' },
    });
  });

  it('makes no team pack of a team’s copy, and none for a team’s page', async () => {
    const setup = await setUp();
    const copy = await teamCopyOf(setup);
    const pack = { teamId: setup.team.id, otherTeams: true, voting: true };
    expect(await setup.handle('export/file', { workshopId: copy.id, kind: 'team-pack', pack }, facilitator)).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'This is a team’s copy: team packs are made from the facilitator’s workshop.' },
    });
    const zoe = memberOf(setup.masterId, setup.team.id);
    for (const method of ['export/file', 'export/save-file'] as const) {
      expect(await setup.handle(method, { workshopId: setup.masterId, kind: 'team-pack', pack }, zoe)).toEqual({
        ok: false,
        error: { code: 'forbidden', message: 'Only the facilitator can make a team pack.' },
      });
      expect(await setup.handle(method, { workshopId: setup.masterId, kind: 'team-file' }, zoe)).toEqual({
        ok: false,
        error: { code: 'forbidden', message: 'The team file is exported on the laptop that holds the team’s copy, from its Export screen.' },
      });
    }
  });

  it('makes the team file of a team’s copy, with what the team changed, named after the facilitator’s workshop', async () => {
    const setup = await setUp();
    const copy = await teamCopyOf(setup);
    const ownCard = copy.touchpoints.find((t) => t.teamId === setup.team.id);
    if (!ownCard) throw new Error('The team has no card in its copy.');
    await dispatch(setup, copy.id, { type: 'touchpoint/update', touchpointId: ownCard.id, title: 'Engineer visit, on time' });

    const file = textOf(await setup.handle('export/file', { workshopId: copy.id, kind: 'team-file' }, facilitator));

    expect(file.fileName).toBe('Renewal journey - team file - Network & Field - 2026-11-23.json');
    const parsed = parseTeamFile(JSON.parse(file.text));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.file).toMatchObject({ masterId: setup.masterId, teamId: setup.team.id, packId: 'pack-1' });
    expect(parsed.file.changes.touchpoints).toEqual([
      { before: expect.objectContaining({ id: ownCard.id, title: ownCard.title }), after: expect.objectContaining({ id: ownCard.id, title: 'Engineer visit, on time' }) },
    ]);
  });

  it('makes no team file of the facilitator’s own workshop', async () => {
    const { handle, masterId } = await setUp();
    expect(await handle('export/file', { workshopId: masterId, kind: 'team-file' }, facilitator)).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Only a team’s copy, opened from a team pack, makes a team file.' },
    });
  });

  it('offers each in the save dialog with its own title and file type', async () => {
    const offered: FileToSave[] = [];
    const setup = await setUp(async (file) => {
      offered.push(file);
      return { saved: true, path: `/home/amira/${file.defaultFileName}` };
    });
    const copy = await teamCopyOf(setup);
    const pack = { teamId: setup.team.id, otherTeams: true, voting: false };

    expect(await setup.handle('export/save-file', { workshopId: setup.masterId, kind: 'team-pack', pack }, facilitator)).toMatchObject({ ok: true, result: { saved: true } });
    expect(await setup.handle('export/save-file', { workshopId: copy.id, kind: 'team-file' }, facilitator)).toMatchObject({ ok: true, result: { saved: true } });

    expect(offered.map(({ defaultFileName, dialogTitle, filter }) => ({ defaultFileName, dialogTitle, filter }))).toEqual([
      {
        defaultFileName: 'Renewal journey - team pack - Network & Field.json',
        dialogTitle: 'Save the team pack for Network & Field',
        filter: { name: 'Journey Room team pack', extensions: ['json'] },
      },
      {
        defaultFileName: 'Renewal journey - team file - Network & Field - 2026-11-23.json',
        dialogTitle: 'Save the team file of Network & Field',
        filter: { name: 'Journey Room team file', extensions: ['json'] },
      },
    ]);
  });

  it('keeps names that Windows or macOS refuse out of the file name, and long ones within bounds', async () => {
    const setup = await setUp();
    await setup.host.renameWorkshop(setup.masterId, 'Q3: renewals / "churn"');
    await dispatch(setup, setup.masterId, { type: 'team/rename', teamId: setup.team.id, name: `${'東京'.repeat(50)}` });
    const file = textOf(
      await setup.handle('export/file', { workshopId: setup.masterId, kind: 'team-pack', pack: { teamId: setup.team.id, otherTeams: true, voting: true } }, facilitator),
    );
    expect(file.fileName.startsWith('Q3 renewals churn - team pack - 東京')).toBe(true);
    expect(file.fileName.endsWith('.json')).toBe(true);
    expect(Buffer.byteLength(file.fileName)).toBeLessThanOrEqual(255);
  });
});
