/**
 * The facilitator's two numbers for the dot vote: each person's budget and
 * the most dots one person may put on a single fix. The host refuses limits
 * that would strand dots already cast; the reason shows under the button.
 */
import { useId, useState, type FormEvent } from 'react';
import type { ClientCommand } from '../../../shared/commands';
import type { VotingSettings as Settings } from '../../../shared/model';
import { Button, TextField } from '../../ui';
import type { DispatchOutcome } from '../screen-props';
import { parseSetting } from './voting-logic';

interface VotingSettingsProps {
  readonly settings: Settings;
  readonly dispatch: (command: ClientCommand) => Promise<DispatchOutcome>;
}

export function VotingSettings({ settings, dispatch }: VotingSettingsProps) {
  const [budget, setBudget] = useState(String(settings.budget));
  const [maxPerFix, setMaxPerFix] = useState(String(settings.maxPerFix));
  const [errors, setErrors] = useState<{ budget?: string; maxPerFix?: string }>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const headingId = useId();
  // When the rules change elsewhere (another window, Undo), show the new ones.
  const [seen, setSeen] = useState({ budget: settings.budget, maxPerFix: settings.maxPerFix });
  if (seen.budget !== settings.budget || seen.maxPerFix !== settings.maxPerFix) {
    setSeen({ budget: settings.budget, maxPerFix: settings.maxPerFix });
    setBudget(String(settings.budget));
    setMaxPerFix(String(settings.maxPerFix));
    setErrors({});
  }
  const changed = budget.trim() !== String(settings.budget) || maxPerFix.trim() !== String(settings.maxPerFix);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const b = parseSetting(budget, 'a budget');
    const m = parseSetting(maxPerFix, 'the most per fix');
    setErrors({ budget: b.ok ? undefined : b.message, maxPerFix: m.ok ? undefined : m.message });
    if (!b.ok || !m.ok) return;
    const outcome = await dispatch({ type: 'voting/configure', budget: b.value, maxPerFix: m.value });
    setRefusal(outcome.ok ? null : outcome.message);
    setSaved(outcome.ok);
  }

  return (
    <form className="vote-panel vote-settings" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={headingId}>
      <h3 id={headingId} className="vote-panel-heading">
        Dots
      </h3>
      <div className="vote-settings-fields">
        <TextField
          label="Dots per person"
          inputMode="numeric"
          value={budget}
          error={errors.budget}
          onChange={(e) => {
            setBudget(e.target.value);
            setSaved(false);
          }}
        />
        <TextField
          label="Most on one fix"
          inputMode="numeric"
          value={maxPerFix}
          error={errors.maxPerFix}
          onChange={(e) => {
            setMaxPerFix(e.target.value);
            setSaved(false);
          }}
        />
      </div>
      <div className="vote-settings-actions">
        <Button type="submit" size="sm" disabled={!changed}>
          Save dot rules
        </Button>
        {saved && !changed && (
          <span className="vote-saved" role="status">
            Saved.
          </span>
        )}
      </div>
      {refusal && (
        <p className="vote-refusal" role="alert">
          {refusal}
        </p>
      )}
    </form>
  );
}
