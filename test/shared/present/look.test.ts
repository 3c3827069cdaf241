// The one visual language (shared/present/): how a score is coloured, how
// figures and counts are written, and how a feeling looks and where it sits
// on a curve — with every colour readable on what it is drawn on.
import { describe, expect, it } from 'vitest';
import { contrastRatio, hexToRgb } from '../../../shared/present/colour';
import { describeFeeling, FEELINGS, feelingAxisLabel, feelingLook, feelingWord, feelingY } from '../../../shared/present/feelings';
import { count, formatFeeling, formatIndex, formatScore, formatWeight, pluralWord } from '../../../shared/present/numbers';
import { NOT_RATED, scoreColour, scoreLegend } from '../../../shared/present/score-colours';

describe('score colours', () => {
  it('runs orange to purple, worst to best, with the scale’s words', () => {
    expect(scoreLegend().map((b) => [b.score, b.background, b.band])).toEqual([
      [1, '#b35806', 'broken'],
      [2, '#f1a340', 'poor'],
      [3, '#f7f7f7', 'acceptable'],
      [4, '#998ec3', 'good'],
      [5, '#542788', 'excellent'],
    ]);
  });

  it('colours an average as the point it rounds to, and a cell nobody rated apart', () => {
    expect(scoreColour(3.4)).toEqual(scoreColour(3));
    expect(scoreColour(3.5)).toEqual(scoreColour(4));
    expect(scoreColour(0.2)).toEqual(scoreColour(1));
    expect(scoreColour(9)).toEqual(scoreColour(5));
    expect(scoreColour(null)).toBe(NOT_RATED.normal);
    expect(scoreColour(null, 'high')).toBe(NOT_RATED.high);
  });

  it('keeps its text at 4.5:1 on every band, and 7:1 in the high-contrast look', () => {
    for (const band of [...scoreLegend('normal'), NOT_RATED.normal]) {
      expect(contrastRatio(band.background, band.text), band.band).toBeGreaterThanOrEqual(4.5);
    }
    for (const band of [...scoreLegend('high'), NOT_RATED.high]) {
      expect(contrastRatio(band.background, band.text), band.band).toBeGreaterThanOrEqual(7);
    }
  });

  it('keeps the scale’s order in lightness at both ends, so it still reads in greyscale', () => {
    const [one, , three, , five] = scoreLegend().map((b) => hexToRgb(b.background).reduce((s, v) => s + v, 0));
    expect(three).toBeGreaterThan(one ?? 0);
    expect(three).toBeGreaterThan(five ?? 0);
  });
});

describe('figures', () => {
  it('writes averages to one decimal and indexes whole, with a dash for none', () => {
    expect(formatScore(3.456)).toBe('3.5');
    expect(formatScore(4)).toBe('4.0');
    expect(formatScore(null)).toBe('–');
    expect(formatIndex(61.6)).toBe('62');
    expect(formatIndex(0)).toBe('0');
    expect(formatIndex(null)).toBe('–');
    expect(formatWeight(30)).toBe('30');
    expect(formatWeight(12.5)).toBe('12.5');
  });

  it('writes a feeling with its sign and a true minus, and never “−0”', () => {
    expect(formatFeeling(-1.26)).toBe('−1.3');
    expect(formatFeeling(0.5)).toBe('+0.5');
    expect(formatFeeling(2)).toBe('+2');
    expect(formatFeeling(-1)).toBe('−1');
    expect(formatFeeling(0)).toBe('0');
    expect(formatFeeling(-0.04)).toBe('0');
    expect(formatFeeling(0.04)).toBe('0');
  });

  it('counts with the right form of the noun', () => {
    expect(count(1, 'team')).toBe('1 team');
    expect(count(0, 'team')).toBe('0 teams');
    expect(count(3, 'fix', 'fixes')).toBe('3 fixes');
    expect(count(2, 'person', 'people')).toBe('2 people');
    expect(count(2400, 'rating')).toBe('2400 ratings');
    expect(pluralWord(1, 'team has', 'teams have')).toBe('team has');
    expect(pluralWord(4, 'team has', 'teams have')).toBe('teams have');
  });
});

describe('feelings', () => {
  it('names each feeling and the nearest one for an average', () => {
    expect(FEELINGS.map((f) => `${f.sign} ${f.label}`)).toEqual(['−2 Very unhappy', '−1 Unhappy', '0 Neutral', '+1 Happy', '+2 Delighted']);
    expect(feelingWord(-1.3)).toBe('Unhappy');
    expect(feelingWord(1.6)).toBe('Delighted');
    expect(feelingLook(7).value).toBe(2);
    expect(describeFeeling(-1.26)).toBe('Unhappy (−1.3)');
    expect(describeFeeling(null)).toBe('No cards yet');
    expect([2, 1, 0, -1, -2].map(feelingAxisLabel)).toEqual(['+2 delighted', '+1', '0 neutral', '−1', '−2 very unhappy']);
  });

  it('writes every feeling readably on a card, a moment of truth’s tint and a chosen option’s tint', () => {
    for (const surface of ['#ffffff', '#f7f0ff', '#e3ecfa']) {
      for (const feeling of FEELINGS) {
        expect(contrastRatio(feeling.colour, surface), `${feeling.label} on ${surface}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('puts +2 at the top of a curve, −2 at the bottom and 0 halfway', () => {
    expect(feelingY(2, 10, 80)).toBe(10);
    expect(feelingY(-2, 10, 80)).toBe(90);
    expect(feelingY(0, 10, 80)).toBe(50);
    expect(feelingY(-1.5, 0, 100)).toBe(87.5);
    expect(feelingY(5, 10, 80)).toBe(10);
  });
});
