// The Insights selectors with numbers worked out by hand on the shared fixture (see scored-fixture.ts).
import { describe, expect, it } from 'vitest';
import {
  disagreements,
  disagreementsToDiscuss,
  insights,
  painPoints,
  rememberedPainPoints,
  stageIndexes,
  uncountedRatings,
  visibleTeam,
} from '../../shared/selectors';
import { apply, at } from './helpers';
import { rate, scored } from './scored-fixture';

describe('visibleTeam (silent rating)', () => {
  it('limits a viewer to their own team until the ratings are revealed', () => {
    const { w, t1 } = scored();
    expect(w.ratingsRevealed).toBe(false);
    expect(visibleTeam(w, t1)).toBe(t1);
    const revealed = apply(w, { type: 'rating/reveal', revealed: true });
    expect(visibleTeam(revealed, t1)).toBeUndefined();
  });
});

describe('stageIndexes', () => {
  it('weights each stage’s pillar indexes over the pillars rated there', () => {
    const { w } = scored();
    const [discover, define, buy] = stageIndexes(w);
    // Discover: integrity (2+4+5)/3 → index 200/3, empathy 4 → 75, both weight 14; resolution is N/A only.
    expect(discover?.index).toBeCloseTo((200 / 3 + 75) / 2, 10);
    // Feelings: c1 −2 and c2 +1.
    expect(discover?.feeling).toBe(-0.5);
    expect(define).toMatchObject({ index: null, feeling: null });
    // Buy: personalisation 1 → 0 (weight 30), expectations 3 → 50 (weight 14).
    expect(buy?.index).toBeCloseTo(700 / 44, 10);
    expect(buy?.feeling).toBe(2);
  });

  it('follows one team only', () => {
    const { w, t1 } = scored();
    const [discover, , buy] = stageIndexes(w, t1);
    // T1 at Discover: integrity 2 → 25, empathy 4 → 75.
    expect(discover?.index).toBe(50);
    expect(buy?.index).toBe(0);
  });

  it('changes with the weights', () => {
    const { w } = scored();
    const weights = { integrity: 50, resolution: 10, expectations: 10, empathy: 10, personalisation: 10, 'time-effort': 10 };
    const reweighted = apply(w, { type: 'framework/set-weights', weights });
    const [discover, , buy] = stageIndexes(reweighted);
    expect(discover?.index).toBeCloseTo(((200 / 3) * 50 + 75 * 10) / 60, 10);
    // Buy: (0·10 + 50·10) / 20.
    expect(buy?.index).toBe(25);
  });
});

describe('painPoints', () => {
  it('lists cards averaging below 3, moments of truth first, then the lowest', () => {
    const { w, t2, c1, c3 } = scored();
    // Combined: c1 averages 10/3 (no pain), c3 averages 2.
    expect(painPoints(w).map((p) => [p.touchpoint.id, p.average, p.weakestPillarIds])).toEqual([[c3, 2, ['personalisation']]]);
    // T2 now scores c1 integrity 1: c1 averages 7/3, above c3's 2, but it is a moment of truth.
    const worse = apply(w, rate(t2, c1, 'integrity', 1));
    const points = painPoints(worse);
    expect(points.map((p) => p.touchpoint.id)).toEqual([c1, c3]);
    expect(at(points, 0).average).toBeCloseTo(7 / 3, 10);
    expect(at(points, 0).weakestPillarIds).toEqual(['integrity']);
  });

  it('is worked out again when a rating changes, and not when only the fixes do', () => {
    const { w, t2, c1, c3 } = scored();
    const first = rememberedPainPoints(w);
    expect(first.map((p) => p.touchpoint.id)).toEqual([c3]);
    const withFix = apply(w, { type: 'fix/add', title: 'Call back within a day', touchpointIds: [c3], pillarIds: [], impact: 4, effort: 2, teamId: t2 });
    expect(rememberedPainPoints(withFix)).toBe(first);
    const worse = apply(withFix, rate(t2, c1, 'integrity', 1));
    expect(rememberedPainPoints(worse).map((p) => p.touchpoint.id)).toEqual([c1, c3]);
  });

  it('names every pillar tied for the lowest average on a card, in the framework’s order', () => {
    const { w, t1, c3 } = scored();
    // T1 now gives c3 a 1 on integrity too: integrity and personalisation tie at 1, below expectations' 3.
    const tied = apply(w, rate(t1, c3, 'integrity', 1));
    expect(painPoints(tied).map((p) => p.weakestPillarIds)).toEqual([['integrity', 'personalisation']]);
  });

  it('ignores cards with only N/A or no ratings', () => {
    const { w, t1 } = scored();
    // T1 only: c1 averages 3 (not below), c2 has nothing from T1, c3 averages 1.
    expect(painPoints(w, t1).map((p) => [p.touchpoint.title, p.average])).toEqual([['c3', 1]]);
  });
});

describe('disagreementsToDiscuss', () => {
  it('flags spreads of two points or more between teams', () => {
    const { w, t2, c1 } = scored();
    expect(disagreementsToDiscuss(w)).toEqual([
      { touchpointId: c1, pillarId: 'integrity', lowest: 2, highest: 4, spread: 2, teamCount: 2 },
    ]);
    const closer = apply(w, rate(t2, c1, 'integrity', 3));
    expect(disagreements(closer)).toHaveLength(1);
    expect(disagreementsToDiscuss(closer)).toEqual([]);
  });
});

describe('uncountedRatings', () => {
  it('counts ratings left out because their pillar is not in the framework', () => {
    const { w } = scored();
    expect(uncountedRatings(w)).toEqual({ pillarNotInFramework: 0, touchpointGone: 0 });
    // The four pillars lack Expectations: T2's 3 on c3 is kept but not counted.
    const four = apply(w, { type: 'framework/use', preset: 'four-pillars' });
    expect(uncountedRatings(four)).toEqual({ pillarNotInFramework: 1, touchpointGone: 0 });
    expect(four.ratings).toHaveLength(7);
  });

  it('leaves a removed pillar’s ratings out of every figure, and undo counts them again', () => {
    const { w } = scored();
    const removed = apply(w, { type: 'pillar/remove', pillarId: 'empathy' });
    expect(uncountedRatings(removed).pillarNotInFramework).toBe(1);
    const [discover] = stageIndexes(removed);
    expect(discover?.index).toBeCloseTo(200 / 3, 10);
    expect(insights(removed).heatmap[0]?.average).toBeCloseTo(3, 10); // c1: 2 and 4 on integrity only
  });
});

describe('insights', () => {
  it('bundles every figure for all teams or one team', () => {
    const { w, t1 } = scored();
    const all = insights(w);
    expect(all.teamId).toBeUndefined();
    expect(all.overall).toBeCloseTo(8050 / 216, 10);
    expect(all.heatmap.map((r) => r.touchpoint.title)).toEqual(['c1', 'c2', 'c3']);
    expect(all.weakest.map((s) => s.pillars.map((p) => p.id))).toEqual([['integrity'], [], ['personalisation'], [], [], [], []]);
    expect(all.disagreements).toHaveLength(1);
    const one = insights(w, t1);
    expect(one.overall).toBeCloseTo(1400 / 58, 10);
    expect(one.disagreements).toEqual([]);
    expect(one.heatmap[1]?.average).toBeNull();
  });
});
