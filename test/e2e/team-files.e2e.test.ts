// A laptop per team, combined by file, in real browsers: the facilitator's Frame screen hands out team
// packs; each team's own app opens its pack as the team's copy, which works as that team only with free
// tabs and none of the room's controls; the teams' files come back and are merged after a preview that
// counts what each brings and asks about what both sides changed; and the board and the PDF hold the work
// of both teams. A second part checks the preview of a file with every kind of question at 1280×720.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workshop } from '../../shared/model';
import { parseTeamPack } from '../../shared/team-files/team-pack';
import { extractPdf, squeeze } from '../main/export/pdf-inspect';
import { launchBrowser, openApp, type OpenedPage } from './support/browser';
import { openPhaseTab } from './support/phase-tab';
import { readSavedWorkshop } from './support/saved-workshop';
import { dataDirWith } from './support/seed-workshop';
import { outputDir, startApp, type RunningApp } from './support/serve';
import { seriousAxeFindings } from './support/wall-measure';
import { renderPdfPages } from './support/pdf-pages';
import { BLUE, cardId, manyConflicts, MASTER_TITLE, masterWorkshop, ORANGE, SHARED_CARD, teamCopyOf } from './support/team-files-room';

const eventually = expect.poll;
const SHOTS = '/tmp/shots';

async function screenshot(page: Page, name: string): Promise<void> {
  const path = join(outputDir('screens'), name);
  await page.screenshot({ path });
  try {
    mkdirSync(SHOTS, { recursive: true });
    copyFileSync(path, join(SHOTS, name));
  } catch {
    // Only for a person reviewing the pictures on this machine.
  }
}

/** Scrolls `scroller` (found from `target` up) to bring `target` near its top, moving nothing else on the page. */
async function scrollWithin(target: Locator, scroller: string): Promise<void> {
  await target.evaluate((el, selector) => {
    const box = el.closest(selector);
    if (box) box.scrollTop += el.getBoundingClientRect().top - box.getBoundingClientRect().top - 16;
  }, scroller);
}

/** The app on its own data folder, with one page open on it. */
interface App {
  readonly app: RunningApp;
  readonly opened: OpenedPage;
  readonly page: Page;
  readonly dataDir: string;
}

/** `bypassCSP`: lets axe-core in, which the app's page rightly refuses like any script it did not ship. */
async function startOn(browser: Browser, workshop: Workshop, bypassCSP = false): Promise<App> {
  const dataDir = dataDirWith(workshop);
  const app = await startApp(dataDir);
  const opened = await openApp(browser, app.url, undefined, { bypassCSP });
  return { app, opened, page: opened.page, dataDir };
}

/** The app on a fresh, empty data folder: a team's laptop before its pack arrives. */
async function startEmpty(browser: Browser): Promise<App> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jr-e2e-laptop-'));
  const app = await startApp(dataDir);
  const opened = await openApp(browser, app.url);
  return { app, opened, page: opened.page, dataDir };
}

async function stop(side: App | undefined): Promise<void> {
  if (!side) return;
  await side.opened.context.close();
  await side.app.stop();
  rmSync(side.dataDir, { recursive: true, force: true });
}

/** Opens the workshop titled `title` from the library. */
async function openFromLibrary(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: `Open ${title}` }).click();
  await page.getByTestId('workshop-title').waitFor();
}

