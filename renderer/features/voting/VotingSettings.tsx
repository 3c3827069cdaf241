/**
 * The rules of the vote: dots per person, most on one fix, whether a team
 * may vote for its own fixes, and whether results stay secret until the
 * reveal. Once a dot is down the rules are locked (a vote counted under two
 * sets of rules would be unfair); "Reset the vote…" clears every dot first.
 */
import { useId, useState, type FormEvent } from 'react';
import type { ClientCommand } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { dotsByFix, votingStarted } from '../../../shared/selectors';
import { Button, ConfirmDialog, TextField } from '../../ui';
import type { DispatchOutcome } from '../common/screen-props';
import { LockNote } from './LockNote';
import { dotsWord, parseSetting } from './voting-logic';
import './vote-panel.css';
import './voting-settings.css';

interface VotingSettingsProps {
  readonly workshop: Workshop;
  readonly dispatch: (command: ClientCommand) => Promise<DispatchOutcome>;
}

export function VotingSettings({ workshop, dispatch }: VotingSettingsProps) {
  const settings = workshop.voting;
  const locked = votingStarted(workshop);
  const runoff = settings.runoffs[settings.runoffs.length - 1];
  const [budget, setBudget] = useState(String(settings.budget));
  const [maxPerFix, setMaxPerFix] = useState(String(settings.maxPerFix));
  const [errors, setErrors] = useState<{ budget?: string; maxPerFix?: string }>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [resetting, setResetting] = useState(false);
  const headingId = useId();
  // When the rules change elsewhere (another window, Undo, a reset), show the new ones.
  const [seen, setSeen] = useState({ budget: settings.budget, maxPerFix: settings.maxPerFix });
  if (seen.budget !== settings.budget || seen.maxPerFix !== settings.maxPerFix) {
    setSeen({ budget: settings.budget, maxPerFix: settings.maxPerFix });
    setBudget(String(settings.budget));
    setMaxPerFix(String(settings.maxPerFix));
    setErrors({});
  }
  const changed = budget.trim() !== String(settings.budget) || maxPerFix.trim() !== String(settings.maxPerFix);

  async function send(command: Extract<ClientCommand, { type: 'voting/configure' }>) {
    const outcome = await dispatch(command);
    setRefusal(outcome.ok ? null : outcome.message);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const b = parseSetting(budget, 'the dots per person');
    const m = parseSetting(maxPerFix, 'the most on one fix');
    setErrors({ budget: b.ok ? undefined : b.message, maxPerFix: m.ok ? undefined : m.message });
    if (b.ok && m.ok) void send({ type: 'voting/configure', budget: b.value, maxPerFix: m.value });
  }

  return (
    <form className="vote-panel vote-settings" onSubmit={onSubmit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId} className="vote-panel-heading">
        Rules of the vote
      </h3>
      {locked && (
        <LockNote testId="settings-locked">Locked while the vote is on, so every dot counts under the same rules.</LockNote>
      )}
      <fieldset className="vote-settings-fields" disabled={locked}>
        <TextField
          label="Dots per person"
          inputMode="numeric"
          value={budget}
          error={errors.budget}
          onChange={(e) => setBudget(e.target.value)}
        />
        <TextField
          label="Most on one fix"
          inputMode="numeric"
          value={maxPerFix}
          error={errors.maxPerFix}
          onChange={(e) => setMaxPerFix(e.target.value)}
        />
        <label className="vote-check">
          <input
            type="checkbox"
            checked={settings.ownTeamVoting}
            onChange={(e) => void send({ type: 'voting/configure', ownTeamVoting: e.target.checked })}
          />
          Teams may vote for their own fixes
        </label>
        <label className="vote-check">
          <input
            type="checkbox"
            checked={settings.secret}
            onChange={(e) => void send({ type: 'voting/configure', secret: e.target.checked })}
          />
          Keep results secret until I reveal them
        </label>
      </fieldset>
      {runoff && (
        <p className="vote-muted" data-testid="runoff-rules">
          The runoff open now has its own rules: {dotsWord(runoff.budget)} each, at most {runoff.maxPerFix} on one fix.
        </p>
      )}
      {!locked && changed && (
        <div className="vote-settings-actions">
          <Button type="submit" size="sm" variant="primary">
            Save dot rules
          </Button>
        </div>
      )}
      {locked && (
        <Button size="sm" variant="danger" className="vote-reset" onClick={() => setResetting(true)}>
          Reset the vote…
        </Button>
      )}
      {refusal && (
        <p className="vote-refusal" role="alert">
          {refusal}
        </p>
      )}
      {resetting && (
        <ConfirmDialog
          title="Reset the vote?"
          message={<p>{resetMessage(workshop)}</p>}
          confirmLabel="Reset the vote"
          danger
          onConfirm={async () => {
            const outcome = await dispatch({ type: 'voting/reset' });
            setRefusal(outcome.ok ? null : outcome.message);
            setResetting(false);
          }}
          onCancel={() => setResetting(false)}
        />
      )}
    </form>
  );
}

/** Says exactly what a reset clears: every dot of every round, and any runoffs. */
export function resetMessage(workshop: Workshop): string {
  let dots = 0;
  for (let round = 0; round <= workshop.voting.runoffs.length; round++) {
    for (const n of dotsByFix(workshop, round).values()) dots += n;
  }
  const runoffs = workshop.voting.runoffs.length;
  const extra = runoffs > 0 ? ` and ${runoffs === 1 ? 'the runoff' : `${runoffs} runoffs`}` : '';
  return `This clears ${dotsWord(dots)}${extra}, so the rules can change. Everyone votes again. Undo brings the dots back.`;
}
