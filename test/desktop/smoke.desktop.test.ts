/**
 * The desktop app itself, in the real Electron window: it opens on the
 * library, a workshop is made from a template, a card is placed on the board,
 * the action plan PDF is saved through the save dialog (answered by the test
 * at the dialog call) — drawn by the PDF worker, not on the window's thread —
 * and the app quits cleanly with the work on disk.
 * Runs only where the Electron binary is installed (test/desktop/run.mjs).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const executablePath = process.env['JOURNEY_ROOM_ELECTRON'];
if (!executablePath) throw new Error('Run the desktop tests with `npm run test:desktop`, which finds Electron first.');

const dataDir = mkdtempSync(join(tmpdir(), 'journey-room-desktop-'));
const pdfPath = join(mkdtempSync(join(tmpdir(), 'journey-room-pdf-')), 'plan.pdf');
let app: ElectronApplication;
let page: Page;
/** What the app prints: the PDF worker says there if it could not start. */
let printed = '';

beforeAll(async () => {
  app = await _electron.launch({
    executablePath,
    args: ['.'],
    env: { ...process.env, JOURNEY_ROOM_DATA_DIR: dataDir },
  });
  app.process().stderr?.on('data', (chunk: Buffer) => {
    printed += chunk.toString();
  });
  page = await app.firstWindow();
});

afterAll(async () => {
  await app?.close().catch(() => {});
});

describe('the desktop app', () => {
  it('opens its window on the library, from its own app:// page', async () => {
    await page.getByRole('textbox', { name: 'Title' }).waitFor();
    expect(page.url()).toBe('app://journey-room/index.html');
    expect(await page.title()).toBe('Journey Room');
  });

  it('makes a workshop and places a card on the board', async () => {
    await page.getByRole('textbox', { name: 'Title' }).fill('Desktop smoke test');
    await page.getByRole('radio', { name: /^Blank/ }).check();
    await page.getByRole('button', { name: 'Create workshop' }).click();
    await page.getByRole('button', { name: 'Open Desktop smoke test' }).click();
    await page.getByRole('tab', { name: 'Map', exact: true }).click();
    await page.getByRole('button', { name: 'Add a touchpoint in Buy, Web' }).click();
    await page.getByRole('combobox', { name: 'Title of the new touchpoint in Buy, Web' }).fill('Checkout page');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Checkout page/ }).first().waitFor();
  });

  it('saves the action plan PDF where the save dialog says', async () => {
    await app.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = (() => Promise.resolve({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog;
    }, pdfPath);
    await page.getByRole('tab', { name: 'Export', exact: true }).click();
    await page.getByTestId('export-pdf').click();
    await expect.poll(() => existsSync(pdfPath), { timeout: 30000 }).toBe(true);
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    // Drawn by out/main/pdf-worker.js: had it not started, the app would say so and draw on its own thread.
    expect(printed).not.toContain('The PDF worker could not start');
  });

  it('quits cleanly with the workshop on disk', async () => {
    await app.close();
    const files = readdirSync(join(dataDir, 'workshops'));
    const saved = files.filter((name) => name.endsWith('.json')).map((name) => readFileSync(join(dataDir, 'workshops', name), 'utf8'));
    expect(saved.some((text) => text.includes('Checkout page'))).toBe(true);
  });
});
