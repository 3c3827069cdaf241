/**
 * How the dots reach the app, chosen before the first dot: everyone in turn
 * on this laptop, or the facilitator counting stickers on the wall. Once the
 * vote has started the screen shows the choice instead of offering it.
 */
import type { ClientCommand } from '../../../shared/commands';
import type { VotingMode, Workshop } from '../../../shared/model';
import type { DispatchOutcome } from '../common/screen-props';
import './vote-panel.css';
import './mode-choice.css';

const MODES: readonly { readonly mode: VotingMode; readonly title: string; readonly text: string }[] = [
  {
    mode: 'ballot',
    title: 'Ballots on this laptop',
    text: 'Each person in turn opens their own ballot, spends their dots and passes the laptop on.',
  },
  {
    mode: 'tally',
    title: 'Count from the wall',
    text: 'People put sticky dots on the printed fixes; you type in how many each fix got.',
  },
];

interface ModeChoiceProps {
  readonly workshop: Workshop;
  readonly dispatch: (command: ClientCommand) => Promise<DispatchOutcome>;
  readonly onRefused: (message: string) => void;
}

export function ModeChoice({ workshop, dispatch, onRefused }: ModeChoiceProps) {
  const current = workshop.voting.mode;

  async function choose(mode: VotingMode) {
    if (mode === current) return;
    const outcome = await dispatch({ type: 'voting/configure', mode });
    if (!outcome.ok) onRefused(outcome.message);
  }

  return (
    <div className="vote-modes" role="radiogroup" aria-label="How people vote" data-testid="vote-modes">
      {MODES.map(({ mode, title, text }) => {
        const chosen = mode === current;
        return (
          <button
            key={mode}
            type="button"
            role="radio"
            aria-checked={chosen}
            className={`vote-mode vote-focus${chosen ? ' vote-mode-chosen' : ''}`}
            onClick={() => void choose(mode)}
          >
            <span className="vote-mode-title">{title}</span>
            <span className="vote-mode-text">{text}</span>
          </button>
        );
      })}
    </div>
  );
}
