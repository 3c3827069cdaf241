/**
 * The touchpoints a fix is about: each linked one as a chip with × to
 * remove it, and a searchable picker to link one more. The picker offers
 * every team's cards under their stage and leaves out those already linked.
 * Choosing links nothing until "Link" is pressed, so a card chosen by
 * mistake is not linked before the person sees it in the field.
 */
import { useEffect, useId, useRef } from 'react';
import type { Id, Workshop } from '../../../shared/model';
import { Button, CloseIcon, offeredCount, TouchpointPicker } from '../../ui';
import { touchpointLabel } from '../../../shared/present/touchpoints';

interface TouchpointLinksProps {
  readonly workshop: Workshop;
  readonly linked: readonly Id[];
  /** The touchpoint chosen in the picker but not linked yet, or ''. */
  readonly choice: Id | '';
  readonly onChoose: (touchpointId: Id | '') => void;
  readonly onLink: (touchpointId: Id) => void;
  readonly onUnlink: (touchpointId: Id) => void;
}

export function TouchpointLinks({ workshop, linked, choice, onChoose, onLink, onUnlink }: TouchpointLinksProps) {
  const selectId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  /** Where focus goes once a removed chip has left the screen: the next chip's ×, or the picker. */
  const focusAfterRemove = useRef<Id | '' | null>(null);
  useEffect(() => {
    const target = focusAfterRemove.current;
    if (target === null) return;
    focusAfterRemove.current = null;
    const chip = target === '' ? null : listRef.current?.querySelector<HTMLElement>(`[data-unlink="${CSS.escape(target)}"]`);
    (chip ?? document.getElementById(selectId))?.focus();
  });

  const chips = linked.flatMap((id) => {
    const touchpoint = workshop.touchpoints.find((t) => t.id === id);
    return touchpoint ? [{ id, label: touchpointLabel(workshop, touchpoint) }] : [];
  });
  const offered = offeredCount(workshop, linked);

  function remove(index: number) {
    const chip = chips[index];
    if (!chip) return;
    focusAfterRemove.current = chips[index + 1]?.id ?? chips[index - 1]?.id ?? '';
    onUnlink(chip.id);
  }

  return (
    <fieldset className="fix-links">
      <legend className="fix-label">Touchpoints it is about</legend>
      {chips.length === 0 ? (
        <p className="fix-links-none">None yet: the fix is about the journey as a whole.</p>
      ) : (
        <ul className="fix-links-list" ref={listRef} aria-label="Linked touchpoints">
          {chips.map((chip, index) => (
            <li key={chip.id} className="fix-link-chip">
              <span className="fix-link-text">{chip.label}</span>
              <button
                type="button"
                className="fix-link-remove"
                data-unlink={chip.id}
                aria-label={`Remove link to ${chip.label}`}
                title="Remove this link"
                onClick={() => remove(index)}
              >
                <CloseIcon size={14} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="fix-link-picker">
        <TouchpointPicker
          id={selectId}
          workshop={workshop}
          label="Link a touchpoint"
          className="fix-link-field"
          value={choice === '' ? null : choice}
          leaveOut={linked}
          placeholder={pickerPrompt(workshop, offered)}
          disabled={offered === 0}
          onChoose={(id) => onChoose(id ?? '')}
        />
        <Button
          disabled={choice === ''}
          onClick={() => {
            if (choice === '') return;
            onLink(choice);
            // The button is disabled once the card is linked; the picker is where the next one is chosen.
            document.getElementById(selectId)?.focus();
          }}
        >
          Link
        </Button>
      </div>
    </fieldset>
  );
}

function pickerPrompt(workshop: Workshop, offered: number): string {
  if (offered > 0) return 'Type to find a touchpoint…';
  return workshop.touchpoints.length === 0 ? 'No touchpoints on the board yet' : 'Every touchpoint is linked';
}
