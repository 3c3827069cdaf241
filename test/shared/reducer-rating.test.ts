// The framework and the teams' ratings.
import { describe, expect, it } from 'vitest';
import type { Workshop } from '../../shared/model';
import { applyCommand } from '../../shared/reducer';
import { apply, at, blank, refuse, sample, testContext } from './helpers';

function withCard(): Workshop {
  const w = blank();
  return apply(w, {
    type: 'touchpoint/add',
    teamId: at(w.teams, 0).id,
    stageId: at(w.stages, 0).id,
    channelId: at(w.channels, 0).id,
    title: 'Landing page',
  });
}

describe('framework', () => {
  it('switches to four pillars and back, keeping ratings', () => {
    const w = sample();
    const four = apply(w, { type: 'framework/use', preset: 'four-pillars' });
    expect(four.framework.pillars.map((p) => p.name)).toEqual(['Integrity', 'Empathy', 'Personalisation', 'Resolution']);
    expect(four.ratings).toBe(w.ratings);
    expect(apply(four, { type: 'framework/use', preset: 'six-pillars' }).framework.pillars).toHaveLength(6);
  });

  it('sets weights covering every pillar and summing to 100', () => {
    const weights = { integrity: 10, resolution: 10, expectations: 10, empathy: 10, personalisation: 50, 'time-effort': 10 };
    const w = apply(blank(), { type: 'framework/set-weights', weights });
    expect(w.framework.pillars.map((p) => p.weight)).toEqual([10, 10, 10, 10, 50, 10]);
  });

  it('accepts rounding within a hundredth', () => {
    const third = 100 / 3;
    const w = apply(apply(blank(), { type: 'framework/use', preset: 'four-pillars' }), {
      type: 'framework/set-weights',
      weights: { integrity: 33.33, empathy: 33.33, personalisation: 33.34, resolution: 0 },
    });
    expect(w.framework.pillars[0]?.weight).toBeCloseTo(33.33);
    expect(third).toBeGreaterThan(33);
  });

  it('refuses weights that do not add up, miss a pillar or name an unknown one', () => {
    const six = { integrity: 14, resolution: 14, expectations: 14, empathy: 14, personalisation: 30, 'time-effort': 14 };
    expect(refuse(blank(), { type: 'framework/set-weights', weights: { ...six, personalisation: 28 } }, 'invalid').message).toBe(
      'The weights add up to 98 %; they need to add up to 100 %.',
    );
    const noEmpathy = Object.fromEntries(Object.entries(six).filter(([id]) => id !== 'empathy'));
    expect(refuse(blank(), { type: 'framework/set-weights', weights: { ...noEmpathy, integrity: 28 } }, 'invalid').message).toBe(
      'Give every pillar a weight: Empathy has none.',
    );
    refuse(blank(), { type: 'framework/set-weights', weights: { ...six, speed: 0 } }, 'not-found');
    refuse(blank(), { type: 'framework/set-weights', weights: { ...six, integrity: 120 } }, 'invalid');
  });
});

describe('ratings', () => {
  it('sets, changes and clears a rating', () => {
    let w = withCard();
    const key = { teamId: at(w.teams, 0).id, touchpointId: at(w.touchpoints, 0).id, pillarId: 'empathy' };
    w = apply(w, { type: 'rating/set', ...key, score: 2, note: 'Cold tone' });
    expect(w.ratings).toEqual([{ ...key, score: 2, note: 'Cold tone' }]);
    w = apply(w, { type: 'rating/set', ...key, score: 4 });
    expect(w.ratings).toEqual([{ ...key, score: 4, note: 'Cold tone' }]);
    w = apply(w, { type: 'rating/set', ...key, score: null });
    expect(w.ratings[0]?.score).toBeNull();
    w = apply(w, { type: 'rating/clear', ...key });
    expect(w.ratings).toEqual([]);
  });

  it('clearing a rating that was never given changes nothing', () => {
    const w = withCard();
    const result = applyCommand(
      w,
      { type: 'rating/clear', teamId: at(w.teams, 0).id, touchpointId: at(w.touchpoints, 0).id, pillarId: 'empathy' },
      testContext(),
    );
    expect(result.ok && result.changes.records).toEqual({});
  });

  it('refuses a score off the scale, unknown cards, teams and pillars', () => {
    const w = withCard();
    const key = { teamId: at(w.teams, 0).id, touchpointId: at(w.touchpoints, 0).id, pillarId: 'empathy' };
    expect(refuse(w, { type: 'rating/set', ...key, score: 6 }, 'invalid').message).toBe('Rating: Ratings run from 1 to 5.');
    refuse(w, { type: 'rating/set', ...key, score: 2.5 }, 'invalid');
    refuse(w, { type: 'rating/set', ...key, touchpointId: 'gone', score: 3 }, 'not-found');
    refuse(w, { type: 'rating/set', ...key, teamId: 'gone', score: 3 }, 'not-found');
    expect(refuse(w, { type: 'rating/set', ...key, pillarId: 'speed', score: 3 }, 'not-found').message).toBe(
      "That pillar is not part of this workshop's framework.",
    );
    refuse(w, { type: 'rating/clear', ...key, touchpointId: 'gone' }, 'not-found');
  });

  it('refuses rating a pillar the current framework does not have', () => {
    const w = apply(withCard(), { type: 'framework/use', preset: 'four-pillars' });
    refuse(w, { type: 'rating/set', teamId: at(w.teams, 0).id, touchpointId: at(w.touchpoints, 0).id, pillarId: 'expectations', score: 3 }, 'not-found');
  });
});
