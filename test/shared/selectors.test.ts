// Selectors with numbers worked out by hand: N/A, missing ratings, one team, weights, ties.
import { describe, expect, it } from 'vitest';
import type { Workshop } from '../../shared/model';
import {
  cellTouchpoints,
  disagreements,
  dotsLeft,
  dotsOn,
  dotsSpent,
  emotionCurve,
  heatmap,
  momentsOfTruth,
  overallIndex,
  pillarScores,
  ratingProgress,
  stageScores,
  touchpointAverage,
  touchpointsOfTeam,
  voteRanking,
  weakestPillarPerStage,
} from '../../shared/selectors';
import { apply, at, blank } from './helpers';
import { scored } from './scored-fixture';

describe('pillarScores', () => {
  it('averages counted ratings per pillar and counts N/A apart', () => {
    const { w } = scored();
    const byId = Object.fromEntries(pillarScores(w).map((s) => [s.pillarId, s]));
    expect(byId.integrity).toMatchObject({ ratingCount: 3, notApplicableCount: 0, weight: 14 });
    expect(byId.integrity?.average).toBeCloseTo(11 / 3, 10);
    expect(byId.integrity?.index).toBeCloseTo(200 / 3, 10);
    expect(byId.resolution).toMatchObject({ average: null, index: null, ratingCount: 0, notApplicableCount: 1 });
    expect(byId.expectations).toMatchObject({ average: 3, index: 50 });
    expect(byId.empathy).toMatchObject({ average: 4, index: 75 });
    expect(byId.personalisation).toMatchObject({ average: 1, index: 0, weight: 30 });
    expect(byId['time-effort']).toMatchObject({ average: null, ratingCount: 0, notApplicableCount: 0 });
  });

  it('filters to one team', () => {
    const { w, t2 } = scored();
    const integrity = pillarScores(w, t2).find((s) => s.pillarId === 'integrity');
    expect(integrity).toMatchObject({ average: 4.5, index: 87.5, ratingCount: 2 });
  });

  it('ignores ratings of cards that are gone and of pillars outside the framework', () => {
    const { w } = scored();
    const dangling: Workshop = {
      ...w,
      ratings: [...w.ratings, { teamId: 'x', touchpointId: 'gone', pillarId: 'integrity', score: 1, note: '' }],
    };
    expect(pillarScores(dangling)).toEqual(pillarScores(w));
    const four = apply(w, { type: 'framework/use', preset: 'four-pillars' });
    expect(pillarScores(four).map((s) => s.pillarId)).toEqual(['integrity', 'empathy', 'personalisation', 'resolution']);
  });
});

describe('overallIndex', () => {
  it('weights the pillar indexes, renormalising over rated pillars', () => {
    const { w, t1, t2 } = scored();
    // (200/3·14 + 50·14 + 75·14 + 0·30) / 72
    expect(overallIndex(w)).toBeCloseTo(8050 / 216, 10);
    // T1: (25·14 + 75·14 + 0·30) / 58
    expect(overallIndex(w, t1)).toBeCloseTo(1400 / 58, 10);
    // T2: (87.5·14 + 50·14) / 28
    expect(overallIndex(w, t2)).toBeCloseTo(68.75, 10);
  });

  it('follows new weights', () => {
    const { w } = scored();
    const reweighted = apply(w, {
      type: 'framework/set-weights',
      weights: { integrity: 10, resolution: 10, expectations: 10, empathy: 10, personalisation: 50, 'time-effort': 10 },
    });
    // (200/3·10 + 50·10 + 75·10 + 0·50) / 80
    expect(overallIndex(reweighted)).toBeCloseTo(1916.6666666666667 / 80, 10);
  });

  it('leaves out ratings of pillars the framework no longer has', () => {
    const four = apply(scored().w, { type: 'framework/use', preset: 'four-pillars' });
    // integrity 200/3 and empathy 75 at 70/3 each, personalisation 0 at 30; expectations not counted.
    expect(overallIndex(four)).toBeCloseTo(89250 / 2070, 10);
  });

  it('is null when nothing is rated', () => {
    expect(overallIndex(blank())).toBeNull();
    const { w, t1 } = scored();
    const onlyNa = { ...w, ratings: w.ratings.filter((r) => r.score === null) };
    expect(overallIndex(onlyNa, t1)).toBeNull();
  });
});

