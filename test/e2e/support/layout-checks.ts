/**
 * Whether a screen is usable as laid out: no two visible controls drawn over
 * each other, no control cut off where nobody can reach it, and no page that
 * scrolls sideways. Measured in the page as the browser lays it out, so a
 * wall screen at 1280×720 or a laptop at 150 % zoom is checked as a person
 * sees it.
 *
 * "Reachable" follows what a person can do: a control outside a scrolling
 * region's visible part is fine when that region can scroll it into view (a
 * wide grid, a long list); a control cut off by a region that does not
 * scroll, or lying before a scroller's start, or past the window's right
 * edge, is not.
 */
import type { Page } from 'playwright-core';

/** What a person clicks, types into or picks from. */
const CONTROLS = ['button', 'a[href]', 'input:not([type="hidden"])', 'select', 'textarea', '[role="tab"]', '[role="button"]'].join(', ');

/** A field narrower than this cannot show what is typed in it (about four characters). */
export const MIN_FIELD_WIDTH = 64;

export interface LayoutProblem {
  readonly kind: 'overlap' | 'clipped' | 'squeezed' | 'page-scrolls-sideways';
  readonly detail: string;
}

/**
 * Every overlap, clipped control and sideways page scroll on the page as it
 * is now. `within` limits the controls checked (the whole page by default).
 */
