// The searchable combobox's rules: what typing finds, what each key does, and which rows of a long list are drawn.
import { describe, expect, it } from 'vitest';
import {
  CLOSED,
  foldText,
  listRows,
  matchOptions,
  onKey,
  onType,
  OVERSCAN,
  PAGE,
  rowOfOption,
  rowWindow,
  scrollToCentre,
  scrollToShow,
  type ComboboxOption,
  type ComboboxState,
} from '../../../renderer/ui/combobox-logic';

const OPTIONS: readonly ComboboxOption[] = [
  { id: null, label: 'no touchpoint in particular' },
  { id: 'a', label: 'Advert (Web, Team 1)', group: 'Discover' },
  { id: 'b', label: 'Price page (Web, Team 2)', group: 'Discover' },
  { id: 'c', label: 'Help line (Phone, Zoë’s team)', group: 'Get help' },
  { id: 'd', label: 'Engineer visit (Store, Łukasz)', group: 'Get help' },
];

const open = (active: number, query: string | null = null): ComboboxState => ({ open: true, query, active });
const keys = (count: number, chosen = -1, alt = false) => ({ alt, count, chosen });

describe('matchOptions', () => {
  it('offers everything while nothing is typed', () => {
    expect(matchOptions(OPTIONS, null)).toBe(OPTIONS);
    expect(matchOptions(OPTIONS, '   ')).toBe(OPTIONS);
  });

  it('finds every typed word anywhere in the label or the group, in any case, keeping the order', () => {
    expect(matchOptions(OPTIONS, 'web').map((o) => o.id)).toEqual(['a', 'b']);
    expect(matchOptions(OPTIONS, 'PAGE web').map((o) => o.id)).toEqual(['b']);
    expect(matchOptions(OPTIONS, 'get help phone').map((o) => o.id)).toEqual(['c']);
    expect(matchOptions(OPTIONS, 'discover team 2').map((o) => o.id)).toEqual(['b']);
  });

  it('finds names typed without their accents, and the "none" choice by its words', () => {
    expect(matchOptions(OPTIONS, 'zoe').map((o) => o.id)).toEqual(['c']);
    expect(matchOptions(OPTIONS, 'lukasz').map((o) => o.id)).toEqual(['d']);
    expect(matchOptions(OPTIONS, 'no touchpoint').map((o) => o.id)).toEqual([null]);
    expect(foldText('Παναγιώτα Łódź')).toBe('παναγιωτα lodz');
  });

  it('finds nothing when a word is nowhere', () => {
    expect(matchOptions(OPTIONS, 'web xyz')).toEqual([]);
  });
});

describe('listRows', () => {
  it('puts a heading before each group, and none before options without one', () => {
    const rows = listRows(OPTIONS);
    expect(rows.map((r) => (r.kind === 'group' ? `# ${r.name}` : r.option.id))).toEqual([null, '# Discover', 'a', 'b', '# Get help', 'c', 'd']);
    expect(rowOfOption(rows, 3)).toBe(5);
    const c = rows[5];
    expect(c?.kind === 'option' && c.heading).toBe(4);
    const none = rows[0];
    expect(none?.kind === 'option' && none.heading).toBe(-1);
  });

  it('heads only the groups that still have matches', () => {
    const rows = listRows(matchOptions(OPTIONS, 'phone'));
    expect(rows.map((r) => (r.kind === 'group' ? `# ${r.name}` : r.option.id))).toEqual(['# Get help', 'c']);
  });
});

describe('onKey, with the list closed', () => {
  it('opens on Down or Up at the current choice', () => {
    expect(onKey(CLOSED, 'ArrowDown', keys(5, 3))).toEqual({ state: open(3), handled: true });
    expect(onKey(CLOSED, 'ArrowUp', keys(5, 3))).toEqual({ state: open(3), handled: true });
  });

  it('opens on the first option with Down and the last with Up when nothing is chosen', () => {
    expect(onKey(CLOSED, 'ArrowDown', keys(5)).state).toEqual(open(0));
    expect(onKey(CLOSED, 'ArrowUp', keys(5)).state).toEqual(open(4));
  });

  it('only opens with Alt+Down, highlighting nothing', () => {
    expect(onKey(CLOSED, 'ArrowDown', keys(5, 3, true)).state).toEqual(open(-1));
  });

  it('leaves Enter, Escape, Tab and letters to the page', () => {
    for (const key of ['Enter', 'Escape', 'Tab', 'a', 'Home']) {
      expect(onKey(CLOSED, key, keys(5, 1))).toEqual({ state: CLOSED, handled: false });
    }
  });
});

