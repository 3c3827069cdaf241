// What the page shows before the host confirms a change: the same reducer, applied ahead.
import { describe, expect, it } from 'vitest';
import { createSampleWorkshop } from '../../../shared/sample-workshop';
import { sequentialIds } from '../../../shared/new-workshop';
import { showsAhead, withPending } from '../../../renderer/app/optimistic';

const workshop = createSampleWorkshop({ now: '2026-11-23T10:00:00.000Z', newId: sequentialIds('s') });
const team = workshop.teams[0];
const touchpoint = workshop.touchpoints.find((t) => t.teamId === team?.id);
if (!team || !touchpoint) throw new Error('The sample workshop has no team with a touchpoint.');
const empathyOf = (state: typeof workshop) =>
  state.ratings.find((r) => r.teamId === team.id && r.touchpointId === touchpoint.id && r.pillarId === 'empathy');

describe('changes shown ahead of the host', () => {
  it('shows a typed rating at once, and the last of several pending ones wins', () => {
    const rate = (score: number) =>
      ({ type: 'rating/set', teamId: team.id, touchpointId: touchpoint.id, pillarId: 'empathy', score }) as const;
    const before = empathyOf(workshop)?.score ?? null;
    const target = before === 5 ? 1 : 5;
    const shown = withPending(workshop, [rate(2), rate(target)]);
    expect(empathyOf(shown)?.score).toBe(target);
    // The confirmed workshop is left as the host sent it.
    expect(empathyOf(workshop)?.score ?? null).toBe(before);
  });

  it('gives the same result when the host has already confirmed a pending change', () => {
    const move = { type: 'touchpoint/update', touchpointId: touchpoint.id, title: 'Renamed' } as const;
    const once = withPending(workshop, [move]);
    expect(withPending(once, [move]).touchpoints).toEqual(once.touchpoints);
  });

  it('skips a pending change the host would refuse, leaving the rest', () => {
    const shown = withPending(workshop, [
      { type: 'touchpoint/remove', touchpointId: 'gone' },
      { type: 'touchpoint/update', touchpointId: touchpoint.id, title: 'Still applied' },
    ]);
    expect(shown.touchpoints.find((t) => t.id === touchpoint.id)?.title).toBe('Still applied');
  });

  it('never shows ahead what needs a new id from the host', () => {
    expect(showsAhead({ type: 'stage/add', name: 'Renew' })).toBe(false);
    expect(showsAhead({ type: 'stage/rename', stageId: 'x', name: 'Renew' })).toBe(true);
    expect(showsAhead({ type: 'touchpoint/duplicate', touchpointId: 'x' })).toBe(false);
  });
});
