/**
 * ratings.keystroke_p95_ms: in Chromium, on the large fixture's Rate screen,
 * the time from a digit's keydown on a rating cell until that cell shows the
 * new score (goal ≤ 16 ms). The path is the real one: the page sends the
 * command over the WebSocket, the host applies and saves it, the new state
 * comes back, and React updates the cell.
 */
import type { Page } from 'playwright-core';
import { actionPlanPdf } from '../main/api/action-plan-pdf';
import { startServer } from '../main/server/start-server';
import { launchBrowser } from '../test/e2e/support/browser';
import type { Benchmark } from './benchmark';
import { openLargeHost } from './large-store';
import { percentile, round } from './stats';

const WARMUP = 10;
const SAMPLES = 80;

/** Presses `digit` on the focused cell from inside the page and resolves when the cell shows it. */
function timeKeystroke(page: Page, digit: string): Promise<number> {
  return page.evaluate(
    (key) =>
      new Promise<number>((resolve, reject) => {
        const cell = document.activeElement;
        if (!(cell instanceof HTMLElement)) {
          reject(new Error('No rating cell has the focus.'));
          return;
        }
        const timeout = setTimeout(() => reject(new Error('The cell did not update within 5 s.')), 5000);
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (cell.textContent?.includes(key)) {
            observer.disconnect();
            clearTimeout(timeout);
            resolve(performance.now() - start);
          }
        });
        observer.observe(cell, { subtree: true, childList: true, characterData: true, attributes: true });
        cell.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      }),
    digit,
  );
}

export const ratingsKeystrokeBenchmark: Benchmark = {
  name: 'ratings keystroke',
  async run() {
    const { host, workshop, dispose } = await openLargeHost();
    const server = await startServer({ host, pdf: actionPlanPdf, staticDir: 'out/web', port: 0 });
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.goto(`${server.url}#/workshop/${encodeURIComponent(workshop.id)}`);
      await page.getByRole('tab', { name: /Rate/ }).click();
      const cell = page.getByTestId('rating-cell').first();
      await cell.waitFor();
      await cell.focus();
      const times: number[] = [];
      for (let i = 0; i < WARMUP + SAMPLES; i++) {
        // Alternate so every press changes what the cell shows.
        const elapsed = await timeKeystroke(page, i % 2 === 0 ? '2' : '4');
        if (i >= WARMUP) times.push(elapsed);
      }
      return [{ name: 'ratings.keystroke_p95_ms', value: round(percentile(times, 95)), unit: 'ms', goal: 16 }];
    } finally {
      await browser.close();
      await server.close();
      await dispose();
    }
  },
};
