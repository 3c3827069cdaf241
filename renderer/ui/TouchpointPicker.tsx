/**
 * Picks one touchpoint from the whole workshop with the searchable combobox:
 * every team's cards under their stage, optionally a "none" choice first,
 * and a name for a linked card that has since been removed, kept until
 * another is chosen so nothing changes behind the person's back.
 */
import { useCallback } from 'react';
import type { Id, Workshop } from '../../shared/model';
import { Combobox } from './Combobox';
import type { ComboboxOption } from './combobox-logic';
import { touchpointChoiceLabel, touchpointChoices } from './touchpoint-choices';

export interface TouchpointPickerProps {
  readonly workshop: Workshop;
  readonly label: string;
  /** The chosen touchpoint, or null. */
  readonly value: Id | null;
  readonly onChoose: (touchpointId: Id | null) => void;
  /** Offered first, and shown while nothing is chosen, e.g. "no touchpoint in particular". */
  readonly noneLabel?: string;
  /** What the choice is called when its touchpoint is gone. */
  readonly goneLabel?: string;
  /** Touchpoints not to offer (already linked). */
  readonly leaveOut?: readonly Id[];
  readonly placeholder?: string;
  readonly disabled?: boolean;
  readonly className?: string;
  readonly id?: string;
}

export function TouchpointPicker(props: TouchpointPickerProps) {
  const { workshop, value, noneLabel, goneLabel, leaveOut } = props;
  const options = useCallback((): readonly ComboboxOption[] => {
    const cards = touchpointChoices(workshop, leaveOut);
    return noneLabel === undefined ? cards : [{ id: null, label: noneLabel }, ...cards];
  }, [workshop, leaveOut, noneLabel]);
  const chosen = value === null ? undefined : workshop.touchpoints.find((t) => t.id === value);
  const valueLabel = chosen ? touchpointChoiceLabel(workshop, chosen) : value === null ? (noneLabel ?? '') : (goneLabel ?? '');
  return (
    <Combobox
      id={props.id}
      label={props.label}
      className={props.className}
      value={value}
      valueLabel={valueLabel}
      options={options}
      onChoose={props.onChoose}
      placeholder={props.placeholder}
      disabled={props.disabled}
      noMatch="No touchpoint matches."
    />
  );
}
