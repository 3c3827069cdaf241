// Importing into the library in a real browser against the real server: a workshop file chosen with
// Import…, the same file again (already in the library → keep both → two rows), a damaged file dropped
// on the library (its sentence, nothing added), a file saved by an older version (brought up to date),
// and a team pack (a row marked as the team's copy, whose Export screen leads with the team file).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workshop } from '../../shared/model';
import { sequentialIds } from '../../shared/new-workshop';
import { createSampleWorkshop } from '../../shared/sample-workshop';
import { makeTeamPack } from '../../shared/team-files/team-pack';
import { serializeWorkshop } from '../../shared/workshop-file';
import { launchBrowser, openApp, type OpenedPage } from './support/browser';
import { openPhaseTab } from './support/phase-tab';
import { outputDir, startApp, type RunningApp } from './support/serve';
import { seriousAxeFindings } from './support/wall-measure';

const FORMAT_1 = resolve(import.meta.dirname, '../fixtures/format-1/small-workshop.json');

let browser: Browser;
let app: RunningApp;
let session: OpenedPage;
let page: Page;
let files: string;
let master: Workshop;

beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), startApp()]);
  // axe-core is added to the page by the test: the page's own Content-Security-Policy rightly refuses it.
  session = await openApp(browser, app.url, undefined, { bypassCSP: true });
  page = session.page;
  files = mkdtempSync(join(tmpdir(), 'jr-e2e-import-files-'));
  master = createSampleWorkshop({ now: '2026-11-23T09:00:00.000Z', newId: sequentialIds('imp'), title: 'Renewal journey' });
  writeFileSync(join(files, 'Renewal journey - workshop - 2026-11-23.json'), serializeWorkshop(master));
  await page.getByTestId('import-workshop').waitFor();
});

afterAll(async () => {
  await session.context.close();
  await browser.close();
  await app.stop();
  rmSync(files, { recursive: true, force: true });
});

const rows = () => page.getByTestId('workshop-row');
const titles = () => rows().evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')).sort());
const screens = (name: string) => join(outputDir('screens'), name);

