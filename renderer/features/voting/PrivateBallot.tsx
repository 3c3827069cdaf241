/**
 * One person's private ballot: only the fixes of the open round and their
 * own dots, a − and + per fix (Tab to a fix, then the buttons or − / +
 * keys), how many dots are left, and "Confirm my vote", which sends the
 * whole ballot as one ballot/cast. Nothing is sent before that, so going
 * back or leaving the page with dots placed asks first: they would be lost.
 */
import { useState, type KeyboardEvent } from 'react';
import type { Id, Participant, Workshop } from '../../../shared/model';
import { Button, ConfirmDialog } from '../../ui';
import { ballotView, draftTotal, sameDraft, step, type Draft } from './ballot-logic';
import { useLeaveGuard } from './seal/use-leave-guard';
import { dotsWord, roundName, teamName } from './voting-logic';
import './vote-panel.css';
import './private-ballot.css';

interface PrivateBallotProps {
  readonly workshop: Workshop;
  readonly participant: Participant;
  /** Sends the ballot; resolves with the refusal, or null when counted. */
  readonly onConfirm: (draft: Draft, round: number) => Promise<string | null>;
  readonly onCancel: () => void;
  /** The dots to start from: on a person's own device, what they gave before (a ballot replaces it whole). */
  readonly initial?: Draft;
}

export const GONE_MESSAGE =
  'A fix you put dots on was deleted while you were voting, so those dots are back for you to spend. Check your ballot, then confirm.';

export function PrivateBallot({ workshop, participant, onConfirm, onCancel, initial }: PrivateBallotProps) {
  const [draft, setDraft] = useState<Draft>(() => new Map(initial ?? []));
  const [refusal, setRefusal] = useState<{ readonly fixId: Id | null; readonly message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [askLeave, setAskLeave] = useState(false);
  const view = ballotView(workshop, participant);
  // Only fixes still in the round count: a fix deleted meanwhile gives its dots back at once.
  const live: Draft = new Map([...draft].filter(([id]) => view.fixes.some((f) => f.fix.id === id)));
  const lostSome = live.size < draft.size;
  const used = draftTotal(live);
  const left = view.rules.budget - used;
  // Dots placed here and not yet confirmed; on one's own device, a change from the ballot already counted.
  const unsent = !sameDraft(live, initial ?? new Map());
  useLeaveGuard(unsent);

  function goBack() {
    if (unsent) setAskLeave(true);
    else onCancel();
  }

  function change(fixId: Id, delta: 1 | -1) {
    const result = step(live, fixId, delta, view.rules);
    if (result.ok) {
      setDraft(result.draft);
      setRefusal(null);
    } else setRefusal({ fixId, message: result.message });
  }

  async function confirm() {
    setBusy(true);
    const message = await onConfirm(live, view.round);
    setBusy(false);
    if (message) setRefusal({ fixId: null, message });
  }

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>, fixId: Id) {
    if (event.key === '+' || event.key === '=' || event.key === 'ArrowRight') change(fixId, 1);
    else if (event.key === '-' || event.key === 'ArrowLeft') change(fixId, -1);
    else return;
    event.preventDefault();
  }

  return (
    <section className="vote-ballot" aria-labelledby="ballot-heading" data-testid="private-ballot">
      <header className="vote-header vote-header-block vote-ballot-header">
        <div>
          <p className="vote-muted vote-ballot-round">{roundName(workshop)}</p>
          <h2 id="ballot-heading" className="vote-ballot-name">
            {participant.name}&rsquo;s ballot <span className="vote-muted">· {teamName(workshop, participant.teamId)}</span>
          </h2>
          <p className="vote-muted">
            Spend up to {dotsWord(view.rules.budget)}, at most {view.rules.maxPerFix} on any one fix.
          </p>
        </div>
        <p className={`vote-left${left === 0 ? ' vote-left-none' : ''}`} aria-live="polite" data-testid="dots-left">
          <span className="vote-left-number">{left}</span> {left === 1 ? 'dot' : 'dots'} left
        </p>
      </header>
      <ul className="vote-ballot-list">
        {view.fixes.map(({ fix, unavailable }) => {
          const mine = live.get(fix.id) ?? 0;
          return (
            <li
              key={fix.id}
              className={`vote-ballot-item${mine > 0 ? ' vote-ballot-item-chosen' : ''}${unavailable ? ' vote-ballot-item-off' : ''}`}
              onKeyDown={(e) => (unavailable ? undefined : onKeyDown(e, fix.id))}
              data-testid="ballot-fix"
            >
              <div className="vote-ballot-text">
                <span className="vote-ballot-title">{fix.title}</span>
                {unavailable && <span className="vote-ballot-off">{unavailable}</span>}
              </div>
              {!unavailable && (
                <span className="vote-stepper" role="group" aria-label={`Dots on “${fix.title}”`}>
                  <button
                    type="button"
                    className="vote-step vote-focus"
                    aria-label={`Take a dot off “${fix.title}”`}
                    disabled={mine === 0}
                    onClick={() => change(fix.id, -1)}
                  >
                    −
                  </button>
                  <span className="vote-step-count" data-testid="fix-dots">
                    {mine}
                  </span>
                  <button
                    type="button"
                    className="vote-step vote-focus"
                    aria-label={`Put a dot on “${fix.title}”`}
                    onClick={() => change(fix.id, 1)}
                  >
                    +
                  </button>
                </span>
              )}
              {refusal?.fixId === fix.id && (
                <p className="vote-refusal vote-ballot-refusal" role="alert">
                  {refusal.message}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <footer className="vote-ballot-footer">
        {lostSome && (
          <p className="vote-refusal" role="alert" data-testid="fix-gone">
            {GONE_MESSAGE}
          </p>
        )}
        {refusal?.fixId === null && (
          <p className="vote-refusal" role="alert">
            {refusal.message}
          </p>
        )}
        <Button onClick={goBack} disabled={busy}>
          Not me — go back
        </Button>
        <Button variant="primary" className="vote-confirm" onClick={() => void confirm()} disabled={busy || used === 0}>
          Confirm my vote ({dotsWord(used)})
        </Button>
      </footer>
      {askLeave && (
        <ConfirmDialog
          title="Leave without voting?"
          message={<p>Your dots are not counted yet. Going back drops them.</p>}
          confirmLabel="Leave without voting"
          cancelLabel="Keep voting"
          danger
          onConfirm={() => {
            setAskLeave(false);
            onCancel();
          }}
          onCancel={() => setAskLeave(false)}
        />
      )}
    </section>
  );
}