describe('stage and card views', () => {
  it('scores each stage by pillar', () => {
    const { w } = scored();
    const [discover, , buy, receive] = stageScores(w);
    expect(discover?.average).toBeCloseTo(15 / 4, 10);
    expect(discover?.pillars.find((p) => p.pillarId === 'integrity')?.average).toBeCloseTo(11 / 3, 10);
    expect(discover?.pillars.find((p) => p.pillarId === 'resolution')).toEqual({ pillarId: 'resolution', average: null, ratingCount: 0 });
    expect(buy?.average).toBe(2);
    expect(receive).toMatchObject({ average: null });
  });

  it('names the weakest pillar per stage', () => {
    const { w } = scored();
    const weakest = weakestPillarPerStage(w);
    expect(weakest[0]?.pillars.map((p) => p.id)).toEqual(['integrity']);
    expect(weakest[0]?.average).toBeCloseTo(11 / 3, 10);
    expect(weakest[2]).toMatchObject({ pillars: [{ id: 'personalisation' }], average: 1 });
    expect(weakest[1]).toMatchObject({ pillars: [], average: null });
  });

  it('names every pillar tied for a stage’s lowest average, in the framework’s order', () => {
    const { w, t2, c3 } = scored();
    // Buy: personalisation 1 and expectations 3; T2 gives c3 a 1 on empathy too, which ties with personalisation.
    const tied = apply(w, { type: 'rating/set', teamId: t2, touchpointId: c3, pillarId: 'empathy', score: 1 });
    const buy = weakestPillarPerStage(tied)[2];
    expect(buy?.pillars.map((p) => p.id)).toEqual(['empathy', 'personalisation']);
    expect(buy?.average).toBe(1);
  });

  it('averages a card, for everyone or one team', () => {
    const { w, t2, c1, c2 } = scored();
    expect(touchpointAverage(w, c1)).toBeCloseTo(10 / 3, 10);
    expect(touchpointAverage(w, c1, t2)).toBe(4);
    expect(touchpointAverage(w, c2, 'nobody')).toBeNull();
  });

  it('lays out the heatmap in journey order', () => {
    const { w, c1, c2, c3 } = scored();
    const rows = heatmap(w);
    expect(rows.map((r) => r.touchpoint.id)).toEqual([c1, c2, c3]);
    expect(rows[1]?.pillars.find((p) => p.pillarId === 'integrity')).toEqual({ pillarId: 'integrity', average: 5, ratingCount: 1 });
  });

  it('finds where teams disagree', () => {
    const { w, c1 } = scored();
    expect(disagreements(w)).toEqual([{ touchpointId: c1, pillarId: 'integrity', lowest: 2, highest: 4, spread: 2, teamCount: 2 }]);
  });

  it('tracks each team’s rating progress, N/A included', () => {
    const { w, t1 } = scored();
    expect(ratingProgress(w, t1)).toEqual({ rated: 4, total: 18 });
  });

  it('draws the emotion curve per stage and team', () => {
    const { w, t1, t2 } = scored();
    const curve = emotionCurve(w);
    expect(curve[0]).toMatchObject({ combined: -0.5, byTeam: [{ teamId: t1, average: -2 }, { teamId: t2, average: 1 }] });
    expect(curve[1]).toMatchObject({ combined: null });
    expect(curve[2]).toMatchObject({ combined: 2, byTeam: [{ teamId: t1, average: 2 }, { teamId: t2, average: null }] });
  });

  it('lists cards by cell, team and moment of truth', () => {
    const { w, t1, c1, c3 } = scored();
    expect(cellTouchpoints(w, at(w.stages, 0).id, at(w.channels, 0).id).map((t) => t.id)).toEqual([c1]);
    expect(cellTouchpoints(w, at(w.stages, 0).id, at(w.channels, 1).id, t1)).toEqual([]);
    expect(touchpointsOfTeam(w, t1).map((t) => t.id)).toEqual([c1, c3]);
    expect(momentsOfTruth(w).map((t) => t.id)).toEqual([c1]);
  });
});

describe('voting', () => {
  /** Fixes "Delta", "Bravo", "Alpha", "Charlie" with dots 0, 3, 3, 1. */
  function voted() {
    let w = blank();
    const teamId = at(w.teams, 0).id;
    for (const title of ['Delta', 'Bravo', 'Alpha', 'Charlie']) {
      w = apply(w, { type: 'fix/add', teamId, title, touchpointIds: [], pillarIds: [], impact: 3, effort: 3 });
    }
    for (const name of ['Zoë', 'Łukasz']) w = apply(w, { type: 'participant/add', name, teamId });
    const [, bravo, alpha, charlie] = w.fixes.map((f) => f.id) as [string, string, string, string];
    const [zoe, lukasz] = w.participants.map((p) => p.id) as [string, string];
    w = apply(w, { type: 'vote/set', participantId: zoe, fixId: alpha, dots: 2 });
    w = apply(w, { type: 'vote/set', participantId: zoe, fixId: bravo, dots: 1 });
    w = apply(w, { type: 'vote/set', participantId: lukasz, fixId: bravo, dots: 2 });
    w = apply(w, { type: 'vote/set', participantId: lukasz, fixId: alpha, dots: 1 });
    w = apply(w, { type: 'vote/set', participantId: lukasz, fixId: charlie, dots: 1 });
    return { w, zoe, lukasz, alpha };
  }

  it('ranks with ties shown as ties (1, 1, 3, 4), equal dots by title', () => {
    const ranking = voteRanking(voted().w);
    expect(ranking.map((r) => [r.fix.title, r.dots, r.rank, r.tied])).toEqual([
      ['Alpha', 3, 1, true],
      ['Bravo', 3, 1, true],
      ['Charlie', 1, 3, false],
      ['Delta', 0, 4, false],
    ]);
  });

  it('counts dots spent, left and on one fix', () => {
    const { w, zoe, lukasz, alpha } = voted();
    expect(dotsSpent(w, zoe)).toBe(3);
    expect(dotsSpent(w, lukasz)).toBe(4);
    expect(dotsLeft(w, lukasz)).toBe(1);
    expect(dotsOn(w, zoe, alpha)).toBe(2);
    expect(dotsSpent(w, 'nobody')).toBe(0);
  });
});
