/**
 * The locks on teams' work, behind one small "Locks" button: a checkbox per
 * kind of work ("Lock the map", "Lock the ratings", …). A locked phase's
 * work is the facilitator's alone until unlocked; the host refuses a team's
 * edit with a sentence saying why, and team pages show it as a banner.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { ClientCommand } from '../../../shared/commands';
import { LOCKABLE_PHASES } from '../../../shared/model';
import { lockedWorkName } from '../../../shared/present/phase-words';
import { useWorkshopSelector } from '../../store/use-live-workshop';
import { Button, ChevronDownIcon } from '../../ui';

export interface LocksMenuProps {
  readonly send: (command: ClientCommand) => Promise<boolean>;
}

export function LocksMenu({ send }: LocksMenuProps) {
  const locks = useWorkshopSelector((w) => w.locks);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    // A press anywhere else, or Escape, closes it, as a menu does.
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      root.current?.querySelector('button')?.focus();
    };
    document.addEventListener('pointerdown', onPointer, true);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer, true);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="locks-menu" ref={root}>
      <Button
        size="sm"
        variant={locks.length > 0 ? 'secondary' : 'ghost'}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
        data-testid="locks-open"
      >
        {locks.length > 0 ? `Locks (${locks.length})` : 'Locks'} <ChevronDownIcon />
      </Button>
      {open ? (
        <fieldset className="locks-panel" id={panelId} data-testid="locks-panel">
          <legend>Stop teams changing</legend>
          {LOCKABLE_PHASES.map((phase) => (
            <label key={phase} className="locks-choice">
              <input
                type="checkbox"
                checked={locks.includes(phase)}
                onChange={(event) => void send({ type: 'lock/set', phase, locked: event.target.checked })}
              />
              Lock {lockedWorkName(phase)}
            </label>
          ))}
          <p className="locks-hint muted">You can still change locked work yourself.</p>
        </fieldset>
      ) : null}
    </div>
  );
}
