/**
 * The bar under the grid: what the focused cell is, what its score means on
 * the shared scale, and buttons that do what the keys do — so the grid also
 * works with a mouse or a touch screen. A refused change is explained here,
 * right beside the choices.
 */
import type { Pillar, Touchpoint } from '../../../shared/model';
import { NOT_APPLICABLE, SCALE } from '../../../shared/frameworks';
import { CommitField } from '../../ui';
import type { CellIntent } from './rating-keys';
import type { CellValue } from './rating-rows';
import { valueLabel, valueMeaning } from './scale';

interface RatingHintBarProps {
  readonly touchpoint: Touchpoint;
  readonly pillar: Pillar;
  readonly value: CellValue;
  readonly refusal: string | null;
  readonly onChoose: (intent: Extract<CellIntent, { kind: 'set' | 'clear' }>) => void;
  /** The team's note on this rating; only a given rating can carry one. */
  readonly note: string;
  readonly onNote: (note: string) => Promise<string | null>;
}

export function RatingHintBar(props: RatingHintBarProps) {
  const { touchpoint, pillar, value, refusal, onChoose, note, onNote } = props;
  const label = valueLabel(value);
  return (
    <div className="rating-hint">
      <div className="rating-hint-text">
        <p className="rating-hint-where">
          <strong>{touchpoint.title}</strong> · <strong>{pillar.name}</strong>
          {': '}
          <span className="rating-hint-value">{currentValueText(value, label)}</span>
        </p>
        <p className="rating-hint-meaning" id="rating-hint-meaning">{valueMeaning(value)}</p>
        <p className="rating-hint-pillar">
          <span className="rating-hint-caption">{pillar.name}:</span> {pillar.summary}
        </p>
        {value !== undefined && (
          <CommitField
            key={`${touchpoint.id}:${pillar.id}`}
            label="Note (optional)"
            value={note}
            placeholder="Why this score? Press Enter to save."
            onCommit={onNote}
            className="rating-note"
            data-testid="rating-note"
          />
        )}
      </div>
      <div className="rating-picker" role="group" aria-label={`Rate ${touchpoint.title} on ${pillar.name}`}>
        {SCALE.map((point) => (
          <button
            key={point.score}
            type="button"
            className="rating-pick"
            aria-pressed={value === point.score}
            title={point.meaning}
            onClick={() => onChoose({ kind: 'set', score: point.score })}
          >
            <span className="rating-pick-score">{point.score}</span>
            <span className="rating-pick-label">{point.label}</span>
          </button>
        ))}
        <button
          type="button"
          className="rating-pick"
          aria-pressed={value === null}
          title={NOT_APPLICABLE.meaning}
          onClick={() => onChoose({ kind: 'set', score: null })}
        >
          <span className="rating-pick-score">N/A</span>
          <span className="rating-pick-label">Not applicable</span>
        </button>
        <button
          type="button"
          className="rating-pick rating-pick-clear"
          disabled={value === undefined}
          onClick={() => onChoose({ kind: 'clear' })}
        >
          <span className="rating-pick-score">✕</span>
          <span className="rating-pick-label">Clear</span>
        </button>
      </div>
      {refusal && (
        <p className="rating-refusal" role="alert">
          {refusal}
        </p>
      )}
      <p className="rating-keys" aria-hidden="true">
        Keys: <kbd>1</kbd>–<kbd>5</kbd> rate · <kbd>0</kbd> or <kbd>N</kbd> not applicable · <kbd>Delete</kbd> clear ·
        arrows move
      </p>
    </div>
  );
}

function currentValueText(value: CellValue, label: string | undefined): string {
  if (value === undefined) return 'not rated yet';
  if (value === null) return NOT_APPLICABLE.label;
  return label ? `${value} — ${label}` : String(value);
}
