/**
 * The phases as a row of tabs (Frame, Map, Rate, …). Arrow keys move between
 * tabs as screen-reader users expect; choosing one shows its screen.
 */
import { useRef, type KeyboardEvent } from 'react';
import type { Phase } from '../../shared/model';
import { PHASE_TABS } from '../ui/phases';

export function tabId(phase: Phase): string {
  return `phase-tab-${phase}`;
}
export const PHASE_PANEL_ID = 'phase-panel';

export interface PhaseTabsProps {
  readonly current: Phase;
  readonly onChoose: (phase: Phase) => void;
}

export function PhaseTabs({ current, onChoose }: PhaseTabsProps) {
  const list = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const index = PHASE_TABS.findIndex((tab) => tab.phase === current);
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = (index + 1) % PHASE_TABS.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + PHASE_TABS.length) % PHASE_TABS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = PHASE_TABS.length - 1;
    const tab = next === null ? undefined : PHASE_TABS[next];
    if (!tab) return;
    event.preventDefault();
    onChoose(tab.phase);
    list.current?.querySelector<HTMLButtonElement>(`#${tabId(tab.phase)}`)?.focus();
  }

  return (
    <div className="phase-tabs" role="tablist" aria-label="Workshop phases" ref={list} onKeyDown={onKeyDown}>
      {PHASE_TABS.map((tab, i) => {
        const selected = tab.phase === current;
        return (
          <button
            key={tab.phase}
            id={tabId(tab.phase)}
            type="button"
            role="tab"
            className="phase-tab"
            aria-selected={selected}
            aria-controls={PHASE_PANEL_ID}
            tabIndex={selected ? 0 : -1}
            onClick={() => onChoose(tab.phase)}
          >
            <span className="phase-tab-number" aria-hidden="true">
              {i + 1}
            </span>
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
