/**
 * Always says whether the room's work is safe: "All changes saved",
 * "Saving…", or what went wrong. Offline counts as not saved. When the disk
 * refused changes the banner below the bar has the whole sentence and Retry,
 * so the bar says only "Not saved".
 */
import type { ConnectionState } from '../api/client';
import type { SaveState } from '../store/live-workshop';

/** Where focus goes when the save banner it was in goes away: the word that everything is saved. */
export const SAVE_STATE_ID = 'save-state';

export function SaveIndicator({ state, connection }: { state: SaveState; connection: ConnectionState }) {
  let text: string;
  let tone: 'ok' | 'busy' | 'bad';
  if (connection === 'reconnecting' || connection === 'refused') {
    text = 'Not connected — nothing can be saved until it is back';
    tone = 'bad';
  } else if (state.kind === 'failed') {
    text = state.canRetry ? 'Not saved' : `Not saved: ${state.message}`;
    tone = 'bad';
  } else if (state.kind === 'saving') {
    text = 'Saving…';
    tone = 'busy';
  } else {
    text = 'All changes saved';
    tone = 'ok';
  }
  return (
    <span
      id={SAVE_STATE_ID}
      className={`save-indicator save-${tone}`}
      role="status"
      data-testid="save-state"
      title={state.kind === 'failed' ? `Not saved: ${state.message}` : text}
      tabIndex={-1}
    >
      <span className="save-dot" aria-hidden="true" />
      {text}
    </span>
  );
}
