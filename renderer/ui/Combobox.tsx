/**
 * Choosing one of many (a touchpoint among 400) with a searchable combobox,
 * the WAI-ARIA combobox pattern with a listbox popup: a labelled text field
 * that shows the current choice; typing narrows the list, Down/Up move the
 * highlight (Alt+Down opens, Alt+Up closes), Enter chooses, Escape closes
 * and puts the choice back; a click opens (or closes) the list and a click on
 * an option chooses it. Nothing changes until an option is chosen.
 *
 * The options are asked for only while the list is open, and the list draws
 * only the rows in view, so thirty closed comboboxes on a screen cost thirty
 * text fields, where thirty selects of 400 touchpoints cost 12,000 options.
 */
import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { CLOSED, listRows, matchOptions, onKey, onType, type ComboboxOption, type ComboboxState } from './combobox-logic';
import { ComboboxPopup, optionId } from './ComboboxPopup';
import { ChevronDownIcon } from './icons';
import './combobox.css';

export interface ComboboxProps {
  /** Shown above the field, and its name for assistive technology. */
  readonly label: string;
  /** The chosen option's id; null for the "none" option or nothing chosen. */
  readonly value: string | null;
  /** What the field says while the person is not typing: the choice's label, or '' to show the placeholder. */
  readonly valueLabel: string;
  /** Every option, in order; called only while the list is open. */
  readonly options: () => readonly ComboboxOption[];
  readonly onChoose: (id: string | null) => void;
  readonly placeholder?: string;
  readonly disabled?: boolean;
  /** Said in the open list when nothing matches what was typed. */
  readonly noMatch?: string;
  /** Class for the wrapper around label and field. */
  readonly className?: string;
  readonly id?: string;
}

export function Combobox(props: ComboboxProps) {
  const { label, value, valueLabel, options, onChoose, placeholder, disabled, noMatch, className } = props;
  const generated = useId();
  const inputId = props.id ?? `${generated}-field`;
  const labelId = `${generated}-label`;
  const listId = `${generated}-list`;
  const fieldRef = useRef<HTMLDivElement>(null);
  /** Focus came with a press of the mouse: the press's release must not undo the selection made on focus. */
  const focusedByPress = useRef(false);
  const [state, setState] = useState<ComboboxState>(CLOSED);
  const [byPointer, setByPointer] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const shownText = state.query ?? valueLabel;

  // Back to showing the choice (chosen, or put back by Escape) with the focus still here: all of it
  // selected, so what the person types next starts a new search instead of adding to the name.
  useLayoutEffect(() => {
    const input = inputRef.current;
    if (input && state.query === null && document.activeElement === input) input.select();
  }, [shownText, state.query]);

  const all = useMemo(() => (state.open ? options() : []), [state.open, options]);
  const matches = useMemo(() => matchOptions(all, state.query), [all, state.query]);
  const rows = useMemo(() => listRows(matches), [matches]);
  const chosen = matches.findIndex((option) => option.id === value);

  /** The matches for `query`, worked out even while the list is closed (a key is about to open it). */
  function matchesFor(query: string | null): readonly ComboboxOption[] {
    return state.open && query === state.query ? matches : matchOptions(options(), query);
  }

  function choose(option: ComboboxOption | undefined) {
    setState(CLOSED);
    if (option && option.id !== value) onChoose(option.id);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const list = matchesFor(state.query);
    const outcome = onKey(state, event.key, {
      alt: event.altKey,
      count: list.length,
      chosen: list.findIndex((option) => option.id === value),
    });
    if (outcome.handled) {
      event.preventDefault();
      // Escape closes the list, not the dialog or panel around it.
      event.stopPropagation();
    }
    setByPointer(false);
    if (outcome.choose !== undefined) choose(list[outcome.choose]);
    else setState(outcome.state);
  }

  const count = matches.length === 1 ? '1 match' : `${matches.length} matches`;
  return (
    <div className={`combobox${className ? ` ${className}` : ''}`}>
      <label id={labelId} htmlFor={inputId} className="field-label">
        {label}
      </label>
      <div className="combobox-field" ref={fieldRef}>
        <input
          id={inputId}
          ref={inputRef}
          type="text"
          role="combobox"
          className="combobox-input"
          aria-expanded={state.open}
          aria-controls={state.open ? listId : undefined}
          aria-autocomplete="list"
          aria-activedescendant={state.open && state.active >= 0 ? optionId(listId, state.active) : undefined}
          autoComplete="off"
          spellCheck={false}
          disabled={disabled}
          placeholder={placeholder}
          value={shownText}
          onChange={(event) => {
            setByPointer(false);
            setState(onType(event.target.value, (query) => matchesFor(query).length));
          }}
          onKeyDown={onKeyDown}
          // Typing replaces the shown choice rather than adding to it.
          onFocus={(event) => event.target.select()}
          onMouseDown={(event) => {
            focusedByPress.current = document.activeElement !== event.currentTarget;
          }}
          onMouseUp={(event) => {
            if (focusedByPress.current) event.preventDefault();
            focusedByPress.current = false;
          }}
          // A click opens the list, and closes it again as a select's would, unless the person is typing.
          onClick={() => {
            if (!state.open) setState({ open: true, query: state.query, active: -1 });
            else if (state.query === null) setState(CLOSED);
          }}
          onBlur={() => setState(CLOSED)}
        />
        <span className="combobox-chevron" aria-hidden="true">
          <ChevronDownIcon />
        </span>
      </div>
      {/* Read out as the list narrows; the list itself is not announced as it changes. */}
      <span className="visually-hidden" role="status">
        {state.open && state.query !== null ? count : ''}
      </span>
      {state.open && (
        <ComboboxPopup
          listId={listId}
          labelId={labelId}
          fieldRef={fieldRef}
          rows={rows}
          count={matches.length}
          active={state.active}
          activeByPointer={byPointer}
          chosen={chosen}
          empty={noMatch ?? 'Nothing matches what was typed.'}
          onHover={(index) => {
            setByPointer(true);
            setState((now) => ({ ...now, active: index }));
          }}
          onPick={(index) => choose(matches[index])}
        />
      )}
    </div>
  );
}
