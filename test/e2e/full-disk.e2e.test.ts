// A full disk, for real: the app's data folder on a 4 MB tmpfs, filled up with a filler file while a workshop is
// open. An edit is then refused by the disk: the page says so in the host's sentence with Retry, never "All
// changes saved", and does not show the edit as made. Once the filler is gone, Retry (reached by keyboard) saves
// it, the banner goes, and the change is in the saved workshop. Mounting needs root on Linux (CI runs as root);
// elsewhere the test is skipped.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSavedWorkshop, waitUntilSaved } from './support/saved-workshop';
import { buildWorkshop } from './support/seed-workshop';
import { outputDir } from './support/serve';
import { startSession, type AppSession } from './support/session';

const canMount = process.platform === 'linux' && process.getuid?.() === 0;

/** Fills the file system holding `path` to the last byte it will take; returns what was written. */
function fillDisk(path: string): number {
  const fd = openSync(path, 'w');
  let written = 0;
  try {
    for (let size = 1 << 16; size >= 1; size >>= 2) {
      const chunk = Buffer.alloc(size, 7);
      for (;;) {
        try {
          written += writeSync(fd, chunk);
        } catch {
          break; // ENOSPC: try smaller pieces, down to one byte
        }
      }
    }
  } finally {
    closeSync(fd);
  }
  return written;
}

// Each text is the longest a field takes: replacing one with the other is a journal line of over 4 KB, more than
// the spare room a tmpfs page at the end of the journal can have, so the disk must find room it does not have.
const BEFORE = 'a'.repeat(2000);
const AFTER = 'b'.repeat(2000);

describe.runIf(canMount)('a full disk', () => {
  const workshop = buildWorkshop('Disk trouble', () => []);
  let mountPoint = '';
  let mounted = false;
  let session: AppSession | undefined;
  let page: Page;
  const filler = () => join(mountPoint, 'filler.bin');
  const customer = () => page.getByRole('textbox', { name: 'Customer', exact: true });
  const scope = () => page.getByRole('textbox', { name: 'Scope', exact: true });

  beforeAll(async () => {
    mountPoint = mkdtempSync(join(tmpdir(), 'jr-e2e-full-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mountPoint]);
    mounted = true;
    mkdirSync(join(mountPoint, 'workshops'));
    writeFileSync(join(mountPoint, 'workshops', `${workshop.id}.json`), JSON.stringify(workshop));
    session = await startSession(mountPoint);
    page = session.page;
    await page.getByRole('button', { name: `Open ${workshop.title}` }).click();
    await page.getByTestId('workshop-title').waitFor();
    await page.getByRole('tab', { name: 'Frame' }).click();
  });

  afterAll(async () => {
    try {
      await session?.close();
    } finally {
      if (mounted) execFileSync('umount', [mountPoint]);
      rmSync(mountPoint, { recursive: true, force: true });
    }
  });

  it('says the disk is full, with Retry, and does not claim the change is saved', async () => {
    await customer().fill(BEFORE);
    await customer().press('Control+Enter');
    await scope().fill(BEFORE);
    await scope().press('Control+Enter');
    await waitUntilSaved(page);

    expect(fillDisk(filler())).toBeGreaterThan(0);
    await customer().fill(AFTER);
    await customer().press('Control+Enter');

    const banner = page.getByTestId('unsaved-banner');
    await banner.waitFor();
    const text = await banner.innerText();
    expect(text).toContain('The disk is full: free some space, then press Retry.');
    expect(text).toMatch(/Nothing after .+ is saved\./);
    expect(text).toContain('Waiting to be saved: workshop details changed.');
    expect(await banner.getByRole('alert').innerText()).toContain('The disk is full');
    expect(await banner.getByRole('button', { name: 'Retry' }).isVisible()).toBe(true);
    expect(await page.getByTestId('save-state').innerText()).toBe('Not saved');
    // The field keeps what was typed and points at the banner rather than repeating it.
    expect(await page.getByText('Not saved: the disk refused this change.').count()).toBe(1);
    await page.screenshot({ path: join(outputDir('screens'), 'full-disk.png') });
    // The page holds what the host holds: the refused text is not in the workshop, only in the field being typed.
    expect(readSavedWorkshop(mountPoint).persona).toBe(BEFORE);
    expect(await page.getByTestId('save-state').innerText()).not.toBe('All changes saved');
  });

  it('saves the change on Retry once there is room again, and the banner goes', async () => {
    // Leaving the field sends its text again; the disk still refuses it, and Retry comes back.
    await page.getByTestId('open-history').focus();
    await expect.poll(() => page.getByTestId('retry-save').innerText()).toBe('Retry');
    expect(await page.getByTestId('unsaved-banner').innerText()).toContain('The disk is full');

    rmSync(filler(), { force: true });
    // Keyboard: from the top bar, the next stop is Retry.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Retry');
    await page.keyboard.press('Enter');

    await expect.poll(() => page.getByTestId('unsaved-banner').count()).toBe(0);
    await waitUntilSaved(page);
    expect(readSavedWorkshop(mountPoint).persona).toBe(AFTER);
    // Nothing stale is left: the field shows the saved text without the disk's sentence, and focus is not lost.
    expect(await customer().inputValue()).toBe(AFTER);
    const workshopView = page.locator('.workshop');
    expect(await workshopView.getByText('The disk is full').count()).toBe(0);
    expect(await workshopView.getByText('Not saved: the disk refused').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('save-state');
    expect(session?.pageErrors).toEqual([]);
  });

  it('Discard gives the refused change up after saying what is lost, and the workshop stays as saved', async () => {
    expect(fillDisk(filler())).toBeGreaterThan(0);
    await scope().fill(AFTER);
    await scope().press('Control+Enter');
    await page.getByTestId('unsaved-banner').waitFor();

    // Pressing Discard leaves the field, which sends its text once more; the question waits for nothing.
    await page.getByRole('button', { name: 'Discard these changes' }).click();
    const dialog = page.getByTestId('confirm-dialog');
    expect(await dialog.innerText()).toContain('These changes are lost for good: workshop details changed.');
    await page.screenshot({ path: join(outputDir('screens'), 'full-disk-discard.png') });
    await dialog.getByRole('button', { name: 'Discard changes' }).click();

    await expect.poll(() => page.getByTestId('unsaved-banner').count()).toBe(0);
    await waitUntilSaved(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('save-state');
    expect(readSavedWorkshop(mountPoint).scope).toBe(BEFORE);
    rmSync(filler(), { force: true });
  });
});
