// Importing into the library through the host, on a real store in a temp folder: a workshop file is
// checked as opening checks one (an older format migrated, a damaged, newer or foreign file refused
// with its sentence), a workshop already there is offered rather than overwritten, "keep both" makes
// a copy beside it, a team pack opens as the team's copy, and a team file is sent to the Frame
// screen. Every refusal leaves the data folder exactly as it was.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HostRefusal } from '../../../main/host/host-errors';
import type { HostEvent, WorkshopHost } from '../../../main/host/workshop-host';
import { WORKSHOP_FORMAT_VERSION, type Workshop } from '../../../shared/model';
import { sequentialIds } from '../../../shared/new-workshop';
import { createSampleWorkshop } from '../../../shared/sample-workshop';
import { makeTeamFile } from '../../../shared/team-files/team-file';
import { makeTeamPack } from '../../../shared/team-files/team-pack';
import type { ImportResult } from '../../../shared/wire';
import { serializeWorkshop } from '../../../shared/workshop-file';
import { blankWorkshop, hostOn, openStore, tempDataDir, workshopFile } from '../support/temp-data';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const NOW = new Date('2026-12-03T10:00:00.000Z');

function freshHost(): { host: WorkshopHost; dataDir: string; events: HostEvent[] } {
  const dataDir = tempDataDir();
  const host = hostOn(openStore(dataDir), { now: () => NOW, newId: sequentialIds('new') });
  const events: HostEvent[] = [];
  host.subscribe((event) => events.push(event));
  return { host, dataDir, events };
}

/**
 * Every file under the data folder with a hash of its bytes, to show a refusal changed nothing.
 * `withIndex: false` leaves out the library index, which listing the library may rewrite.
 */
function folderContents(dataDir: string, withIndex = true): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (withIndex || name !== 'index.json') out[relative(dataDir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dataDir);
  return out;
}

function sample(): Workshop {
  return createSampleWorkshop({ now: '2026-11-23T09:00:00.000Z', newId: sequentialIds('s'), title: 'Renewal journey' });
}

function imported(result: ImportResult): Extract<ImportResult, { kind: 'imported' }> {
  if (result.kind !== 'imported') throw new Error(`Expected an import, got ${result.kind}.`);
  return result;
}

/** The refusal's sentence; the test fails if the import went through. */
async function refusalOf(host: WorkshopHost, text: string, fileName = 'file.json'): Promise<string> {
  try {
    await host.importWorkshop({ fileName, text, ifExists: 'keep-both' });
  } catch (error) {
    if (error instanceof HostRefusal) return error.message;
    throw error;
  }
  throw new Error('The import was not refused.');
}

