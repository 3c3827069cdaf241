// The rating grid's rows come in journey order, and each cell reads out what it holds.
import { describe, expect, it } from 'vitest';
import {
  cellLabel,
  cellText,
  rowsByStage,
  shownProgress,
  teamScoreLookup,
} from '../../../renderer/features/rating/rating-rows';
import { valueLabel, valueMeaning } from '../../../renderer/features/rating/scale';
import { blankWorkshop, idsOf, withCommands } from './workshop-builder';

function journey() {
  let w = blankWorkshop();
  w = withCommands(w, [{ type: 'team/add', name: 'Team 2' }]);
  const id = idsOf(w);
  const one = id.team('Team 1');
  const two = id.team('Team 2');
  w = withCommands(w, [
    // Added out of journey order on purpose: Buy before Discover, Phone before Web.
    { type: 'touchpoint/add', teamId: one, stageId: id.stage('Buy'), channelId: id.channel('Phone'), title: 'Order by phone' },
    { type: 'touchpoint/add', teamId: one, stageId: id.stage('Buy'), channelId: id.channel('Web'), title: 'Checkout page' },
    { type: 'touchpoint/add', teamId: one, stageId: id.stage('Discover'), channelId: id.channel('Web'), title: 'Search result' },
    { type: 'touchpoint/add', teamId: two, stageId: id.stage('Discover'), channelId: id.channel('App'), title: 'App store page' },
  ]);
  return { w, one, two };
}

describe('rowsByStage', () => {
  it("lists one team's touchpoints stage by stage, channels in board order, skipping empty stages", () => {
    const { w, one } = journey();
    const groups = rowsByStage(w, one);
    expect(groups.map((g) => g.stage.name)).toEqual(['Discover', 'Buy']);
    expect(groups.map((g) => g.touchpoints.map((t) => t.title))).toEqual([
      ['Search result'],
      ['Checkout page', 'Order by phone'],
    ]);
  });

  it("shows every team's touchpoints when asked for all", () => {
    const { w } = journey();
    const titles = rowsByStage(w, null).flatMap((g) => g.touchpoints.map((t) => t.title));
    expect(titles).toEqual(['Search result', 'App store page', 'Checkout page', 'Order by phone']);
  });
});

describe('teamScoreLookup', () => {
  it("tells a score, not applicable and not rated apart, and only sees the team's own ratings", () => {
    const { w: start, one, two } = journey();
    const id = idsOf(start);
    const checkout = id.touchpoint('Checkout page');
    const w = withCommands(start, [
      { type: 'rating/set', teamId: one, touchpointId: checkout, pillarId: 'empathy', score: 3 },
      { type: 'rating/set', teamId: one, touchpointId: checkout, pillarId: 'integrity', score: null },
      { type: 'rating/set', teamId: two, touchpointId: checkout, pillarId: 'resolution', score: 5 },
    ]);
    const scoreOf = teamScoreLookup(w, one);
    expect(scoreOf(checkout, 'empathy')).toBe(3);
    expect(scoreOf(checkout, 'integrity')).toBeNull();
    expect(scoreOf(checkout, 'resolution')).toBeUndefined();
  });
});

describe('how a cell reads', () => {
  it('shows the number, N/A, or a quiet dot when not rated', () => {
    expect(cellText(4)).toBe('4');
    expect(cellText(null)).toBe('N/A');
    expect(cellText(undefined)).toBe('·');
  });

  it('names the touchpoint, the pillar and the meaning of the score for screen readers', () => {
    expect(cellLabel('Checkout page', 'Empathy', 3, valueLabel(3))).toBe('Checkout page — Empathy: 3 (Acceptable)');
    expect(cellLabel('Checkout page', 'Empathy', null, valueLabel(null))).toBe('Checkout page — Empathy: N/A (not applicable)');
    expect(cellLabel('Checkout page', 'Empathy', undefined, valueLabel(undefined))).toBe(
      'Checkout page — Empathy: not rated yet',
    );
  });

  it('explains every point of the scale in the hint bar', () => {
    for (const score of [1, 2, 3, 4, 5]) expect(valueMeaning(score).length).toBeGreaterThan(10);
    expect(valueMeaning(null)).toMatch(/does not come into play/);
    expect(valueMeaning(undefined)).toMatch(/Type a score/);
  });
});

describe('shownProgress', () => {
  it('counts scores and N/A as answered, over the rows on screen only', () => {
    const { w: start, one } = journey();
    const id = idsOf(start);
    const checkout = id.touchpoint('Checkout page');
    const w = withCommands(start, [
      { type: 'rating/set', teamId: one, touchpointId: checkout, pillarId: 'empathy', score: 2 },
      { type: 'rating/set', teamId: one, touchpointId: checkout, pillarId: 'integrity', score: null },
      // A rating of another team's card does not count while only the team's own cards are shown.
      { type: 'rating/set', teamId: one, touchpointId: id.touchpoint('App store page'), pillarId: 'empathy', score: 4 },
    ]);
    const own = rowsByStage(w, one).flatMap((g) => g.touchpoints);
    const pillarIds = w.framework.pillars.map((p) => p.id);
    expect(shownProgress(own, pillarIds, teamScoreLookup(w, one))).toEqual({ rated: 2, total: 3 * 6 });
  });
});
