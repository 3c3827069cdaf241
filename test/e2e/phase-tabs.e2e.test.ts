// The phase tabs strip (renderer/app/PhaseTabs.tsx, styled in app.css) shows no stray scrollbar beside
// the tabs on any screen at 1280×720 or on a 1366×768 laptop at 125 %, and on a phone still scrolls
// sideways, never up and down. Chromium
// runs with real scrollbars, as the desktop app draws them, not the hidden ones of a headless browser, so
// a scrollbar that would take room takes it here too. Screenshots go to test-output/screens/phase-tabs-*.png.
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, findChromium, openApp, PHONE } from './support/browser';
import { openPhaseTab } from './support/phase-tab';
import { outputDir, startApp, type RunningApp } from './support/serve';

const PHASES = ['Frame', 'Map', 'Rate', 'Insights', 'Fixes', 'Vote', 'Plan', 'Export'] as const;

let browser: Browser;
let app: RunningApp;

beforeAll(async () => {
  [browser, app] = await Promise.all([
    chromium.launch({
      executablePath: findChromium(),
      args: [...CHROMIUM_FLAGS],
      headless: true,
      // Headless Chromium hides scrollbars; the desktop app shows them, so this test does too.
      ignoreDefaultArgs: ['--hide-scrollbars'],
    }),
    startApp(),
  ]);
});

afterAll(async () => {
  await browser.close();
  await app.stop();
});

/** The strip's sizes: what it holds against what it shows, and its box with any scrollbar in it. */
function strip(page: Page) {
  return page.locator('.phase-tabs').evaluate((el) => {
    const box = el as HTMLElement;
    return {
      scrollHeight: box.scrollHeight,
      clientHeight: box.clientHeight,
      offsetHeight: box.offsetHeight,
      scrollWidth: box.scrollWidth,
      clientWidth: box.clientWidth,
      offsetWidth: box.offsetWidth,
      overflowX: getComputedStyle(box).overflowX,
    };
  });
}

async function openSample(page: Page): Promise<void> {
  await page.getByTestId('open-sample-empty').or(page.getByTestId('open-sample')).first().click();
  await page.getByTestId('workshop-title').waitFor();
}

describe('the phase tabs strip', () => {
  // A 1280×720 projector, and a 1366×768 laptop at 125 % (1093×614 CSS px), where the team switcher
  // beside the tabs leaves them less room on the per-team screens.
  it.each([
    { label: '1280', viewport: { width: 1280, height: 720 } },
    { label: '1093', viewport: { width: 1093, height: 614 } },
  ])('shows every tab and no scrollbar beside them on every screen at $viewport.width px wide', async ({ label, viewport }) => {
    const { page, context } = await openApp(browser, app.url, viewport);
    await openSample(page);
    const seen: Record<string, string> = {};
    for (const phase of PHASES) {
      await openPhaseTab(page, phase);
      const s = await strip(page);
      const problems = [
        s.scrollHeight > s.clientHeight ? `${String(s.scrollHeight - s.clientHeight)} px taller than it shows` : '',
        s.scrollWidth > s.clientWidth ? `${String(s.scrollWidth - s.clientWidth)} px wider than it shows` : '',
        s.offsetWidth > s.clientWidth ? 'a scrollbar up the side' : '',
        s.offsetHeight > s.clientHeight ? 'a scrollbar along the bottom' : '',
      ].filter(Boolean);
      seen[phase] = problems.join(', ') || 'fits';
      if (phase === 'Map') await page.screenshot({ path: join(outputDir('screens'), `phase-tabs-${label}.png`) });
    }
    expect(seen).toEqual(Object.fromEntries(PHASES.map((p) => [p, 'fits'])));
    await context.close();
  });

  it('on a phone scrolls sideways to the last tab, never up and down', async () => {
    const { page, context } = await openApp(browser, app.url, PHONE.viewport, PHONE.device);
    await openSample(page);
    const s = await strip(page);
    expect(s.overflowX).toBe('auto');
    expect(s.scrollWidth).toBeGreaterThan(s.clientWidth);
    expect(s.scrollHeight).toBeLessThanOrEqual(s.clientHeight);
    expect(s.offsetWidth, 'no scrollbar up the side of the strip').toBe(s.clientWidth);

    await page.locator('.phase-tabs').evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
    });
    const lastTab = await page.getByRole('tab', { name: 'Export', exact: true }).evaluate((tab) => {
      const box = tab.getBoundingClientRect();
      const area = (tab.parentElement as HTMLElement).getBoundingClientRect();
      return box.left >= area.left - 0.5 && box.right <= area.right + 0.5;
    });
    expect(lastTab, 'the Export tab scrolls into the strip').toBe(true);
    await page.screenshot({ path: join(outputDir('screens'), 'phase-tabs-phone.png') });
    await context.close();
  });
});