export async function layoutProblems(page: Page, within = 'body'): Promise<LayoutProblem[]> {
  // Run under tsx, the in-page function below is compiled with esbuild's keepNames, which calls a __name helper the page lacks.
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.locator(within).first().evaluate((root, args) => {
    const [selector, minField] = args;
    const problems: { kind: 'overlap' | 'clipped' | 'squeezed' | 'page-scrolls-sideways'; detail: string }[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth + 1) {
      problems.push({ kind: 'page-scrolls-sideways', detail: `page ${doc.scrollWidth}px wide in a ${window.innerWidth}px window` });
    }
    const SLACK = 1;
    type Box = { left: number; top: number; right: number; bottom: number };
    const nameOf = (el: Element) =>
      (
        el.getAttribute('aria-label') ??
        el.getAttribute('data-testid') ??
        ((el.textContent ?? '').replace(/\s+/g, ' ').trim() || el.getAttribute('placeholder') || el.getAttribute('name') || el.tagName.toLowerCase())
      ).slice(0, 50);
    const boxOf = (el: Element): Box => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const drawn = (el: Element) => {
      // Not drawn: hidden, see-through (an input its label draws), or in a long list's part skipped while far off screen.
      if (!el.checkVisibility({ contentVisibilityAuto: true, opacityProperty: true, visibilityProperty: true })) return false;
      const r = el.getBoundingClientRect();
      // A screen reader's 1 px box.
      return r.width > 1 && r.height > 1;
    };
    // A bar stuck to a scrolling area's edge covers what scrolls beneath it, by design; the rest can be scrolled clear of it.
    const inSticky = (el: Element) => {
      for (let a: Element | null = el; a; a = a.parentElement) if (getComputedStyle(a).position === 'sticky') return true;
      return false;
    };
    const clips = (style: CSSStyleDeclaration, axis: 'x' | 'y') => (axis === 'x' ? style.overflowX : style.overflowY) !== 'visible';
    const scrolls = (style: CSSStyleDeclaration, axis: 'x' | 'y') => {
      const v = axis === 'x' ? style.overflowX : style.overflowY;
      return v === 'auto' || v === 'scroll';
    };

    const shown: { el: Element; name: string; box: Box; sticky: boolean }[] = [];
    // A field's label is checked for overlap too: two labels drawn over each other read as neither.
    for (const el of Array.from(root.querySelectorAll(`${selector}, label`))) {
      if (!drawn(el)) continue;
      const isField = el.matches('input:not([type="checkbox"]):not([type="radio"]), select, textarea');
      if (isField && el.getBoundingClientRect().width < minField) {
        problems.push({ kind: 'squeezed', detail: `"${nameOf(el)}" only ${Math.round(el.getBoundingClientRect().width)} px wide` });
      }
      let box = boxOf(el);
      const name = nameOf(el);
      // A label is only checked for overlap: a tall choice card may be taller than a short window and scroll past.
      const isLabel = el instanceof HTMLLabelElement;
      // What of it is on screen, after every clipping ancestor; and whether what is not can be scrolled to.
      let visible: Box = { ...box };
      let unreachable = '';
      for (let a = el.parentElement; a && a !== doc && a !== document.body; a = a.parentElement) {
        const style = getComputedStyle(a);
        const position = style.position;
        if (position === 'fixed') break;
        const r = a.getBoundingClientRect();
        const inner = {
          left: r.left + a.clientLeft,
          top: r.top + a.clientTop,
          right: r.left + a.clientLeft + a.clientWidth,
          bottom: r.top + a.clientTop + a.clientHeight,
        };
        for (const axis of ['x', 'y'] as const) {
          if (!clips(style, axis)) continue;
          const [lo, hi] = axis === 'x' ? (['left', 'right'] as const) : (['top', 'bottom'] as const);
          const inside = box[lo] >= inner[lo] - SLACK && box[hi] <= inner[hi] + SLACK;
          if (!inside && !unreachable) {
            const where = `${a.tagName.toLowerCase()}.${String(a.className)}`;
            const size = box[hi] - box[lo];
            if (!scrolls(style, axis)) unreachable = `cut off by ${where}, which does not scroll`;
            else if (size > inner[hi] - inner[lo] + SLACK) unreachable = `bigger than what ${where} shows (${Math.round(inner[hi] - inner[lo])} px)`;
            else {
              // The scroll range: from the content's start to its end.
              const start = axis === 'x' ? inner.left - a.scrollLeft : inner.top - a.scrollTop;
              const end = start + (axis === 'x' ? a.scrollWidth : a.scrollHeight);
              if (box[lo] < start - SLACK || box[hi] > end + SLACK) unreachable = `beyond the scroll range of ${where}`;
              // Scrolled to, it shows at the start of this region: the regions around it must show it there.
              box = { ...box, [lo]: inner[lo], [hi]: inner[lo] + size };
            }
          }
          visible = { ...visible, [lo]: Math.max(visible[lo], inner[lo]), [hi]: Math.min(visible[hi], inner[hi]) };
        }
      }
      // The window: nothing may lie past its sides (the page must not scroll sideways); below its bottom only if the page scrolls.
      if (!unreachable && (box.left < -SLACK || box.right > window.innerWidth + SLACK)) unreachable = 'past the side of the window';
      if (!unreachable && box.bottom > window.innerHeight + SLACK && doc.scrollHeight <= window.innerHeight) unreachable = 'below the window, which does not scroll';
      if (unreachable && !isLabel) problems.push({ kind: 'clipped', detail: `"${name}" ${unreachable}` });
      visible = {
        left: Math.max(visible.left, 0),
        top: Math.max(visible.top, 0),
        right: Math.min(visible.right, window.innerWidth),
        bottom: Math.min(visible.bottom, window.innerHeight),
      };
      if (visible.right - visible.left > SLACK && visible.bottom - visible.top > SLACK) shown.push({ el, name, box: visible, sticky: inSticky(el) });
    }

    // Two controls drawn over each other, where both show (one inside the other, as a field's own button, is by design).
    for (let i = 0; i < shown.length; i += 1) {
      const a = shown[i];
      if (!a) continue;
      for (let j = i + 1; j < shown.length; j += 1) {
        const b = shown[j];
        if (!b || a.el.contains(b.el) || b.el.contains(a.el) || a.sticky !== b.sticky) continue;
        // A label and the field it names may touch by design.
        const labelOf = (x: Element, y: Element) => x instanceof HTMLLabelElement && x.control === y;
        if (labelOf(a.el, b.el) || labelOf(b.el, a.el)) continue;
        const w = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const h = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (w > SLACK && h > SLACK) {
          problems.push({ kind: 'overlap', detail: `"${a.name}" and "${b.name}" overlap by ${Math.round(w)}×${Math.round(h)} px` });
        }
      }
    }
    return problems;
  }, [CONTROLS, MIN_FIELD_WIDTH] as const);
}