describe('importing a workshop file', () => {
  it('stores it under its own id, lists it and announces it, exactly as it was saved', async () => {
    const { host, dataDir, events } = freshHost();
    const workshop = sample();

    const result = imported(await host.importWorkshop({ fileName: 'Renewal journey - workshop.json', text: serializeWorkshop(workshop), ifExists: 'ask' }));

    expect(result).toMatchObject({ migrated: false, teamCopy: false, workshop: { id: workshop.id, title: 'Renewal journey', teamCount: 3 } });
    expect(result.workshop.teamCopy).toBeUndefined();
    expect(openStore(dataDir).load(workshop.id).workshop).toEqual(workshop);
    expect(host.listWorkshops().workshops.map((w) => w.id)).toEqual([workshop.id]);
    expect(events.map((e) => e.name)).toEqual(['library/changed']);
  });

  it('migrates a file saved in format 1, as opening does, and says so', async () => {
    const { host, dataDir } = freshHost();
    const text = readFileSync(join(FIXTURES, 'format-1/small-workshop.json'), 'utf8');
    const old = JSON.parse(text) as { id: string; title: string; stages: unknown[] };

    const result = imported(await host.importWorkshop({ fileName: 'small-workshop.json', text, ifExists: 'ask' }));

    expect(result).toMatchObject({ migrated: true, teamCopy: false, workshop: { id: old.id, title: old.title } });
    const saved = openStore(dataDir).load(old.id).workshop;
    expect(saved.formatVersion).toBe(WORKSHOP_FORMAT_VERSION);
    expect(saved.stages).toHaveLength(old.stages.length);
    // Saved in today's format: opening it again needs no migration.
    expect(JSON.parse(readFileSync(workshopFile(dataDir, old.id), 'utf8'))).toMatchObject({ formatVersion: WORKSHOP_FORMAT_VERSION });
  });

  it('takes a file that starts with a byte-order mark', async () => {
    const { host } = freshHost();
    const workshop = sample();
    expect((await host.importWorkshop({ fileName: 'bom.json', text: `\uFEFF${serializeWorkshop(workshop)}`, ifExists: 'ask' })).kind).toBe('imported');
  });

  it('offers the workshop already in the library instead of writing over it', async () => {
    const { host, dataDir, events } = freshHost();
    const workshop = sample();
    await host.importWorkshop({ fileName: 'a.json', text: serializeWorkshop(workshop), ifExists: 'ask' });
    // The one in the library has moved on since the file was saved.
    const changed = { ...workshop, title: 'Renewal journey, day two' };
    const before = folderContents(dataDir, false);
    events.length = 0;

    const again = await host.importWorkshop({ fileName: 'a.json', text: serializeWorkshop(changed), ifExists: 'ask' });

    expect(again).toEqual({ kind: 'exists', workshop: host.listWorkshops().workshops[0] });
    expect(again.workshop).toMatchObject({ id: workshop.id, title: 'Renewal journey' });
    expect(folderContents(dataDir, false)).toEqual(before);
    expect(openStore(dataDir).load(workshop.id).workshop.title).toBe('Renewal journey');
    expect(events).toEqual([]);
  });

  it('keeps both when asked: the file beside the one there, under a new id and a title like a duplicate’s', async () => {
    const { host, dataDir } = freshHost();
    const workshop = sample();
    await host.importWorkshop({ fileName: 'a.json', text: serializeWorkshop(workshop), ifExists: 'ask' });
    const original = readFileSync(workshopFile(dataDir, workshop.id));

    const both = imported(await host.importWorkshop({ fileName: 'a.json', text: serializeWorkshop(workshop), ifExists: 'keep-both' }));

    expect(both.workshop.id).not.toBe(workshop.id);
    expect(both.workshop.title).toBe('Renewal journey (copy)');
    expect(both.workshop.updatedAt).toBe(NOW.toISOString());
    const copy = openStore(dataDir).load(both.workshop.id).workshop;
    expect(copy.touchpoints).toEqual(workshop.touchpoints);
    expect(readFileSync(workshopFile(dataDir, workshop.id))).toEqual(original);
    expect(host.listWorkshops().workshops.map((w) => w.title).sort()).toEqual(['Renewal journey', 'Renewal journey (copy)']);
  });

  it('imports a file under its own id when "keep both" finds nothing to keep beside', async () => {
    const { host } = freshHost();
    const workshop = sample();
    const result = imported(await host.importWorkshop({ fileName: 'a.json', text: serializeWorkshop(workshop), ifExists: 'keep-both' }));
    expect(result.workshop).toMatchObject({ id: workshop.id, title: 'Renewal journey' });
  });

  it('gives a new id to a file whose id is taken by a file from a newer version, which stays untouched', async () => {
    const { host, dataDir } = freshHost();
    const workshop = sample();
    const newer = JSON.stringify({ ...workshop, formatVersion: WORKSHOP_FORMAT_VERSION + 1, title: 'From the future' });
    writeFileSync(workshopFile(dataDir, workshop.id), newer);

    const result = imported(await host.importWorkshop({ fileName: 'a.json', text: serializeWorkshop(workshop), ifExists: 'ask' }));

    expect(result.workshop.id).not.toBe(workshop.id);
    expect(result.workshop.title).toBe('Renewal journey');
    expect(readFileSync(workshopFile(dataDir, workshop.id), 'utf8')).toBe(newer);
  });

  it('gives a new id to a file whose id cannot be a file name', async () => {
    const { host, dataDir } = freshHost();
    const workshop = { ...sample(), id: '../escape' };
    const result = imported(await host.importWorkshop({ fileName: 'a.json', text: serializeWorkshop(workshop), ifExists: 'ask' }));
    expect(result.workshop.id).toBe('new1');
    expect(readdirSync(join(dataDir, 'workshops')).sort()).toEqual(['new1.journal', 'new1.json']);
  });
});

