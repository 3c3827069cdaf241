// The board's emotion curve: per stage, all teams together and per team, in words and signed numbers.
import { describe, expect, it } from 'vitest';
import { emotionStrip, runs } from '../../../renderer/features/board/emotion-strip';
import { describeFeeling, feelingWord, feelingY } from '../../../shared/present/feelings';
import { formatFeeling as signedFeeling } from '../../../shared/present/numbers';
import { apply, boardWorkshop } from './board-workshop';

describe('the emotion strip', () => {
  it('averages feelings per stage for the room and per team, with gaps where a team has no card', () => {
    const b = boardWorkshop();
    const one = b.team('Team 1');
    const two = b.team('Team 2');
    const web = b.channel('Web');
    const w = apply(
      b.workshop,
      { type: 'touchpoint/add', teamId: one, stageId: b.stage('Buy'), channelId: web, title: 'a', feeling: -2 },
      { type: 'touchpoint/add', teamId: one, stageId: b.stage('Buy'), channelId: web, title: 'b', feeling: 1 },
      { type: 'touchpoint/add', teamId: two, stageId: b.stage('Buy'), channelId: web, title: 'c', feeling: 2 },
      { type: 'touchpoint/add', teamId: two, stageId: b.stage('Use'), channelId: web, title: 'd', feeling: -1 },
    );
    const strip = emotionStrip(w);
    const buy = w.stages.findIndex((s) => s.name === 'Buy');
    const use = w.stages.findIndex((s) => s.name === 'Use');
    expect(strip.stages[buy]?.combined).toBeCloseTo(1 / 3);
    expect(strip.stages[use]?.combined).toBe(-1);
    expect(strip.stages[0]?.combined).toBeNull();
    expect(strip.teams.map((t) => t.name)).toEqual(['Team 1', 'Team 2']);
    expect(strip.teams[0]?.values[buy]).toBe(-0.5);
    expect(strip.teams[0]?.values[use]).toBeNull();
    expect(strip.teams[1]?.values[use]).toBe(-1);
  });

  it('says each value in words and as a signed number', () => {
    expect(signedFeeling(-1.333)).toBe('−1.3');
    expect(signedFeeling(0.04)).toBe('0');
    expect(signedFeeling(2)).toBe('+2');
    expect(feelingWord(-1.3)).toBe('Unhappy');
    expect(feelingWord(1.6)).toBe('Delighted');
    expect(feelingWord(-0.4)).toBe('Neutral');
    expect(describeFeeling(-1.333)).toBe('Unhappy (−1.3)');
    expect(describeFeeling(null)).toBe('No cards yet');
  });

  it('puts +2 at the top and −2 at the bottom, and breaks lines at gaps', () => {
    expect(feelingY(2, 10, 80)).toBe(10);
    expect(feelingY(-2, 10, 80)).toBe(90);
    expect(feelingY(0, 10, 80)).toBe(50);
    expect(runs([1, null, 0, -1, null])).toEqual([[{ index: 0, value: 1 }], [{ index: 2, value: 0 }, { index: 3, value: -1 }]]);
    expect(runs([null, null])).toEqual([]);
  });
});