describe('onKey, with the list open', () => {
  it('moves the highlight with Down and Up, stopping at the ends', () => {
    expect(onKey(open(1), 'ArrowDown', keys(5)).state.active).toBe(2);
    expect(onKey(open(4), 'ArrowDown', keys(5)).state.active).toBe(4);
    expect(onKey(open(1), 'ArrowUp', keys(5)).state.active).toBe(0);
    expect(onKey(open(0), 'ArrowUp', keys(5)).state.active).toBe(0);
  });

  it('starts from the current choice when the list was opened by a click', () => {
    expect(onKey(open(-1), 'ArrowDown', keys(5, 2)).state.active).toBe(2);
    expect(onKey(open(-1), 'ArrowUp', keys(5, 2)).state.active).toBe(2);
    expect(onKey(open(-1), 'ArrowDown', keys(5)).state.active).toBe(0);
  });

  it('moves a page at a time with PageDown and PageUp', () => {
    expect(onKey(open(1), 'PageDown', keys(100)).state.active).toBe(1 + PAGE);
    expect(onKey(open(95), 'PageDown', keys(100)).state.active).toBe(99);
    expect(onKey(open(3), 'PageUp', keys(100)).state.active).toBe(0);
  });

  it('chooses the highlighted option with Enter and closes', () => {
    expect(onKey(open(2, 'web'), 'Enter', keys(5))).toEqual({ state: CLOSED, choose: 2, handled: true });
  });

  it('keeps Enter from the form around it even when nothing is highlighted', () => {
    expect(onKey(open(-1, 'xyz'), 'Enter', keys(0))).toEqual({ state: open(-1, 'xyz'), handled: true });
  });

  it('closes with Escape, dropping what was typed, and keeps the Escape from the page', () => {
    expect(onKey(open(2, 'web'), 'Escape', keys(5))).toEqual({ state: CLOSED, handled: true });
  });

  it('closes with Alt+Up, and on Tab lets the focus move on without choosing', () => {
    expect(onKey(open(2), 'ArrowUp', keys(5, -1, true))).toEqual({ state: CLOSED, handled: true });
    expect(onKey(open(2), 'Tab', keys(5))).toEqual({ state: CLOSED, handled: false });
  });

  it('highlights nothing when nothing matches', () => {
    expect(onKey(open(-1, 'xyz'), 'ArrowDown', keys(0)).state.active).toBe(-1);
    expect(onKey(open(-1, 'xyz'), 'PageDown', keys(0)).state.active).toBe(-1);
  });
});

describe('onType', () => {
  it('opens on what matches with the first match highlighted, so Enter takes it', () => {
    const count = (query: string) => matchOptions(OPTIONS, query).length;
    expect(onType('web', count)).toEqual(open(0, 'web'));
    expect(onType('xyz', count)).toEqual(open(-1, 'xyz'));
  });
});

describe('the rows drawn', () => {
  it('draws the rows in view and a few around them, never the whole list', () => {
    expect(rowWindow(0, 36, 8, 450)).toEqual({ start: 0, end: 9 + OVERSCAN });
    const middle = rowWindow(36 * 200, 36, 8, 450);
    expect(middle).toEqual({ start: 200 - OVERSCAN, end: 209 + OVERSCAN });
    expect(rowWindow(36 * 445, 36, 8, 450)).toEqual({ start: 445 - OVERSCAN, end: 450 });
    expect(rowWindow(0, 36, 8, 3)).toEqual({ start: 0, end: 3 });
  });

  it('scrolls as little as it must to show a highlighted row, below the group name pinned at the top', () => {
    expect(scrollToShow(3, 0, 36, 8, false)).toBe(0);
    expect(scrollToShow(10, 0, 36, 8, false)).toBe(36 * 3);
    expect(scrollToShow(5, 36 * 10, 36, 8, false)).toBe(36 * 5);
    expect(scrollToShow(5, 36 * 10, 36, 8, true)).toBe(36 * 4);
  });

  it('opens with the current choice in the middle of the view, as far as the list allows', () => {
    expect(scrollToCentre(100, 36, 8, 450)).toBe(36 * 97);
    expect(scrollToCentre(1, 36, 8, 450)).toBe(0);
    expect(scrollToCentre(449, 36, 8, 450)).toBe(36 * 442);
    expect(scrollToCentre(-1, 36, 8, 450)).toBe(0);
  });
});
