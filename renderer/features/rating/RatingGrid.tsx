/**
 * The touchpoints × pillars table. Only the active cell is in the tab order
 * (a roving tabindex), so Tab enters and leaves the grid in one step and the
 * arrow keys move inside it.
 */
import type { KeyboardEvent, RefObject } from 'react';
import type { Id, Pillar, Team } from '../../../shared/model';
import { intentForKey, type CellIntent, type GridPosition } from './rating-keys';
import { cellLabel, cellText, type CellValue, type StageRows } from './rating-rows';
import { valueLabel } from './scale';
import { cellColours } from './rating-format';
import { useScoreLook } from '../../ui';

interface RatingGridProps {
  readonly groups: readonly StageRows[];
  readonly pillars: readonly Pillar[];
  readonly scoreOf: (touchpointId: Id, pillarId: Id) => CellValue;
  /** The team that placed a card, when the grid shows several teams' cards; undefined hides the marker. */
  readonly ownerOf: (teamId: Id) => Team | undefined;
  readonly active: GridPosition;
  /** The cell whose last change was refused, marked so the message reads against it. */
  readonly invalidAt: GridPosition | null;
  readonly cellRefs: RefObject<Map<string, HTMLButtonElement>>;
  readonly onFocusCell: (pos: GridPosition) => void;
  readonly onIntent: (pos: GridPosition, intent: CellIntent) => void;
}

export function RatingGrid(props: RatingGridProps) {
  const { groups, pillars, scoreOf, ownerOf, active, invalidAt, cellRefs, onFocusCell, onIntent } = props;
  // The first row number of each stage group, so every cell knows its place in the whole grid.
  const firstRows = groups.map((_, i) => groups.slice(0, i).reduce((sum, g) => sum + g.touchpoints.length, 0));
  const look = useScoreLook();

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, pos: GridPosition) {
    const intent = intentForKey(event);
    if (!intent) return;
    event.preventDefault();
    onIntent(pos, intent);
  }

  return (
    <div className="rating-grid-scroll">
      <table className="rating-grid">
        <caption className="visually-hidden">
          Ratings of each touchpoint against each pillar. Type 1 to 5 to rate, 0 or N for not applicable,
          Delete to clear, arrow keys to move.
        </caption>
        <thead>
          <tr>
            <th scope="col" className="rating-corner">
              Touchpoint
            </th>
            {pillars.map((pillar) => (
              <th key={pillar.id} scope="col" title={pillar.summary} className="rating-pillar-head">
                {pillar.name}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group, groupIndex) => (
          <tbody key={group.stage.id}>
            <tr className="rating-stage-row">
              <th scope="colgroup" colSpan={pillars.length + 1}>
                {group.stage.name}
              </th>
            </tr>
            {group.touchpoints.map((touchpoint, i) => {
              const row = (firstRows[groupIndex] ?? 0) + i;
              const owner = ownerOf(touchpoint.teamId);
              return (
                <tr key={touchpoint.id}>
                  <th scope="row" className="rating-touchpoint">
                    {owner && (
                      <span
                        className="rating-owner"
                        style={{ background: owner.color }}
                        title={`Placed by ${owner.name}`}
                        aria-label={`Placed by ${owner.name}`}
                        role="img"
                      />
                    )}
                    {touchpoint.momentOfTruth && (
                      <span className="rating-mot" title="Moment of truth" aria-label="Moment of truth">
                        ★
                      </span>
                    )}
                    {touchpoint.title}
                  </th>
                  {pillars.map((pillar, col) => {
                    const value = scoreOf(touchpoint.id, pillar.id);
                    const isActive = active.row === row && active.col === col;
                    const isInvalid = invalidAt?.row === row && invalidAt.col === col;
                    const pos = { row, col };
                    return (
                      <td key={pillar.id} className="rating-cell-wrap">
                        <button
                          type="button"
                          data-testid="rating-cell"
                          className={`rating-cell${emptyClass(value)}`}
                          style={cellColours(value, look)}
                          tabIndex={isActive ? 0 : -1}
                          aria-label={cellLabel(touchpoint.title, pillar.name, value, valueLabel(value))}
                          aria-invalid={isInvalid || undefined}
                          aria-describedby={isActive ? 'rating-hint-meaning' : undefined}
                          // A phone stacks a row's cells under its touchpoint and names each cell's pillar (rating.css).
                          data-pillar={pillar.name}
                          ref={(el) => {
                            const key = `${row}:${col}`;
                            if (el) cellRefs.current.set(key, el);
                            else cellRefs.current.delete(key);
                          }}
                          onFocus={() => onFocusCell(pos)}
                          // A tap does not focus a button in every phone browser (Safari): the tap chooses the cell too.
                          onClick={() => onFocusCell(pos)}
                          onKeyDown={(event) => onKeyDown(event, pos)}
                        >
                          {cellText(value)}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}

/** A cell without a score has its own look (rating.css); a score's colours come from the shared scale, inline. */
function emptyClass(value: CellValue): string {
  if (value === undefined) return ' rating-value-none';
  if (value === null) return ' rating-value-na';
  return '';
}