describe('refusing a file', () => {
  const cases: ReadonlyArray<readonly [string, () => string, string | RegExp]> = [
    ['text that is not JSON', () => 'Stage,Channel\nBuy,Web', /^This file is not a Journey Room workshop: it cannot be read as JSON\./],
    ['a file cut short', () => serializeWorkshop(sample()).slice(0, 500), /cannot be read as JSON/],
    ['an empty file', () => '', /cannot be read as JSON/],
    ['JSON that is not a workshop', () => JSON.stringify({ name: 'My playlist', songs: [] }), 'This file is not a Journey Room workshop.'],
    ['a list', () => '[1, 2, 3]', 'This file is not a Journey Room workshop.'],
    [
      'a workshop from a newer version',
      () => JSON.stringify({ ...sample(), formatVersion: WORKSHOP_FORMAT_VERSION + 1 }),
      'This workshop was made by a newer version of Journey Room. Update the app on this computer to open it.',
    ],
    ['a damaged workshop', () => JSON.stringify({ ...sample(), title: 42 }), /^This workshop file is damaged \(at title\)/],
    [
      'a workshop pointing at a stage it does not have',
      () => {
        const w = sample();
        return JSON.stringify({ ...w, stages: w.stages.slice(1) });
      },
      /^This workshop file is damaged/,
    ],
    [
      'a damaged team pack',
      () => JSON.stringify({ kind: 'journey-room/team-pack', formatVersion: 1 }),
      'This team pack is damaged: its description of the team is missing or unreadable.',
    ],
    [
      'a team pack from a newer version',
      () => {
        const w = sample();
        const pack = makeTeamPack(w, w.teams[0]?.id ?? '', { otherTeams: true, voting: true }, { packId: 'pack-1', now: NOW.toISOString() });
        return JSON.stringify({ ...(pack as object), formatVersion: 2 });
      },
      /^This team pack was made by a newer version of Journey Room/,
    ],
  ];

  for (const [what, text, sentence] of cases) {
    it(`refuses ${what} with a sentence, and changes nothing`, async () => {
      const { host, dataDir, events } = freshHost();
      await host.importWorkshop({ fileName: 'there.json', text: serializeWorkshop(blankWorkshop('Already here')), ifExists: 'ask' });
      host.listWorkshops();
      const before = folderContents(dataDir);
      events.length = 0;

      const message = await refusalOf(host, text());

      if (typeof sentence === 'string') expect(message).toBe(sentence);
      else expect(message).toMatch(sentence);
      expect(folderContents(dataDir)).toEqual(before);
      expect(events).toEqual([]);
      expect(host.listWorkshops().workshops.map((w) => w.title)).toEqual(['Already here']);
    });
  }
});

