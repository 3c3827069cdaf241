/**
 * The agenda on the Frame screen: the phases the room works through, in
 * order, with the minutes planned for each. The facilitator changes the
 * minutes, moves a phase up or down, leaves one out and adds it back; each
 * change sends the whole agenda, and the host's refusal (no phases left, a
 * phase with no minutes) shows under the list with nothing changed.
 */
import { useState } from 'react';
import type { ClientCommand } from '../../../shared/commands';
import { DEFAULT_AGENDA, type AgendaItem, type Phase } from '../../../shared/model';
import { phaseLabel } from '../../../shared/present/phase-words';
import { Button, CloseIcon, CommitField, DownIcon, PlusIcon, UpIcon } from '../../ui';
import { agendaProblem, durationWords, leftOut, moved, totalMinutes, typedMinutes, withMinutes, withoutPhase, withPhaseBack } from './agenda-edit';

export interface AgendaEditorProps {
  readonly agenda: readonly AgendaItem[];
  /** Sends a command; resolves with the host's refusal, or null when done. */
  readonly send: (command: ClientCommand, done?: string) => Promise<string | null>;
}

function usualMinutes(phase: Phase): number {
  return DEFAULT_AGENDA.find((item) => item.phase === phase)?.minutes ?? 15;
}

export function AgendaEditor({ agenda, send }: AgendaEditorProps) {
  const [problem, setProblem] = useState<string | null>(null);

  async function change(next: AgendaItem[], done: string): Promise<string | null> {
    const refusal = agendaProblem(next) ?? (await send({ type: 'agenda/set', agenda: next }, done));
    setProblem(refusal);
    return refusal;
  }

  return (
    <section className="frame-section" aria-labelledby="frame-agenda-title" data-testid="agenda-editor">
      <h2 id="frame-agenda-title">
        Agenda <span className="frame-count">({durationWords(totalMinutes(agenda))} in all)</span>
      </h2>
      <ol className="named-list" data-testid="agenda-list">
        {agenda.map((item, index) => {
          const label = phaseLabel(item.phase);
          return (
            <li key={item.phase} className="agenda-row" data-testid="agenda-row">
              <span className="named-index" aria-hidden="true">
                {index + 1}
              </span>
              <span className="agenda-phase">{label}</span>
              <CommitField
                label={`Minutes for ${label}`}
                hideLabel
                value={String(item.minutes)}
                validate={(text) => {
                  const typed = typedMinutes(text);
                  return typeof typed === 'string' ? typed : null;
                }}
                // A refused length shows under its own field, so the list's note is cleared rather than repeated.
                onCommit={async (text) => {
                  setProblem(null);
                  const next = withMinutes(agenda, item.phase, Number(text.trim()));
                  return agendaProblem(next) ?? (await send({ type: 'agenda/set', agenda: next }, `${label}: ${text.trim()} minutes.`));
                }}
                className="agenda-minutes"
              />
              <span className="agenda-unit" aria-hidden="true">
                min
              </span>
              <span className="named-buttons">
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Move ${label} earlier`}
                  title="Move earlier"
                  disabled={index === 0}
                  onClick={() => void change(moved(agenda, index, index - 1), `${label} moved earlier.`)}
                >
                  <UpIcon />
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Move ${label} later`}
                  title="Move later"
                  disabled={index === agenda.length - 1}
                  onClick={() => void change(moved(agenda, index, index + 1), `${label} moved later.`)}
                >
                  <DownIcon />
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  className="danger-text"
                  aria-label={`Leave ${label} out of the agenda`}
                  title="Leave out of the agenda"
                  onClick={() => void change(withoutPhase(agenda, item.phase), `${label} left out of the agenda.`)}
                >
                  <CloseIcon />
                </Button>
              </span>
            </li>
          );
        })}
      </ol>
      {problem !== null ? (
        <p className="field-error" role="alert" data-testid="agenda-problem">
          {problem}
        </p>
      ) : null}
      {leftOut(agenda).length > 0 ? (
        <div className="agenda-left-out">
          <span className="muted">Left out:</span>
          {leftOut(agenda).map((phase) => (
            <Button
              key={phase}
              size="sm"
              aria-label={`Add ${phaseLabel(phase)} back to the agenda`}
              onClick={() =>
                void change(withPhaseBack(agenda, phase, usualMinutes(phase)), `${phaseLabel(phase)} is back in the agenda.`)
              }
            >
              <PlusIcon /> {phaseLabel(phase)}
            </Button>
          ))}
        </div>
      ) : null}
    </section>
  );
}

/** The agenda to read, on a team's page. */
export function AgendaOverview({ agenda }: { readonly agenda: readonly AgendaItem[] }) {
  return (
    <section className="frame-section" aria-labelledby="frame-agenda-title">
      <h2 id="frame-agenda-title">
        Agenda <span className="frame-count">({durationWords(totalMinutes(agenda))} in all)</span>
      </h2>
      <ol className="frame-read-list frame-read-numbered" data-testid="agenda-read">
        {agenda.map((item) => (
          <li key={item.phase}>
            <span className="agenda-read-row">
              <span>{phaseLabel(item.phase)}</span>
              <span className="frame-count">{durationWords(item.minutes)}</span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
