/**
 * The touchpoints a fix is about: each linked one as a chip with × to
 * remove it, and a picker to link one more. The picker offers every team's
 * cards under their stage and leaves out those already linked. Choosing
 * links nothing until "Link" is pressed, so moving through the list with
 * the arrow keys does not link every card passed on the way.
 */
import { useEffect, useId, useRef } from 'react';
import type { Id, Workshop } from '../../../shared/model';
import { Button, CloseIcon } from '../../ui';
import { touchpointLabel } from '../../../shared/present/touchpoints';
import { touchpointGroups } from './fix-form';
import { TouchpointOptions } from './TouchpointOptions';

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
  const offered = touchpointGroups(workshop, linked).length;

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
      <label className="fix-link-label" htmlFor={selectId}>
        Link a touchpoint
      </label>
      <div className="fix-link-picker">
        <select
          id={selectId}
          className="select"
          value={choice}
          disabled={offered === 0}
          onChange={(e) => onChoose(e.target.value)}
        >
          <option value="">{pickerPrompt(workshop, offered)}</option>
          <TouchpointOptions workshop={workshop} leaveOut={linked} />
        </select>
        <Button size="sm" disabled={choice === ''} onClick={() => choice !== '' && onLink(choice)}>
          Link
        </Button>
      </div>
    </fieldset>
  );
}

function pickerPrompt(workshop: Workshop, offered: number): string {
  if (offered > 0) return 'Choose a touchpoint…';
  return workshop.touchpoints.length === 0 ? 'No touchpoints on the board yet' : 'Every touchpoint is linked';
}
