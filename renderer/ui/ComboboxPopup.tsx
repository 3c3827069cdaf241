/**
 * The open list of a Combobox: a listbox in the browser's top layer (so no
 * scrolling panel around the field clips it), drawing only the rows in view
 * and a few around them. Every option says where it stands among all the
 * matches (aria-posinset / aria-setsize), since most of them are not in the
 * page at any moment. The field keeps the focus throughout: pressing the
 * list does not take it, and the highlighted option is named to assistive
 * technology through aria-activedescendant.
 */
import { useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode, type RefObject } from 'react';
import {
  rowOfOption,
  rowWindow,
  scrollToCentre,
  scrollToShow,
  type ComboboxRow,
} from './combobox-logic';
import { CheckIcon } from './icons';
import { usePopupPlace } from './use-popup-place';

/** One row's height in px; combobox.css gives the rows the same. */
export const ROW_HEIGHT = 36;
/** A row's height on a phone, a fingertip's (combobox.css, in the same media query as PHONE). */
export const TOUCH_ROW_HEIGHT = 44;
const PHONE = '(max-width: 40rem)';

function subscribeToWidth(onChange: () => void): () => void {
  const query = window.matchMedia(PHONE);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** The rows' height where the list is drawn now: the list places and windows its rows by it. */
function useRowHeight(): number {
  const phone = useSyncExternalStore(subscribeToWidth, () => window.matchMedia(PHONE).matches);
  return phone ? TOUCH_ROW_HEIGHT : ROW_HEIGHT;
}
/** Rows in view at most: enough to see a stage's cards, short enough for a 720-pixel-high window. */
const MOST_ROWS = 8;
const FEWEST_ROWS = 3;

export function optionId(listId: string, index: number): string {
  return `${listId}-option-${index}`;
}

interface ComboboxPopupProps {
  readonly listId: string;
  readonly labelId: string;
  readonly fieldRef: RefObject<HTMLElement | null>;
  readonly rows: readonly ComboboxRow[];
  /** How many options match. */
  readonly count: number;
  readonly active: number;
  /** Whether the highlight moved by pointer: then the list stays where the person scrolled it. */
  readonly activeByPointer: boolean;
  /** The current choice's place among the matches, or -1: the list opens around it. */
  readonly chosen: number;
  /** Said in the popup when nothing matches. */
  readonly empty: string;
  readonly onHover: (index: number) => void;
  readonly onPick: (index: number) => void;
}

export function ComboboxPopup(props: ComboboxPopupProps) {
  const { listId, labelId, fieldRef, rows, count, active, activeByPointer, chosen, empty, onHover, onPick } = props;
  const rowHeight = useRowHeight();
  const place = usePopupPlace(fieldRef, Math.min(rows.length, MOST_ROWS) * rowHeight + 2);
  const fitting = place ? Math.floor((place.room - 2) / rowHeight) : MOST_ROWS;
  const visibleRows = Math.max(1, Math.min(rows.length, MOST_ROWS, Math.max(FEWEST_ROWS, fitting)));
  const [scrollTop, setScrollTop] = useState(0);
  const popupRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const opened = useRef(false);

  // Into the top layer as soon as it exists; a browser without popovers shows it fixed in place instead.
  useLayoutEffect(() => {
    const popup = popupRef.current;
    if (popup && typeof popup.showPopover === 'function' && !popup.matches(':popover-open')) popup.showPopover();
  }, [place]);

  // Opening shows the current choice mid-list; after that, a highlight moved by key is scrolled into view.
  useLayoutEffect(() => {
    const list = listRef.current;
    // Not placed yet, the list has no size to scroll.
    if (!list || !place) return;
    const activeRow = rowOfOption(rows, active);
    let next: number;
    if (!opened.current) {
      opened.current = true;
      next = scrollToCentre(activeRow >= 0 ? activeRow : rowOfOption(rows, chosen), rowHeight, visibleRows, rows.length);
    } else if (activeByPointer || activeRow < 0) {
      return;
    } else {
      // An option in a group is shown below the group's name pinned at the top of the list.
      const row = rows[activeRow];
      const grouped = row?.kind === 'option' && row.heading >= 0;
      next = scrollToShow(activeRow, list.scrollTop, rowHeight, visibleRows, grouped);
    }
    if (list.scrollTop !== next) list.scrollTop = next;
    setScrollTop(next);
  }, [rows, active, activeByPointer, chosen, visibleRows, place, rowHeight]);

  const shown = rowWindow(scrollTop, rowHeight, visibleRows, rows.length);
  // The group of the row at the top, named there while its own heading is scrolled away.
  const topRow = rows[Math.floor(scrollTop / rowHeight)];
  const pinned = topRow?.kind === 'group' ? topRow.name : topRow?.option.group;
  const parts: ReactNode[] = [];
  let group: { readonly key: string; readonly name: string; readonly members: ReactNode[] } | null = null;
  const flush = () => {
    if (group) {
      parts.push(
        <div role="group" aria-label={group.name} key={group.key}>
          {group.members}
        </div>,
      );
    }
    group = null;
  };
  for (let r = shown.start; r < shown.end; r++) {
    const row = rows[r];
    if (!row) continue;
    const top = r * rowHeight;
    if (row.kind === 'group') {
      flush();
      group = { key: `${r}`, name: row.name, members: [] };
      group.members.push(
        <div key="heading" className="combobox-group-name" aria-hidden="true" style={{ top }}>
          {row.name}
        </div>,
      );
      continue;
    }
    if (row.heading < 0) flush();
    else if (!group) group = { key: `${row.heading}`, name: row.option.group ?? '', members: [] };
    const isActive = row.index === active;
    const option = (
      <div
        key={row.index}
        id={optionId(listId, row.index)}
        role="option"
        aria-selected={isActive}
        aria-posinset={row.index + 1}
        aria-setsize={count}
        className={`combobox-option${isActive ? ' combobox-option-active' : ''}${row.index === chosen ? ' combobox-option-chosen' : ''}`}
        style={{ top }}
        title={row.option.label}
        onMouseMove={() => {
          if (!isActive) onHover(row.index);
        }}
        onClick={() => onPick(row.index)}
      >
        {row.index === chosen && <CheckIcon />}
        <span className="combobox-option-text">{row.option.label}</span>
      </div>
    );
    if (group) group.members.push(option);
    else parts.push(option);
  }
  flush();

  return (
    <div
      ref={popupRef}
      popover="manual"
      className="combobox-popup"
      style={place?.style}
      hidden={!place}
      // The field keeps the focus: a press on the list (or its scroll bar) must not take it.
      onMouseDown={(event) => event.preventDefault()}
    >
      {count === 0 && <p className="combobox-empty">{empty}</p>}
      <div
        ref={listRef}
        id={listId}
        role="listbox"
        aria-labelledby={labelId}
        className="combobox-list"
        style={{ height: count === 0 ? 0 : visibleRows * rowHeight }}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      >
        <div className="combobox-rows" style={{ height: rows.length * rowHeight }}>
          {pinned !== undefined && (
            <div className="combobox-group-name combobox-group-pinned" aria-hidden="true">
              {pinned}
            </div>
          )}
          {parts}
        </div>
      </div>
    </div>
  );
}
