// The pillar editor's ready-made weights always add up to exactly 100, and the heatmap's colours follow the scale.
import { describe, expect, it } from 'vitest';
import { frameworkPreset } from '../../../shared/frameworks';
import { formatIndex, formatScore } from '../../../shared/present/numbers';
import { scoreColour as heatColour } from '../../../shared/present/score-colours';
import { equalWeights, researchWeights, weightTotal } from '../../../renderer/features/frame/weights';

const six = frameworkPreset('six-pillars').pillars;
const four = frameworkPreset('four-pillars').pillars;

describe('ready-made weights', () => {
  it('shares 100 equally, the last pillar taking the rounding', () => {
    expect(Object.values(equalWeights(six))).toEqual([16.67, 16.67, 16.67, 16.67, 16.67, 16.65]);
    expect(Object.values(equalWeights(four))).toEqual([25, 25, 25, 25]);
    expect(weightTotal(equalWeights(six))).toBeCloseTo(100, 10);
  });

  it('gives Personalisation 30 and the others equal shares of 70', () => {
    expect(researchWeights(six)).toEqual({
      integrity: 14,
      resolution: 14,
      expectations: 14,
      empathy: 14,
      'time-effort': 14,
      personalisation: 30,
    });
    const fourWeights = researchWeights(four);
    expect(fourWeights?.personalisation).toBe(30);
    expect(weightTotal(fourWeights ?? {})).toBeCloseTo(100, 10);
  });

  it('offers no research default without a Personalisation pillar', () => {
    expect(researchWeights(six.filter((p) => p.id !== 'personalisation'))).toBeNull();
  });

  it('counts a half-typed weight as nothing rather than breaking the total', () => {
    expect(weightTotal({ a: 60, b: Number.NaN, c: 40 })).toBe(100);
  });
});

describe('heatmap colours', () => {
  it('bands averages to the nearest point of the scale, with a blank for nothing rated', () => {
    expect(heatColour(1.4).band).toBe('broken');
    expect(heatColour(2.5).band).toBe('acceptable');
    expect(heatColour(4.6)).toEqual({ background: '#542788', text: '#ffffff', band: 'excellent' });
    expect(heatColour(null).band).toBe('not rated');
    expect([formatScore(2.25), formatScore(null), formatIndex(62.5), formatIndex(null)]).toEqual(['2.3', '–', '63', '–']);
  });
});
