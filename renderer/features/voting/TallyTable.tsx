/**
 * Tally mode: the facilitator types in how many dots each fix got on the
 * wall. A count is sent when they press Enter or leave the field; ↑ and ↓
 * move between fixes, so a whole wall goes in without the mouse. A refused
 * count stays in its field, with the reason beside it.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import type { ClientCommand } from '../../../shared/commands';
import type { Id, Workshop } from '../../../shared/model';
import { openRound, roundCandidates, roundRules, tallyVoters, votingStarted } from '../../../shared/selectors';
import type { DispatchOutcome } from '../common/screen-props';
import { dotsWord, parseWhole, roundName } from './voting-logic';
import './vote-panel.css';
import './tally-table.css';

interface TallyTableProps {
  readonly workshop: Workshop;
  readonly dispatch: (command: ClientCommand) => Promise<DispatchOutcome>;
}

export function TallyTable({ workshop, dispatch }: TallyTableProps) {
  const round = openRound(workshop);
  const fixes = roundCandidates(workshop, round);
  const rules = roundRules(workshop, round);
  const voters = tallyVoters(workshop);
  const counted = new Map(workshop.tallies.filter((t) => t.round === round).map((t) => [t.fixId, t.dots]));
  let total = 0;
  for (const dots of counted.values()) total += dots;
  const most = voters * rules.budget;

  return (
    <section className="vote-panel vote-tally" aria-labelledby="tally-heading" data-testid="tally">
      <header className="vote-header vote-header-block">
        <div>
          <h3 id="tally-heading" className="vote-panel-heading">
            {workshop.voting.runoffs.length > 0 ? roundName(workshop) : 'Dots counted on the wall'}
          </h3>
          <p className="vote-muted">
            Type each fix&rsquo;s dots and press Enter; ↑ and ↓ move between fixes. Each person has{' '}
            {dotsWord(rules.budget)} here, at most {rules.maxPerFix} on one fix.
          </p>
        </div>
        <RoomSize workshop={workshop} dispatch={dispatch} />
      </header>
      <table className="vote-tally-table">
        <thead>
          <tr>
            <th scope="col">Fix</th>
            <th scope="col" className="vote-tally-count-head">
              Dots counted
            </th>
          </tr>
        </thead>
        <tbody>
          {fixes.map((fix, i) => (
            <TallyRow
              key={`${fix.id}:${round}`}
              title={fix.title}
              fixId={fix.id}
              row={i}
              saved={counted.get(fix.id) ?? 0}
              round={round}
              dispatch={dispatch}
            />
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td className={`vote-tally-total${total > most ? ' vote-tally-over' : ''}`} data-testid="tally-total">
              {total} of at most {dotsWord(most)}
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

interface TallyRowProps {
  readonly title: string;
  readonly fixId: Id;
  readonly row: number;
  readonly saved: number;
  readonly round: number;
  readonly dispatch: (command: ClientCommand) => Promise<DispatchOutcome>;
}

function TallyRow({ title, fixId, row, saved, round, dispatch }: TallyRowProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const id = useId();
  const shown = draft ?? (saved === 0 ? '' : String(saved));

  async function commit() {
    if (draft === null) return;
    const text = draft.trim() === '' ? '0' : draft;
    const parsed = parseWhole(text, 'the dots counted', 0, 25000);
    if (!parsed.ok) {
      setRefusal(parsed.message);
      return;
    }
    if (parsed.value === saved) {
      setDraft(null);
      setRefusal(null);
      return;
    }
    const outcome = await dispatch({ type: 'vote/tally', fixId, dots: parsed.value, round });
    setRefusal(outcome.ok ? null : outcome.message);
    if (outcome.ok) setDraft(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      void commit();
      return;
    }
    if (event.key === 'Escape') {
      setDraft(null);
      setRefusal(null);
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const next = document.querySelector<HTMLInputElement>(`[data-tally-row="${row + (event.key === 'ArrowDown' ? 1 : -1)}"]`);
    next?.focus();
    next?.select();
  }

  return (
    <tr data-testid="tally-row">
      <th scope="row" className="vote-tally-fix">
        <label htmlFor={id}>{title}</label>
      </th>
      <td>
        <div className="vote-tally-cell">
          <input
            id={id}
            className="field-input vote-tally-input"
            inputMode="numeric"
            value={shown}
            placeholder="0"
            data-tally-row={row}
            aria-invalid={refusal ? true : undefined}
            aria-describedby={refusal ? `${id}-refusal` : undefined}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={() => void commit()}
            onKeyDown={onKeyDown}
          />
          {refusal && (
            <span id={`${id}-refusal`} className="vote-refusal vote-tally-refusal" role="alert">
              {refusal}
            </span>
          )}
        </div>
      </td>
    </tr>
  );
}

/** How many people put dots on the wall; bounds every count. Fixed once counting starts. */
function RoomSize({ workshop, dispatch }: TallyTableProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const id = useId();
  const locked = votingStarted(workshop);
  const current = tallyVoters(workshop);

  async function commit() {
    if (draft === null) return;
    const parsed = parseWhole(draft, 'the number of people voting', 1, 500);
    if (!parsed.ok) {
      setRefusal(parsed.message);
      return;
    }
    const outcome = await dispatch({ type: 'voting/configure', tallyVoters: parsed.value });
    setRefusal(outcome.ok ? null : outcome.message);
    if (outcome.ok) setDraft(null);
  }

  return (
    <div className="vote-room-size">
      <label htmlFor={id} className="field-label">
        People voting
      </label>
      <input
        id={id}
        className="field-input"
        inputMode="numeric"
        value={draft ?? String(current)}
        disabled={locked}
        title={locked ? 'Fixed once counting has started. Reset the vote to change it.' : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void commit();
        }}
        data-testid="room-size"
      />
      {refusal && (
        <span className="vote-refusal" role="alert">
          {refusal}
        </span>
      )}
    </div>
  );
}