describe('importing a team pack', () => {
  function packOf(master: Workshop, teamIndex = 1, packId = 'pack-blue'): { text: string; teamId: string; teamName: string } {
    const team = master.teams[teamIndex];
    if (!team) throw new Error('No such team in the sample.');
    const pack = makeTeamPack(master, team.id, { otherTeams: false, voting: true }, { packId, now: NOW.toISOString() });
    if (typeof pack === 'string') throw new Error(pack);
    return { text: JSON.stringify(pack), teamId: team.id, teamName: team.name };
  }

  it('opens it as the team’s copy, under a new id beside the facilitator’s workshop, marked as the team’s', async () => {
    const { host, dataDir } = freshHost();
    const master = sample();
    await host.importWorkshop({ fileName: 'master.json', text: serializeWorkshop(master), ifExists: 'ask' });
    const pack = packOf(master);

    const result = imported(await host.importWorkshop({ fileName: 'Renewal journey - team pack - Network & Field.json', text: pack.text, ifExists: 'ask' }));

    expect(result).toMatchObject({ teamCopy: true, migrated: false });
    expect(result.workshop.id).not.toBe(master.id);
    expect(result.workshop.title).toBe('Renewal journey — Network & Field');
    expect(result.workshop.teamCopy).toEqual({ teamName: 'Network & Field', masterTitle: 'Renewal journey', packId: 'pack-blue' });
    const copy = openStore(dataDir).load(result.workshop.id).workshop;
    expect(copy.teamCopy).toMatchObject({ masterId: master.id, teamId: pack.teamId, packId: 'pack-blue', voting: true });
    // Only the team's own cards came (otherTeams: false), and those its own fixes link.
    const linked = new Set(copy.fixes.flatMap((f) => f.touchpointIds));
    expect(copy.touchpoints.every((t) => t.teamId === pack.teamId || linked.has(t.id))).toBe(true);
    expect(copy.touchpoints.length).toBeLessThan(master.touchpoints.length);
    // The listing says which row is a team's copy, also once read back from the disk.
    const listed = openStore(dataDir).list().workshops;
    expect(listed.find((w) => w.id === master.id)?.teamCopy).toBeUndefined();
    expect(listed.find((w) => w.id === result.workshop.id)?.teamCopy).toEqual({ teamName: 'Network & Field', masterTitle: 'Renewal journey', packId: 'pack-blue' });
  });

  it('finds the copy of the same pack already in the library, and keeps both only when asked', async () => {
    const { host, dataDir } = freshHost();
    const pack = packOf(sample());
    const first = imported(await host.importWorkshop({ fileName: 'pack.json', text: pack.text, ifExists: 'ask' }));
    const before = folderContents(dataDir, false);

    const again = await host.importWorkshop({ fileName: 'pack.json', text: pack.text, ifExists: 'ask' });
    expect(again).toEqual({ kind: 'exists', workshop: first.workshop });
    expect(folderContents(dataDir, false)).toEqual(before);

    const both = imported(await host.importWorkshop({ fileName: 'pack.json', text: pack.text, ifExists: 'keep-both' }));
    expect(both.workshop.id).not.toBe(first.workshop.id);
    expect(both.workshop.title).toBe('Renewal journey — Network & Field (copy)');
    expect(host.listWorkshops().workshops).toHaveLength(2);
  });

  it('imports a pack of another team, or another pack of the same team, as a copy of its own', async () => {
    const { host } = freshHost();
    const master = sample();
    imported(await host.importWorkshop({ fileName: 'a.json', text: packOf(master, 1, 'pack-a').text, ifExists: 'ask' }));
    expect((await host.importWorkshop({ fileName: 'b.json', text: packOf(master, 2, 'pack-b').text, ifExists: 'ask' })).kind).toBe('imported');
    expect((await host.importWorkshop({ fileName: 'c.json', text: packOf(master, 1, 'pack-c').text, ifExists: 'ask' })).kind).toBe('imported');
    expect(host.listWorkshops().workshops).toHaveLength(3);
  });

  it('refuses a team file dropped on the library, naming the workshop to open and where to import it', async () => {
    const { host, dataDir } = freshHost();
    const copyId = imported(await host.importWorkshop({ fileName: 'pack.json', text: packOf(sample()).text, ifExists: 'ask' })).workshop.id;
    const file = makeTeamFile(host.currentState(copyId), NOW.toISOString());
    if (typeof file === 'string') throw new Error(file);
    host.listWorkshops();
    const before = folderContents(dataDir);

    expect(await refusalOf(host, JSON.stringify(file))).toBe(
      'This is a team file, not a workshop: it goes into the workshop its team pack came from. Open “Renewal journey” and import the team file on its Frame screen.',
    );
    expect(await refusalOf(host, JSON.stringify({ kind: 'journey-room/team-file' }))).toBe(
      'This is a team file, not a workshop: it goes into the workshop its team pack came from. Open the workshop it belongs to and import the team file on its Frame screen.',
    );
    expect(folderContents(dataDir)).toEqual(before);
  });
});
