/**
 * Measuring the projector's page as the back row sees it: the smallest text
 * anyone can see on it, whether anything lies outside the window (the wall
 * does not scroll), and what axe-core finds serious or critical. Shared by
 * the projector's browser test and its benchmark (bench/present.ts).
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export interface SmallestText {
  /** The smallest computed font size of any visible text, in CSS px. */
  readonly px: number;
  /** Which text that is, to find it. */
  readonly text: string;
}

/*
 * Run in the page as a string: tsx would wrap a named function in a helper
 * the page does not have. Text counts when a person can see it: its element
 * is rendered, not transparent or hidden, not clipped down to nothing
 * (the visually-hidden words for screen readers are not on the wall), and
 * not covered by something drawn over it.
 */
const SMALLEST_TEXT = `(() => {
  const seen = (el) => {
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    for (let at = el; at; at = at.parentElement) {
      const box = at.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) return false;
    }
    return true;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let px = Infinity;
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const words = (node.textContent || '').trim();
    const el = node.parentElement;
    if (!words || !el || !seen(el)) continue;
    // Text under something else (the app's banner beneath the full-window wall) is not on the wall.
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    if (top && !el.contains(top) && !top.contains(el)) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < px) { px = size; text = words.slice(0, 60); }
  }
  return { px, text };
})()`;

export function smallestText(page: Page): Promise<SmallestText> {
  return page.evaluate(SMALLEST_TEXT) as Promise<SmallestText>;
}

/** Visible things that reach past the window's edges (the page would need scrolling), as short descriptions. */
const OUTSIDE_WINDOW = `(() => {
  const out = [];
  const w = window.innerWidth;
  const h = window.innerHeight;
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('.visually-hidden') || !el.checkVisibility()) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    if (box.right > w + 0.5 || box.bottom > h + 0.5 || box.left < -0.5 || box.top < -0.5) {
      out.push(el.tagName.toLowerCase() + '.' + String(el.className) + ' ' + Math.round(box.right) + '×' + Math.round(box.bottom));
    }
  }
  const root = document.scrollingElement;
  if (root && (root.scrollHeight > h || root.scrollWidth > w)) out.push('the page scrolls: ' + root.scrollWidth + '×' + root.scrollHeight);
  return out;
})()`;

export function outsideWindow(page: Page): Promise<readonly string[]> {
  return page.evaluate(OUTSIDE_WINDOW) as Promise<readonly string[]>;
}

export interface AxeFinding {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

/**
 * axe-core's serious and critical findings on the page as it is now. The
 * page's context must bypass its Content-Security-Policy (`bypassCSP`), which
 * rightly refuses any script the app did not ship.
 */
export async function seriousAxeFindings(page: Page): Promise<readonly AxeFinding[]> {
  const has = await page.evaluate('typeof window.axe !== "undefined"');
  if (!has) await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core') });
  const findings = (await page.evaluate(`window.axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({
    id: v.id, impact: v.impact || '', help: v.help, targets: v.nodes.map((n) => String(n.target)) })))`)) as AxeFinding[];
  return findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
}