describe('the merge preview of a file with every kind of question', () => {
  const { master, teamFilePath, dir } = manyConflicts();
  let browser: Browser;
  let facilitator: App | undefined;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    facilitator = await startOn(browser, master, true);
    page = facilitator.page;
    await openFromLibrary(page, MASTER_TITLE);
    await openPhaseTab(page, 'Frame');
  });

  afterAll(async () => {
    await stop(facilitator);
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('offers each team its pack and a place to bring files back, on the facilitator’s Frame screen', async () => {
    const card = page.getByTestId('team-files');
    expect(await card.getByRole('heading', { level: 2 }).innerText()).toBe('Teams on their own laptops');
    expect(await card.getByRole('button', { name: /^Export team pack for / }).allTextContents()).toEqual(['Export team pack for Team Blue', 'Export team pack for Team Orange']);
    expect(await card.getByRole('button', { name: 'Export team pack for Team Blue' }).count()).toBe(1);
    expect(await card.getByLabel('The other teams’ cards and fixes, to look at').isChecked()).toBe(true);
    expect(await card.getByLabel('Let the team vote in its copy').isChecked()).toBe(false);
    await scrollWithin(card, '#phase-panel');
    await screenshot(page, 'team-files-frame-card.png');
    expect(await seriousAxeFindings(page)).toEqual([]);
  });

  it('refuses a file that is not a team file with its sentence, and changes nothing', async () => {
    const before = readSavedWorkshop(facilitator?.dataDir ?? '');
    await page.getByTestId('team-file-input').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"title": "notes"}') });
    await eventually(() => page.getByTestId('team-file-refusals').innerText()).toBe(
      'This is not a team file. A team file is what a team exports from its copy, on the Export screen.',
    );
    expect(await page.getByTestId('merge-dialog').count()).toBe(0);
    expect(readSavedWorkshop(facilitator?.dataDir ?? '').updatedAt).toBe(before.updatedAt);
  });

  it('shows what the file brings and every question, fitting 1280×720 with its buttons in view', async () => {
    await page.getByTestId('team-file-input').setInputFiles(teamFilePath);
    const dialog = page.getByTestId('merge-dialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading', { level: 2 }).innerText()).toBe('Merge Team Blue’s team file');
    expect(await page.getByTestId('merge-lead').innerText()).toBe(
      'This is what Team Blue’s work brings into the workshop. 14 things were changed both here and on the team’s laptop: choose which to keep for each.',
    );
    expect(await page.getByTestId('merge-added').innerText()).toMatch(/^New\s+2 cards/);
    const conflicts = page.getByTestId('merge-conflict');
    expect(await conflicts.count()).toBe(14);
    // Focus starts on the first question's chosen answer.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');

    // The dialog fits the window; the body scrolls and the buttons stay in view.
    const box = await dialog.boundingBox();
    if (!box) throw new Error('The dialog is not on screen');
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    const body = page.getByTestId('merge-body');
    expect(await body.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    const merge = page.getByTestId('merge-confirm');
    const mergeBox = await merge.boundingBox();
    expect(mergeBox && mergeBox.y + mergeBox.height).toBeLessThanOrEqual(720);
    await screenshot(page, 'team-files-merge-preview.png');
    expect(await seriousAxeFindings(page)).toEqual([]);

    // Each kind of question in its own words, the two versions side by side where both exist.
    const texts = await conflicts.allInnerTexts();
    const find = (pattern: RegExp) => texts.find((text) => pattern.test(text)) ?? '';
    expect(find(/Rename it “Ask for help”/)).toContain('The frame is yours');
    expect(find(/^The card “Price page \(room\)”/)).toMatch(/Title\s+Price page \(room\)\s+Price page \(team\)/);
    expect(find(/Leave it removed/)).toContain('It was removed from this workshop after the pack was made');
    expect(find(/Remove it/)).toContain('The team removed it on their laptop');
    expect(find(/^The rating of/)).toMatch(/Score\s+2\s+4/);
    expect(find(/Ana Lima’s dots/)).toContain('Use the dots from the team’s laptop');
    expect(find(/Leave it out, with its ratings/)).toContain('Put it in “Discover”');

    // Choose the team's version of one card by keyboard: the first question is the stage, the second the card.
    const priceCard = conflicts.filter({ hasText: 'Price page (team)' });
    await priceCard.getByLabel('Use the team’s version').check();
    await scrollWithin(priceCard, '[data-testid="merge-body"]');
    await screenshot(page, 'team-files-merge-preview-chosen.png');
    await body.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await screenshot(page, 'team-files-merge-preview-end.png');
  });

  it('merges in one step, says what went in and how to take it back, and Undo takes it all back', async () => {
    await page.getByTestId('merge-confirm').click();
    await page.getByTestId('merge-dialog').waitFor({ state: 'detached' });
    await eventually(() => page.getByTestId('team-file-merged').innerText()).toBe(
      'Merged Team Blue’s team file: 2 cards added. Of the 14 conflicts, 1 takes the team’s version. ' +
        'Undo takes it back, or the restore point “Before merging the team file of Team Blue” in History.',
    );
    await eventually(() => readSavedWorkshop(facilitator?.dataDir ?? '').touchpoints.map((t) => t.title)).toContain('Usage graph');
    const saved = readSavedWorkshop(facilitator?.dataDir ?? '');
    expect(saved.touchpoints.map((t) => t.title)).toEqual(expect.arrayContaining(['Price page (team)', 'Hold music', 'Plan finder (room)']));
    // What was kept is kept: the stage's name and Ana's dots as placed here.
    expect(saved.stages.map((s) => s.name)).toContain('Get help');
    expect(saved.votes.map((v) => v.dots)).toEqual([1]);

    await page.getByRole('button', { name: 'Undo' }).click();
    await eventually(() => readSavedWorkshop(facilitator?.dataDir ?? '').touchpoints.map((t) => t.title)).not.toContain('Usage graph');
    expect(readSavedWorkshop(facilitator?.dataDir ?? '').touchpoints.map((t) => t.title)).toContain('Price page (room)');
    expect(facilitator?.opened.pageErrors).toEqual([]);
    expect(facilitator?.opened.foreignRequests).toEqual([]);
  });
});