/** Drops a file made in the page onto the library, as dragging it from the desktop would. */
async function dropFile(name: string, text: string): Promise<void> {
  await page.evaluate(
    ([fileName, content]) => {
      const target = document.querySelector('.library-body');
      if (!target) throw new Error('The library is not on screen.');
      const data = new DataTransfer();
      data.items.add(new File([content], fileName, { type: 'application/json' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
      }
    },
    [name, text] as const,
  );
}

describe('importing into the library', () => {
  it('imports a workshop file chosen with Import…, and names it with a way to open it', async () => {
    await page.getByTestId('import-file-input').setInputFiles(join(files, 'Renewal journey - workshop - 2026-11-23.json'));

    const done = page.getByTestId('import-done');
    await done.first().waitFor();
    expect(await done.first().innerText()).toContain('Imported “Renewal journey”');
    await expect.poll(titles).toEqual(['Renewal journey']);
    expect(await done.first().getByRole('button', { name: 'Open' }).isVisible()).toBe(true);
    expect(await page.getByTestId('team-copy-label').count()).toBe(0);
  });

  it('asks before importing the same workshop again, and keeps both when told to', async () => {
    await page.getByTestId('import-file-input').setInputFiles(join(files, 'Renewal journey - workshop - 2026-11-23.json'));

    const dialog = page.getByTestId('import-exists');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').innerText()).toBe('“Renewal journey” is already in your library');
    expect(await dialog.innerText()).toContain('Nothing is overwritten.');
    // Focus starts on the safe choice, as in every dialog of the app.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.screenshot({ path: screens('library-import-exists.png') });
    expect(await seriousAxeFindings(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Keep both' }).click();
    await expect.poll(titles).toEqual(['Renewal journey', 'Renewal journey (copy)']);
    expect(await page.getByTestId('import-exists').count()).toBe(0);
    expect(await page.getByTestId('import-done').first().innerText()).toContain('Imported “Renewal journey (copy)”');
  });

  it('leaves the library as it was when the question is cancelled', async () => {
    await page.getByTestId('import-file-input').setInputFiles(join(files, 'Renewal journey - workshop - 2026-11-23.json'));
    await page.getByTestId('import-exists').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('import-exists').count()).toBe(0);
    await expect.poll(() => page.getByTestId('import-progress').innerText()).toBe('');
    expect(await titles()).toEqual(['Renewal journey', 'Renewal journey (copy)']);
  });

  it('shows where to drop while a file is dragged over, and refuses a damaged file with its sentence, adding nothing', async () => {
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['{}'], 'any.json'));
      document.querySelector('.library-body')?.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: data }));
    });
    await page.getByTestId('import-drop-sheet').waitFor();
    await page.screenshot({ path: screens('library-import-drop.png') });

    const damaged = serializeWorkshop(master).replace('"title":"Renewal journey"', '"title":42');
    await dropFile('broken.json', damaged);

    const refused = page.getByTestId('import-refused');
    await refused.first().waitFor();
    expect(await refused.first().innerText()).toMatch(/^“broken\.json” was not imported\. This workshop file is damaged \(at title\).*Nothing was added to your library\.$/s);
    expect(await page.getByTestId('import-drop-sheet').count()).toBe(0);
    expect(await titles()).toEqual(['Renewal journey', 'Renewal journey (copy)']);

    await dropFile('shopping.json', 'milk, eggs');
    await expect.poll(() => refused.first().innerText()).toContain('“shopping.json” was not imported. This file is not a Journey Room workshop: it cannot be read as JSON.');
    expect(await titles()).toEqual(['Renewal journey', 'Renewal journey (copy)']);
  });

  it('brings a file saved by an older version up to date, and says so', async () => {
    await page.getByTestId('import-file-input').setInputFiles(FORMAT_1);
    const title = (JSON.parse(readFileSync(FORMAT_1, 'utf8')) as { title: string }).title;
    await expect.poll(() => page.getByTestId('import-done').first().innerText()).toContain(`Imported “${title}”`);
    expect(await page.getByTestId('import-done').first().innerText()).toContain('brought up to date');
    await expect.poll(titles).toContain(title);
  });

  it('opens a team pack as the team’s copy, marked as such in its row, whose Export screen leads with the team file', async () => {
    const team = master.teams[1];
    if (!team) throw new Error('The sample has no second team.');
    const pack = makeTeamPack(master, team.id, { otherTeams: true, voting: true }, { packId: 'pack-e2e', now: '2026-11-23T10:00:00.000Z' });
    if (typeof pack === 'string') throw new Error(pack);
    const packFile = join(files, `Renewal journey - team pack - ${team.name}.json`);
    writeFileSync(packFile, JSON.stringify(pack));

    await page.getByTestId('import-file-input').setInputFiles(packFile);

    const done = page.getByTestId('import-done').first();
    await expect.poll(() => done.innerText()).toContain(`Opened ${team.name}’s pack of “Renewal journey”`);
    expect(await done.innerText()).toContain('export the team file from Export');
    const row = page.getByRole('listitem', { name: `Renewal journey — ${team.name}` });
    await row.waitFor();
    expect(await row.getByTestId('team-copy-label').innerText()).toBe(`Team copy · ${team.name}`);
    expect(await page.getByTestId('team-copy-label').count()).toBe(1);
    await page.screenshot({ path: screens('library-import-team-copy.png') });
    // The notices of every kind, and the labelled row, as assistive technology meets them.
    expect(await seriousAxeFindings(page)).toEqual([]);

    await done.getByRole('button', { name: 'Open' }).click();
    await page.getByTestId('workshop-title').waitFor();
    await openPhaseTab(page, 'Export');
    const card = page.getByTestId('export-team-file');
    await card.waitFor();
    expect(await card.innerText()).toContain(`This is ${team.name}’s copy of “Renewal journey”`);
    await page.screenshot({ path: screens('export-team-file.png') });
    expect(await seriousAxeFindings(page)).toEqual([]);

    const downloading = page.waitForEvent('download', { timeout: 30000 });
    await card.getByRole('button', { name: 'Export the team file' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(new RegExp(`^Renewal journey - team file - ${team.name} - \\d{4}-\\d{2}-\\d{2}\\.json$`));
    await expect.poll(() => page.getByTestId('export-team-file-result').innerText()).toContain('Downloaded the team file as');
  });

  it('shows no team file on the facilitator’s own workshop', async () => {
    await page.getByRole('button', { name: 'All workshops' }).click();
    await page.getByRole('button', { name: 'Open Renewal journey', exact: true }).click();
    await page.getByTestId('workshop-title').waitFor();
    await openPhaseTab(page, 'Export');
    await page.getByTestId('export-files').waitFor();
    expect(await page.getByTestId('export-team-file').count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });
});
