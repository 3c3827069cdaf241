/**
 * What a finger can hit on a page, measured as the browser lays it out: every
 * visible control (buttons, links, fields, tabs, summaries, anything with a
 * button-like role) with its box in CSS pixels, so a phone test can list the
 * ones smaller than the 44 × 44 px a fingertip needs.
 *
 * A checkbox or radio inside a label (or named by one) is measured as its
 * label: that is where the tap lands, and many are drawn small on purpose
 * beside a large label. Controls hidden for screen readers only (a 1 px box)
 * and those not drawn at all are left out.
 */
import type { Page } from 'playwright-core';

export interface TapTarget {
  /** The control's accessible name or text, for the failure message. */
  readonly name: string;
  readonly width: number;
  readonly height: number;
}

/** The smallest side a finger-sized target may have, in CSS pixels. */
export const MIN_TAP = 44;

const CONTROLS = [
  'button',
  'a[href]',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  '[role="button"]',
  '[role="tab"]',
  '[role="checkbox"]',
  '[role="radio"]',
  '[role="option"]',
  '[role="menuitem"]',
].join(', ');

/** Every visible control inside `within` (the whole page by default), each measured once. */
export async function tapTargets(page: Page, within = 'body'): Promise<TapTarget[]> {
  return page.locator(within).first().evaluate((root, selector) => {
    const seen = new Set<Element>();
    const found: { name: string; width: number; height: number }[] = [];
    for (const control of Array.from(root.querySelectorAll(selector))) {
      let target: Element = control;
      if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')) {
        target = control.closest('label') ?? control.labels?.[0] ?? control;
      }
      if (seen.has(target)) continue;
      seen.add(target);
      const style = getComputedStyle(target);
      const box = target.getBoundingClientRect();
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      // Not drawn, or a screen reader's 1 px box: nothing a finger could find.
      if (box.width <= 1 || box.height <= 1) continue;
      const name = (control.getAttribute('aria-label') ?? (target.textContent ?? '').replace(/\s+/g, ' ').trim()).slice(0, 60);
      found.push({
        name: name || control.getAttribute('data-testid') || control.getAttribute('placeholder') || control.tagName.toLowerCase(),
        width: Math.round(box.width * 10) / 10,
        height: Math.round(box.height * 10) / 10,
      });
    }
    return found;
  }, CONTROLS);
}

/** The visible controls inside `within` smaller than MIN_TAP on either side. */
export async function smallTapTargets(page: Page, within = 'body'): Promise<TapTarget[]> {
  return (await tapTargets(page, within)).filter((t) => t.width < MIN_TAP || t.height < MIN_TAP);
}

/** Whether the page is wider than the screen, i.e. scrolls sideways. */
export async function pageWidth(page: Page): Promise<{ readonly scrollWidth: number; readonly innerWidth: number }> {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
}
