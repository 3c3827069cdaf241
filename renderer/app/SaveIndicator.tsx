/**
 * Always says whether the room's work is safe: "All changes saved",
 * "Saving…", or what went wrong. Offline counts as not saved.
 */
import type { ConnectionState } from '../api/client';
import type { SaveState } from '../store/live-workshop';

export function SaveIndicator({ state, connection }: { state: SaveState; connection: ConnectionState }) {
  let text: string;
  let tone: 'ok' | 'busy' | 'bad';
  if (connection === 'reconnecting' || connection === 'refused') {
    text = 'Not connected — nothing can be saved until it is back';
    tone = 'bad';
  } else if (state.kind === 'failed') {
    text = `Not saved: ${state.message}`;
    tone = 'bad';
  } else if (state.kind === 'saving') {
    text = 'Saving…';
    tone = 'busy';
  } else {
    text = 'All changes saved';
    tone = 'ok';
  }
  return (
    <span className={`save-indicator save-${tone}`} role="status" data-testid="save-state" title={text}>
      <span className="save-dot" aria-hidden="true" />
      {text}
    </span>
  );
}
