/**
 * The searchable combobox's rules, apart from React, so they can be tested
 * on their own: which options match what the person typed, what each key
 * does, and which rows of a long list are drawn. Only the rows in view (and
 * a few around them) are ever in the page, so a list of 400 costs what a
 * list of 20 does.
 */

export interface ComboboxOption {
  /** What is chosen; null is the "none" choice. */
  readonly id: string | null;
  readonly label: string;
  /** The heading it is listed under (a touchpoint's stage); matched as well as the label. */
  readonly group?: string;
}

export interface ComboboxState {
  readonly open: boolean;
  /** What the person typed to narrow the list; null while they have not typed (the field shows the choice). */
  readonly query: string | null;
  /** The highlighted option, as an index into the matches; -1 for none. */
  readonly active: number;
}

export const CLOSED: ComboboxState = { open: false, query: null, active: -1 };

/** Lower case, without accents, so "zoe" finds "Zoë" and "lukasz" finds "Łukasz". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase();
}

/** The options holding every typed word somewhere in their label or group, in their own order. */
export function matchOptions(options: readonly ComboboxOption[], query: string | null): readonly ComboboxOption[] {
  const words = foldText(query ?? '')
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length === 0) return options;
  return options.filter((option) => {
    const text = foldText(option.group ? `${option.label} ${option.group}` : option.label);
    return words.every((word) => text.includes(word));
  });
}

/** A row of the drawn list: a group's heading, or an option with its place among the matches. */
export type ComboboxRow =
  | { readonly kind: 'group'; readonly name: string }
  | {
      readonly kind: 'option';
      readonly option: ComboboxOption;
      readonly index: number;
      /** The row of its group's heading, or -1 when it has no group. */
      readonly heading: number;
    };

/** The matches with a heading before each run of the same group. */
export function listRows(matches: readonly ComboboxOption[]): readonly ComboboxRow[] {
  const rows: ComboboxRow[] = [];
  let group: string | undefined;
  let heading = -1;
  matches.forEach((option, index) => {
    if (option.group !== group) heading = -1;
    if (option.group !== undefined && option.group !== group) {
      heading = rows.length;
      rows.push({ kind: 'group', name: option.group });
    }
    group = option.group;
    rows.push({ kind: 'option', option, index, heading });
  });
  return rows;
}

/** Where the option with `index` is among the rows. */
export function rowOfOption(rows: readonly ComboboxRow[], index: number): number {
  return rows.findIndex((row) => row.kind === 'option' && row.index === index);
}

/** How far PageDown and PageUp move the highlight. */
export const PAGE = 8;

export interface KeyContext {
  readonly alt: boolean;
  /** How many options match what is typed. */
  readonly count: number;
  /** The chosen option's place among the matches, or -1. */
  readonly chosen: number;
}

export interface KeyOutcome {
  readonly state: ComboboxState;
  /** The match to choose, when the key chose one. */
  readonly choose?: number;
  /** The key was the combobox's: the page must not act on it too (no form submit, no dialog closing). */
  readonly handled: boolean;
}

/** What a key does. Keys that are not the combobox's (letters, Home, End, Tab…) are left to the text field. */
export function onKey(state: ComboboxState, key: string, context: KeyContext): KeyOutcome {
  const { alt, count, chosen } = context;
  const last = count - 1;
  if (!state.open) {
    if (key === 'ArrowDown' || key === 'ArrowUp') {
      // Opens on the current choice, so the person sees it among its neighbours; Alt+Down only opens.
      const start = chosen >= 0 ? chosen : key === 'ArrowUp' ? last : 0;
      return { state: { open: true, query: state.query, active: alt ? -1 : Math.min(start, last) }, handled: true };
    }
    return { state, handled: false };
  }
  switch (key) {
    case 'ArrowDown':
      if (alt) return { state, handled: true };
      // Nothing highlighted yet (opened by a click or Alt+Down): start from the current choice.
      if (state.active < 0) return { state: { ...state, active: count === 0 ? -1 : chosen >= 0 ? chosen : 0 }, handled: true };
      return { state: { ...state, active: Math.min(state.active + 1, last) }, handled: true };
    case 'ArrowUp':
      if (alt) return { state: CLOSED, handled: true };
      if (state.active < 0) return { state: { ...state, active: count === 0 ? -1 : chosen >= 0 ? chosen : last }, handled: true };
      return { state: { ...state, active: Math.max(state.active - 1, 0) }, handled: true };
    case 'PageDown':
      return { state: { ...state, active: count === 0 ? -1 : Math.min(Math.max(state.active, 0) + PAGE, last) }, handled: true };
    case 'PageUp':
      return { state: { ...state, active: count === 0 ? -1 : Math.max(state.active - PAGE, 0) }, handled: true };
    case 'Enter':
      if (state.active >= 0 && state.active < count) return { state: CLOSED, choose: state.active, handled: true };
      // Nothing highlighted: Enter must not submit the form around the field either.
      return { state, handled: true };
    case 'Escape':
      return { state: CLOSED, handled: true };
    case 'Tab':
      // Leaving the field chooses nothing: what was chosen before stays.
      return { state: CLOSED, handled: false };
    default:
      return { state, handled: false };
  }
}

/** The person typed: the list opens on what matches, the first match highlighted so Enter takes it. */
export function onType(text: string, countFor: (query: string) => number): ComboboxState {
  return { open: true, query: text, active: countFor(text) > 0 ? 0 : -1 };
}

export interface RowWindow {
  /** The first row drawn. */
  readonly start: number;
  /** One past the last row drawn. */
  readonly end: number;
}

/** Rows drawn beyond those in view, so a quick scroll does not show a gap. */
export const OVERSCAN = 4;

/** The rows to draw for a list scrolled to `scrollTop`. */
export function rowWindow(scrollTop: number, rowHeight: number, visibleRows: number, rowCount: number): RowWindow {
  const first = Math.floor(Math.max(scrollTop, 0) / rowHeight);
  const start = Math.max(0, Math.min(first, rowCount - 1) - OVERSCAN);
  const end = Math.min(rowCount, first + visibleRows + 1 + OVERSCAN);
  return { start, end: Math.max(start, end) };
}

/**
 * The scroll position that shows row `row`, moving as little as possible.
 * With `keepRowAbove`, the top row of the view is left to the group's name
 * pinned there, so the row goes no higher than second.
 */
export function scrollToShow(row: number, scrollTop: number, rowHeight: number, visibleRows: number, keepRowAbove: boolean): number {
  const top = (keepRowAbove ? row - 1 : row) * rowHeight;
  const bottom = (row + 1) * rowHeight;
  const height = visibleRows * rowHeight;
  if (top < scrollTop) return Math.max(0, top);
  if (bottom > scrollTop + height) return bottom - height;
  return scrollTop;
}

/** The scroll position that puts row `row` in the middle of the view, as far as the list allows. */
export function scrollToCentre(row: number, rowHeight: number, visibleRows: number, rowCount: number): number {
  if (row < 0) return 0;
  const top = (row - Math.floor((visibleRows - 1) / 2)) * rowHeight;
  const max = Math.max(0, (rowCount - visibleRows) * rowHeight);
  return Math.min(Math.max(0, top), max);
}
