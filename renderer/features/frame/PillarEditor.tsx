/**
 * Editing the framework's pillars and weights on the Frame screen: rename,
 * describe, reorder and remove pillars, add the room's own, and set each
 * pillar's share of the overall index with a live total that must reach 100.
 * The host refuses bad input (a duplicate name, weights off 100) with a
 * sentence, shown beside the control that caused it.
 */
import { useState } from 'react';
import type { ClientCommand } from '../../../shared/commands';
import type { Framework } from '../../../shared/model';
import { Button, CommitField, DownIcon, UpIcon } from '../../ui';
import { equalWeights, researchWeights, weightTotal } from './weights';
import './pillar-editor.css';

export interface PillarEditorProps {
  readonly framework: Framework;
  /** Sends a command; resolves with the refusal to show, or null when done. */
  readonly send: (command: ClientCommand) => Promise<string | null>;
}

export function PillarEditor({ framework, send }: PillarEditorProps) {
  const { pillars } = framework;
  const saved = Object.fromEntries(pillars.map((p) => [p.id, p.weight]));
  // Drafts until saved; a key on the saved weights (below) resets them when the workshop changes.
  const [drafts, setDrafts] = useState<Record<string, string>>(() =>
    Object.fromEntries(pillars.map((p) => [p.id, trimNumber(p.weight)])),
  );
  const [weightError, setWeightError] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const numbers = Object.fromEntries(pillars.map((p) => [p.id, Number(drafts[p.id] ?? saved[p.id] ?? 0)]));
  const total = weightTotal(numbers);
  const changed = pillars.some((p) => numbers[p.id] !== p.weight);
  const research = researchWeights(pillars);

  function fill(weights: Readonly<Record<string, number>>) {
    setDrafts(Object.fromEntries(Object.entries(weights).map(([id, w]) => [id, trimNumber(w)])));
    setWeightError(null);
  }

  async function saveWeights() {
    const refusal = await send({ type: 'framework/set-weights', weights: numbers });
    setWeightError(refusal);
  }

  async function addPillar() {
    const refusal = await send({ type: 'pillar/add', name: newName });
    setAddError(refusal);
    if (!refusal) setNewName('');
  }

  return (
    <div className="pillar-editor" data-testid="pillar-editor">
      <h3 className="pillar-editor-title">Pillars and weights in the overall index</h3>
      <table className="pillar-editor-table">
        <thead>
          <tr>
            <th scope="col">Pillar</th>
            <th scope="col">Weight (%)</th>
            <th scope="col">
              <span className="visually-hidden">Order and removal</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {pillars.map((pillar, i) => (
            <tr key={pillar.id}>
              <td>
                <CommitField
                  label={`Name of pillar ${i + 1}`}
                  hideLabel
                  value={pillar.name}
                  onCommit={(name) => send({ type: 'pillar/rename', pillarId: pillar.id, name })}
                  data-testid={`pillar-name-${i}`}
                />
                <CommitField
                  label={`What ${pillar.name} means for the customer`}
                  hideLabel
                  value={pillar.summary}
                  placeholder="What this pillar means for the customer (one line)"
                  onCommit={(summary) => send({ type: 'pillar/describe', pillarId: pillar.id, summary })}
                  className="pillar-summary"
                  data-testid={`pillar-summary-${i}`}
                />
              </td>
              <td>
                <input
                  type="number"
                  min={0}
                  max={100}
                  step={1}
                  className="pillar-weight"
                  aria-label={`Weight of ${pillar.name}, percent`}
                  value={drafts[pillar.id] ?? ''}
                  onChange={(e) => setDrafts({ ...drafts, [pillar.id]: e.target.value })}
                  data-testid={`pillar-weight-${i}`}
                />
              </td>
              <td className="pillar-editor-actions">
                <Button size="sm" variant="ghost" aria-label={`Move ${pillar.name} up`} disabled={i === 0}
                  onClick={() => void send({ type: 'pillar/move', pillarId: pillar.id, toIndex: i - 1 })}>
                  <UpIcon />
                </Button>
                <Button size="sm" variant="ghost" aria-label={`Move ${pillar.name} down`} disabled={i === pillars.length - 1}
                  onClick={() => void send({ type: 'pillar/move', pillarId: pillar.id, toIndex: i + 1 })}>
                  <DownIcon />
                </Button>
                <Button size="sm" variant="ghost" disabled={pillars.length === 1} aria-label={`Remove ${pillar.name}`}
                  onClick={() => void send({ type: 'pillar/remove', pillarId: pillar.id })}>
                  Remove
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={`pillar-total${Math.abs(total - 100) > 0.01 ? ' pillar-total-off' : ''}`} data-testid="weight-total" aria-live="polite">
        Total: {trimNumber(total)} %{Math.abs(total - 100) > 0.01 ? ' — the weights need to add up to 100 %.' : ''}
      </p>
      {weightError && (
        <p className="pillar-error" role="alert" data-testid="weight-error">
          {weightError}
        </p>
      )}
      <div className="pillar-editor-buttons">
        <Button variant="primary" disabled={!changed} onClick={() => void saveWeights()} data-testid="save-weights">
          Save weights
        </Button>
        <Button onClick={() => fill(equalWeights(pillars))}>Equal weights</Button>
        {research && (
          <Button onClick={() => fill(research)} title="Personalisation 30 %, the other pillars share the rest equally">
            Research default
          </Button>
        )}
      </div>
      <form
        className="pillar-add"
        onSubmit={(e) => {
          e.preventDefault();
          void addPillar();
        }}
      >
        <label>
          New pillar
          <input value={newName} onChange={(e) => setNewName(e.target.value)} data-testid="new-pillar-name" />
        </label>
        <Button type="submit" disabled={newName.trim() === ''}>
          Add pillar
        </Button>
        {addError && (
          <span className="pillar-error" role="alert">
            {addError}
          </span>
        )}
      </form>
    </div>
  );
}

/** 14 → "14", 16.666… → "16.67". */
function trimNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}