describe('a team’s copy, opened on the team’s own laptop', () => {
  const master = masterWorkshop();
  const copy = { ...teamCopyOf(master, BLUE), phase: 'map' as const };
  let browser: Browser;
  let team: App | undefined;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    team = await startOn(browser, copy);
    page = team.page;
    await openFromLibrary(page, copy.title);
  });

  afterAll(async () => {
    await stop(team);
    await browser.close();
  });

  it('says whose copy of which workshop it is, and where the team file is made', async () => {
    await eventually(() => page.getByTestId('workshop-title').innerText()).toBe(`Team Blue’s copy of “${MASTER_TITLE}”`);
    expect(await page.getByTestId('team-copy-title').innerText()).toMatch(/Export the team file\s+when you are done, and hand it back to the facilitator\./);
    await screenshot(page, 'team-files-copy-top-bar.png');
    await page.getByTestId('team-copy-export').click();
    await eventually(() => page.getByRole('tab', { name: 'Export', exact: true }).getAttribute('aria-selected')).toBe('true');
  });

  it('works as the team, with none of the room’s controls, and its tabs go where the team chooses', async () => {
    for (const facilitatorOnly of ['room-button', 'projector-button', 'facilitation-bar', 'room-next', 'open-history', 'room-note', 'team-switcher']) {
      expect(await page.getByTestId(facilitatorOnly).count(), facilitatorOnly).toBe(0);
    }
    await openPhaseTab(page, 'Insights');
    expect(await page.getByTestId('reveal-ratings').count()).toBe(0);
    await openPhaseTab(page, 'Frame');
    await page.getByTestId('frame-overview').waitFor();
    expect(await page.getByTestId('team-files').count()).toBe(0);
    expect(await page.getByRole('note').first().innerText()).toContain('handed out with your team’s pack');
    await openPhaseTab(page, 'Map');
    await eventually(() => page.getByTestId('joined-team').innerText()).toMatch(/Team\s+Team Blue/);
    // The room's phase was Map when the pack was made; choosing Rate here moves nothing, and a reload comes back to Rate.
    await openPhaseTab(page, 'Rate');
    await page.reload();
    await page.getByTestId('workshop-title').waitFor();
    await eventually(() => page.getByRole('tab', { name: 'Rate', exact: true }).getAttribute('aria-selected')).toBe('true');
    expect(readSavedWorkshop(team?.dataDir ?? '').phase).toBe('map');
    // The other team's card came with the pack, to look at beside the team's own.
    await openPhaseTab(page, 'Map');
    await page.getByRole('button', { name: 'All teams' }).click();
    await eventually(() => page.getByTestId('cell-Buy-Store').getByTestId('card').count()).toBe(1);
    expect(readSavedWorkshop(team?.dataDir ?? '').touchpoints.some((t) => t.id === cardId(copy, 'Store visit'))).toBe(true);
    expect(team?.opened.pageErrors).toEqual([]);
  });
});

/** Clicks `button` and keeps the file the browser downloads, once `result` says how the export went. */
async function download(page: Page, click: () => Promise<void>, savedAs: string): Promise<{ path: string; name: string }> {
  const downloading = page.waitForEvent('download', { timeout: 30000 });
  downloading.catch(() => undefined);
  await click();
  const file = await downloading;
  const path = join(outputDir('e2e'), savedAs);
  await file.saveAs(path);
  return { path, name: file.suggestedFilename() };
}

const cell = (page: Page, stage: string, channel: string) => page.getByTestId(`cell-${stage}-${channel}`);

/** Adds a card by hand in one cell of the board. */
async function addCard(page: Page, stage: string, channel: string, title: string): Promise<void> {
  await page.getByRole('button', { name: `Add a touchpoint in ${stage}, ${channel}` }).click();
  await page.getByRole('combobox', { name: `Title of the new touchpoint in ${stage}, ${channel}` }).fill(title);
  await page.keyboard.press('Enter');
  await cell(page, stage, channel).getByRole('button', { name: new RegExp(`^${title}`) }).waitFor();
  await page.keyboard.press('Escape');
}

