/**
 * A 1–5 choice as a row of radio buttons: one Tab stop, arrow keys to change,
 * and every level visible at once so the room can call out a number.
 */
import { useId } from 'react';

interface LevelPickerProps {
  readonly legend: string;
  /** Words for 1…5 (index 0 unused), read with the number. */
  readonly words: readonly string[];
  readonly value: number;
  readonly onChange: (level: number) => void;
}

const LEVELS = [1, 2, 3, 4, 5] as const;

export function LevelPicker({ legend, words, value, onChange }: LevelPickerProps) {
  const name = useId();
  return (
    <fieldset className="fix-level">
      <legend className="fix-label">
        {legend} <span className="fix-level-word">— {words[value] ?? ''}</span>
      </legend>
      <div className="fix-level-options">
        {LEVELS.map((level) => (
          <label key={level} className="fix-level-option" title={words[level]}>
            <input
              type="radio"
              name={name}
              value={level}
              checked={value === level}
              onChange={() => onChange(level)}
              aria-label={`${level} (${words[level] ?? ''})`}
            />
            <span aria-hidden="true">{level}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
