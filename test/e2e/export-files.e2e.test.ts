// The files for the people who carry the work on, from the Export screen of a real browser: the
// actions and ratings CSVs (byte-order mark, header row) and the whole workshop as JSON that reads
// back as a valid workshop, each downloaded with the screen saying so — and nothing leaves the app.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS_CSV_HEADER, RATINGS_CSV_HEADER } from '../../main/export/csv';
import { parseWorkshopFile } from '../../shared/workshop-file';
import { outputDir } from './support/serve';
import { sessionForTests, startSampleSession } from './support/session';

const opened = sessionForTests(startSampleSession);
let sampleTitle: string;

beforeAll(async () => {
  sampleTitle = await opened.page.getByTestId('workshop-title').innerText();
  await opened.page.getByRole('tab', { name: 'Export' }).click();
  await opened.page.getByTestId('export-files').waitFor();
});

const BOM_BYTES = [0xef, 0xbb, 0xbf];
const DATED = String.raw`\d{4}-\d{2}-\d{2}`;

/** Clicks one file's button and returns the downloaded bytes, after the screen has said how it went. */
async function download(kind: string, savedAs: string): Promise<{ name: string; bytes: Buffer; said: string }> {
  const downloading = opened.page.waitForEvent('download', { timeout: 30000 });
  downloading.catch(() => undefined);
  await opened.page.getByTestId(`export-file-${kind}`).click();
  const result = opened.page.getByTestId('export-files-result');
  await result.waitFor({ timeout: 30000 });
  const said = await result.innerText();
  const file = await downloading;
  const path = join(outputDir('e2e'), savedAs);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: readFileSync(path), said };
}

function csvRecords(bytes: Buffer): string[] {
  return bytes.subarray(3).toString('utf8').split('\r\n').filter((line) => line !== '');
}

describe('exporting files for the people who carry the work on', () => {
  it('downloads the actions as a CSV that spreadsheets open with every character intact', async () => {
    const { name, bytes, said } = await download('actions-csv', 'export-files-actions.csv');
    expect(name).toMatch(new RegExp(`^.+ - actions - ${DATED}\\.csv$`));
    expect(name.startsWith(sampleTitle)).toBe(true);
    expect(said).toBe(`Downloaded the actions as ${name}. Look in your downloads folder.`);
    expect([...bytes.subarray(0, 3)]).toEqual(BOM_BYTES);
    const records = csvRecords(bytes);
    expect(records[0]).toBe(ACTIONS_CSV_HEADER.join(','));
    expect(records.length).toBeGreaterThan(1);
    expect(records[1]).toMatch(/^1,/);
  });

  it('downloads the ratings as a CSV with a header row and one row per rating', async () => {
    const { name, bytes, said } = await download('ratings-csv', 'export-files-ratings.csv');
    expect(name).toMatch(new RegExp(`^.+ - ratings - ${DATED}\\.csv$`));
    expect(said).toBe(`Downloaded the ratings as ${name}. Look in your downloads folder.`);
    expect([...bytes.subarray(0, 3)]).toEqual(BOM_BYTES);
    const records = csvRecords(bytes);
    expect(records[0]).toBe(RATINGS_CSV_HEADER.join(','));
    expect(records.length).toBeGreaterThan(10);
  });

  it('downloads the whole workshop as JSON that reads back as a valid workshop', async () => {
    const { name, bytes, said } = await download('workshop-json', 'export-files-workshop.json');
    expect(name).toMatch(new RegExp(`^.+ - workshop - ${DATED}\\.json$`));
    expect(said).toBe(`Downloaded the whole workshop as ${name}. Look in your downloads folder.`);
    const parsed = parseWorkshopFile(JSON.parse(bytes.toString('utf8')));
    if (!parsed.ok) throw new Error(`The downloaded workshop did not read back: ${parsed.message}`);
    expect(parsed.workshop.title).toBe(sampleTitle);
    expect(parsed.workshop.actions.length).toBeGreaterThan(0);
    expect(parsed.workshop.ratings.length).toBeGreaterThan(0);
  });

  it('shows the files beside the PDF, with the last outcome in view, and asks nothing of the network', async () => {
    const files = opened.page.getByTestId('export-files');
    await opened.page.screenshot({ path: join(outputDir('screens'), 'export-files.png') });
    // At 1280x720 the whole files card, outcome included, is on screen without scrolling.
    const box = await files.boundingBox();
    if (!box) throw new Error('The files card is not on screen');
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    for (const kind of ['actions-csv', 'ratings-csv', 'workshop-json']) {
      expect(await opened.page.getByTestId(`export-file-${kind}`).isEnabled()).toBe(true);
    }
    expect(opened.foreignRequests).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
  });
});
