/**
 * Which pillars the room rates against: the six pillars (the default) or
 * the four-pillar variant, each shown with what its pillars mean so the
 * facilitator can choose knowingly.
 */
import { useState } from 'react';
import { FRAMEWORK_PRESETS } from '../../../shared/commands';
import { frameworkPreset, type FrameworkPreset } from '../../../shared/frameworks';
import type { ClientCommand } from '../../../shared/commands';
import type { Framework } from '../../../shared/model';
import { PillarEditor } from './PillarEditor';

export interface FrameworkPickerProps {
  readonly current: Framework;
  /** Ratings given so far; switching keeps them. */
  readonly ratingCount: number;
  readonly onChoose: (preset: FrameworkPreset) => Promise<void>;
  /** Sends a pillar or weight command; resolves with the refusal, or null. Without it the pillars are read-only. */
  readonly send?: (command: ClientCommand) => Promise<string | null>;
}

export function FrameworkPicker({ current, ratingCount, onChoose, send }: FrameworkPickerProps) {
  const presets = FRAMEWORK_PRESETS.map((preset) => ({ preset, framework: frameworkPreset(preset) }));
  const isPreset = presets.some(({ framework }) => framework.id === current.id);
  // The choice shows at once; the workshop catches up when the host has applied it.
  const [choosing, setChoosing] = useState<FrameworkPreset | null>(null);
  return (
    <section className="frame-section frame-framework" aria-labelledby="frame-framework-title">
      <h2 id="frame-framework-title">Pillars to rate against</h2>
      {ratingCount > 0 ? (
        <p className="muted">
          Switching keeps every rating given so far; ratings of pillars the new choice lacks are kept but not counted.
        </p>
      ) : null}
      {!isPreset ? <p>This workshop uses its own framework: {current.name}.</p> : null}
      <div className="framework-options" role="radiogroup" aria-labelledby="frame-framework-title">
        {presets.map(({ preset, framework }) => {
          const chosen = choosing === null ? framework.id === current.id : choosing === preset;
          return (
            <label key={preset} className={`framework-option${chosen ? ' framework-chosen' : ''}`}>
              <span className="framework-head">
                <input
                  type="radio"
                  name="framework"
                  value={preset}
                  checked={chosen}
                  onChange={() => {
                    setChoosing(preset);
                    void onChoose(preset).finally(() => setChoosing(null));
                  }}
                  data-testid={`framework-${preset}`}
                />
                <strong>{framework.name}</strong>
                {preset === 'six-pillars' ? <span className="framework-default">Default</span> : null}
              </span>
              <ul className="pillar-list">
                {framework.pillars.map((pillar) => (
                  <li key={pillar.id}>
                    <strong>{pillar.name}</strong> <span className="muted">— {pillar.summary}</span>
                  </li>
                ))}
              </ul>
            </label>
          );
        })}
      </div>
      {send ? (
        <PillarEditor
          key={current.pillars.map((p) => `${p.id}:${p.weight}`).join('|')}
          framework={current}
          send={send}
        />
      ) : null}
    </section>
  );
}