/** Renames a card from its editor. */
async function renameCard(page: Page, stage: string, channel: string, from: string, to: string): Promise<void> {
  await cell(page, stage, channel).getByRole('button', { name: new RegExp(`^${from}`) }).focus();
  await page.keyboard.press('Enter');
  const editor = page.getByTestId('card-editor');
  await editor.waitFor();
  await page.getByTestId('card-title').fill(to);
  await page.getByTestId('card-save').click();
  await editor.waitFor({ state: 'detached' });
  await cell(page, stage, channel).getByRole('button', { name: new RegExp(`^${to.replace(/[()]/g, '\\$&')}`) }).waitFor();
}

/** Rates one card on one pillar with a key, as a person does on the Rate screen. */
async function rate(page: Page, card: string, pillar: string, score: string): Promise<void> {
  await openPhaseTab(page, 'Rate');
  await page.getByRole('button', { name: `${card} — ${pillar}: not rated yet` }).focus();
  await page.keyboard.press(score);
  await page.getByRole('button', { name: new RegExp(`^${card} — ${pillar}: ${score}`) }).waitFor();
}

describe('a laptop per team, combined by file', () => {
  const master = masterWorkshop();
  const files = mkdtempSync(join(tmpdir(), 'jr-e2e-stick-'));
  let browser: Browser;
  let facilitator: App | undefined;
  const teams = new Map<string, App>();
  const packs = new Map<string, string>();
  const teamFiles = new Map<string, string>();

  beforeAll(async () => {
    browser = await launchBrowser();
    facilitator = await startOn(browser, master);
    await openFromLibrary(facilitator.page, MASTER_TITLE);
  });

  afterAll(async () => {
    for (const team of teams.values()) await stop(team);
    await stop(facilitator);
    await browser.close();
    rmSync(files, { recursive: true, force: true });
  });

  it('exports a team pack for each team from the Frame screen', async () => {
    const page = facilitator?.page;
    if (!page) throw new Error('The facilitator’s app did not start');
    await openPhaseTab(page, 'Frame');
    const card = page.getByTestId('team-files');
    for (const team of [BLUE, ORANGE]) {
      const { path, name } = await download(page, () => card.getByRole('button', { name: `Export team pack for ${team}` }).click(), `team-pack-${team}.json`);
      await eventually(() => page.getByTestId('team-pack-result').innerText()).toBe(`Downloaded ${team}’s pack as ${name}. Look in your downloads folder.`);
      const parsed = parseTeamPack(JSON.parse(readFileSync(path, 'utf8')));
      if (!parsed.ok) throw new Error(parsed.message);
      expect(parsed.pack.header.teamName).toBe(team);
      expect(parsed.pack.header.otherTeams).toBe(true);
      expect(parsed.pack.header.voting).toBe(false);
      packs.set(team, path);
    }
  });

  it('opens each pack in the library of its team’s own laptop as the team’s copy', async () => {
    for (const team of [BLUE, ORANGE]) {
      // Each team's laptop runs its own app on a data folder of its own.
      const side = await startEmpty(browser);
      teams.set(team, side);
      await side.page.getByTestId('import-file-input').setInputFiles(packs.get(team) ?? '');
      const done = side.page.getByTestId('import-done').first();
      await eventually(() => done.innerText()).toContain(`Opened ${team}’s pack of “${MASTER_TITLE}”`);
      await done.getByRole('button', { name: 'Open' }).click();
      await eventually(() => side.page.getByTestId('workshop-title').innerText()).toBe(`${team}’s copy of “${MASTER_TITLE}”`);
    }
  });

  it('lets each team add and rate its cards on its copy while the facilitator edits one of Team Blue’s', async () => {
    const blue = teams.get(BLUE)?.page;
    const orange = teams.get(ORANGE)?.page;
    const page = facilitator?.page;
    if (!blue || !orange || !page) throw new Error('An app did not start');

    await openPhaseTab(blue, 'Map');
    await addCard(blue, 'Use', 'App', 'Usage graph');
    await renameCard(blue, 'Renew or leave', 'E-mail', SHARED_CARD, 'Renewal reminder, two weeks ahead');
    await rate(blue, 'Usage graph', 'Integrity', '4');

    await openPhaseTab(orange, 'Map');
    await addCard(orange, 'Choose', 'Web', 'Price comparison');
    await rate(orange, 'Price comparison', 'Integrity', '2');

    await openPhaseTab(page, 'Map');
    await page.getByTestId('team-switcher').selectOption({ label: BLUE });
    await renameCard(page, 'Renew or leave', 'E-mail', SHARED_CARD, 'Renewal reminder e-mail');
    await screenshot(blue, 'team-files-copy-map.png');
  });

  it('exports each team’s file from its copy, reached from the top bar', async () => {
    for (const team of [BLUE, ORANGE]) {
      const page = teams.get(team)?.page;
      if (!page) throw new Error(`${team}’s app did not start`);
      await page.getByTestId('team-copy-export').click();
      const card = page.getByTestId('export-team-file');
      await card.waitFor();
      const { path, name } = await download(page, () => card.getByRole('button', { name: 'Export the team file' }).click(), `team-file-${team}.json`);
      expect(name).toMatch(new RegExp(`^${MASTER_TITLE} - team file - ${team} - \\d{4}-\\d{2}-\\d{2}\\.json$`));
      await eventually(() => page.getByTestId('export-team-file-result').innerText()).toContain('Downloaded the team file as');
      // On the stick, under the name the browser gave it.
      const onStick = join(files, name);
      copyFileSync(path, onStick);
      teamFiles.set(team, onStick);
    }
  });

  it('merges both team files, the one conflict settled with the team’s version', async () => {
    const page = facilitator?.page;
    if (!page) throw new Error('The facilitator’s app did not start');
    await openPhaseTab(page, 'Frame');
    await page.getByTestId('team-file-input').setInputFiles([teamFiles.get(BLUE) ?? '', teamFiles.get(ORANGE) ?? '']);

    const dialog = page.getByTestId('merge-dialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading', { level: 2 }).innerText()).toBe('Merge Team Blue’s team file');
    expect(await dialog.innerText()).toContain(`${MASTER_TITLE} - team file - ${BLUE} - `);
    expect(await page.getByTestId('merge-added').innerText()).toMatch(/^New\s+1 card and 1 rating/);
    const conflict = page.getByTestId('merge-conflict');
    expect(await conflict.count()).toBe(1);
    expect(await conflict.innerText()).toMatch(/Title\s+Renewal reminder e-mail\s+Renewal reminder, two weeks ahead/);
    await conflict.getByLabel('Use the team’s version').check();
    await screenshot(page, 'team-files-round-trip-preview.png');
    await page.getByTestId('merge-confirm').click();

    // The second file's preview follows.
    await eventually(() => dialog.getByRole('heading', { level: 2 }).innerText()).toBe('Merge Team Orange’s team file');
    expect(await page.getByTestId('merge-conflict').count()).toBe(0);
    expect(await page.getByTestId('merge-lead').innerText()).toContain('Nothing in it clashes with changes made here.');
    await page.getByTestId('merge-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(() => page.getByTestId('team-file-merged').innerText()).toBe(
      'Merged Team Orange’s team file: 1 card and 1 rating added. ' +
        'Undo takes it back, or the restore point “Before merging the team file of Team Orange” in History.',
    );

    await openPhaseTab(page, 'Map');
    await page.getByRole('button', { name: 'All teams' }).click();
    // With every team's cards shown, a card's name begins with its team's initials and ends with the team.
    await cell(page, 'Use', 'App').getByRole('button', { name: /^TB Usage graph,.*Team Blue$/ }).waitFor();
    await cell(page, 'Choose', 'Web').getByRole('button', { name: /^TO Price comparison,.*Team Orange$/ }).waitFor();
    await cell(page, 'Renew or leave', 'E-mail').getByRole('button', { name: /^TB Renewal reminder, two weeks ahead,.*Team Blue$/ }).waitFor();
    await screenshot(page, 'team-files-merged-board.png');
    const saved = readSavedWorkshop(facilitator?.dataDir ?? '');
    expect(saved.ratings.filter((r) => r.score !== null)).toHaveLength(2);
  });

  it('puts both teams’ work in the PDF', async () => {
    const page = facilitator?.page;
    if (!page) throw new Error('The facilitator’s app did not start');
    await openPhaseTab(page, 'Export');
    const { path } = await download(page, () => page.getByTestId('export-pdf').click(), 'team-files-action-plan.pdf');
    await page.getByTestId('export-result').waitFor();
    const pdf = await extractPdf(new Uint8Array(readFileSync(path)));
    const text = squeeze(pdf.text);
    for (const wanted of ['Usage graph', 'Price comparison', 'Renewal reminder, two weeks ahead', 'Store visit', BLUE, ORANGE]) {
      expect(text, `the PDF should mention ${wanted}`).toContain(squeeze(wanted));
    }
    expect(text).not.toContain(squeeze('Renewal reminder e-mail'));
    expect(renderPdfPages(path).length).toBe(pdf.pages.length);
    for (const side of [facilitator, ...teams.values()]) {
      expect(side?.opened.pageErrors).toEqual([]);
      expect(side?.opened.foreignRequests).toEqual([]);
    }
  });
});
