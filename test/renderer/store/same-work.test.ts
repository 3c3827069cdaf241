// A screen that shows the work is not drawn again when only the room's running changes:
// moving on, the timer, the end sound, the projector; a lock or any piece of work still counts.
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/reducer';
import type { ClientCommand } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { sameWork } from '../../../renderer/store/same-work';
import { sample, testContext } from '../../shared/helpers';

function after(w: Workshop, command: ClientCommand): Workshop {
  const result = applyCommand(w, command, testContext());
  if (!result.ok) throw new Error(result.error.message);
  return result.state;
}

describe('the same work', () => {
  it('holds across moving the room on, the timer, the end sound and the projector', () => {
    const w = sample();
    const moved = after(w, { type: 'phase/set', phase: 'rate', from: w.phase });
    const timed = after(moved, { type: 'timer/start', seconds: 300 });
    const quiet = after(timed, { type: 'chime/set', muted: true });
    const shown = after(quiet, { type: 'projector/show', view: 'join' });
    expect(sameWork(w, shown)).toBe(true);
  });

  it('breaks on a lock, a rating, a renamed workshop or a new agenda', () => {
    const w = sample();
    expect(sameWork(w, after(w, { type: 'lock/set', phase: 'map', locked: true }))).toBe(false);
    expect(sameWork(w, after(w, { type: 'workshop/update', title: 'Renamed' }))).toBe(false);
    expect(sameWork(w, after(w, { type: 'agenda/set', agenda: [{ phase: 'map', minutes: 10 }] }))).toBe(false);
    const rating = w.ratings[0];
    if (!rating) throw new Error('The sample has ratings.');
    const rated = after(w, { type: 'rating/set', teamId: rating.teamId, touchpointId: rating.touchpointId, pillarId: rating.pillarId, score: rating.score === 5 ? 4 : 5 });
    expect(sameWork(w, rated)).toBe(false);
  });
});
