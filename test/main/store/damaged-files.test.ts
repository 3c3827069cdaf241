// A workshop file that cannot be read is moved aside and explained — never
// overwritten, never cleared — and every other workshop stays exactly as it was.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORKSHOP_FORMAT_VERSION } from '../../../shared/model';
import { WorkshopStoreError } from '../../../main/store/store-errors';
import { blankWorkshop, openStore, tempDataDir, workshopFile } from '../support/temp-data';

const DAMAGED_ID = 'damaged-workshop';

const damagedContents: ReadonlyArray<readonly [string, Buffer]> = [
  ['garbage bytes', Buffer.from([0x00, 0xff, 0x13, 0x37, 0x7b, 0x22, 0x80, 0xfe])],
  ['JSON cut short', Buffer.from('{"formatVersion":1,"id":"damaged-workshop","title":"Q3 review","stages":[')],
  [
    'valid JSON that fails the schema',
    Buffer.from(JSON.stringify({ ...blankWorkshop('Q3 review'), id: DAMAGED_ID, phase: 'dance', stages: 'none' })),
  ],
  ['JSON that is not a workshop at all', Buffer.from(JSON.stringify({ hello: 'world' }))],
];

async function setUp() {
  const dataDir = tempDataDir();
  const store = openStore(dataDir);
  const good = [blankWorkshop('Good one'), blankWorkshop('Good two')];
  for (const workshop of good) await store.create(workshop);
  store.list();
  const goodBytes = good.map((w) => readFileSync(workshopFile(dataDir, w.id)));
  const untouched = () => good.map((w) => readFileSync(workshopFile(dataDir, w.id)));
  return { dataDir, good, goodBytes, untouched };
}

describe('a damaged workshop file', () => {
  it.each(damagedContents)('(%s) is moved aside, reported and listed as a problem', async (_label, bytes) => {
    const { dataDir, good, goodBytes, untouched } = await setUp();
    writeFileSync(workshopFile(dataDir, DAMAGED_ID), bytes);

    const store = openStore(dataDir);
    const listing = store.list();

    expect(listing.workshops.map((w) => w.id).sort()).toEqual(good.map((w) => w.id).sort());
    expect(listing.problems).toHaveLength(1);
    const problem = listing.problems[0];
    expect(problem?.fileName).toBe(`${DAMAGED_ID}.json`);
    expect(problem?.message).toMatch(/could not be read: .+\. It was moved to .+; nothing was deleted\./);
    expect(problem?.message).toContain(problem?.movedTo ?? '-');

    // Moved, byte for byte, into the damaged folder; gone from the library folder.
    expect(existsSync(workshopFile(dataDir, DAMAGED_ID))).toBe(false);
    expect(problem?.movedTo.startsWith(join(dataDir, 'damaged', `${DAMAGED_ID}.`))).toBe(true);
    expect(readFileSync(problem?.movedTo ?? '')).toEqual(bytes);
    expect(untouched()).toEqual(goodBytes);

    // Still reported (until dismissed, even after a restart), and the others still open.
    expect(store.list().problems).toEqual([problem]);
    for (const workshop of good) expect(store.load(workshop.id).workshop).toEqual(workshop);
  });

  it('names the workshop by its title when the file still shows one', async () => {
    const { dataDir } = await setUp();
    writeFileSync(
      workshopFile(dataDir, DAMAGED_ID),
      JSON.stringify({ ...blankWorkshop('Q3 review'), id: DAMAGED_ID, stages: 'none' }),
    );
    const [problem] = openStore(dataDir).list().problems;
    expect(problem?.message).toMatch(/^'Q3 review' could not be read: this workshop file is damaged/);
  });

  it('is moved aside when opened, with a typed error that says where it went', async () => {
    const { dataDir, goodBytes, untouched } = await setUp();
    writeFileSync(workshopFile(dataDir, DAMAGED_ID), 'not json at all');
    const store = openStore(dataDir);

    let caught: unknown;
    try {
      store.load(DAMAGED_ID);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(WorkshopStoreError);
    const error = caught as WorkshopStoreError;
    expect(error.kind).toBe('damaged');
    expect(error.message).toMatch(/not valid JSON.*moved to .*nothing was deleted/);
    expect(readdirSync(join(dataDir, 'damaged'))).toHaveLength(1);
    expect(untouched()).toEqual(goodBytes);
    expect(store.list().problems.map((p) => p.fileName)).toEqual([`${DAMAGED_ID}.json`]);
    expect(() => store.load(DAMAGED_ID)).toThrow(/no longer exists/);
  });

  it('offers its newest restore point when one is kept, and is still reported after a restart until dismissed', async () => {
    const { dataDir } = await setUp();
    const store = openStore(dataDir);
    await store.points.save({ ...blankWorkshop('Q3 review'), id: DAMAGED_ID }, 'auto', '');
    writeFileSync(workshopFile(dataDir, DAMAGED_ID), '{');
    const [problem] = store.list().problems;
    expect(problem).toMatchObject({ workshopId: DAMAGED_ID, canRecover: true });
    expect(problem?.message).toMatch(/Its newest restore point is from .+: choose Bring back to start again from it\./);

    const afterRestart = openStore(dataDir);
    expect(afterRestart.list().problems.map((p) => p.id)).toEqual([problem?.id]);
    expect(afterRestart.dismissProblem(problem?.id ?? '')).toBe(true);
    expect(openStore(dataDir).list().problems).toEqual([]);
  });
});

describe('a workshop file from a newer version', () => {
  it('is reported but left where it is, unchanged', async () => {
    const { dataDir, good, goodBytes, untouched } = await setUp();
    const newer = Buffer.from(
      JSON.stringify({ ...blankWorkshop('From the future'), id: DAMAGED_ID, formatVersion: WORKSHOP_FORMAT_VERSION + 1 }),
    );
    const path = workshopFile(dataDir, DAMAGED_ID);
    writeFileSync(path, newer);
    const store = openStore(dataDir);

    const listing = store.list();
    expect(listing.workshops.map((w) => w.id).sort()).toEqual(good.map((w) => w.id).sort());
    expect(listing.problems).toHaveLength(1);
    expect(listing.problems[0]?.movedTo).toBe(path);
    // Nothing to dismiss: the notice lasts as long as the file does.
    expect(listing.problems[0]?.lasting).toBe(true);
    expect(listing.problems[0]?.message).toMatch(/^'From the future' could not be opened: .*newer version.*left where it is, unchanged\.$/);

    expect(() => store.load(DAMAGED_ID)).toThrow(expect.objectContaining({ kind: 'too-new' }));
    expect(readFileSync(path)).toEqual(newer);
    expect(existsSync(join(dataDir, 'damaged'))).toBe(false);
    expect(untouched()).toEqual(goodBytes);
    // Reported again next time: it is still there.
    expect(store.list().problems).toHaveLength(1);
  });
});
