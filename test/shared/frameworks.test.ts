// The built-in frameworks and the rating scale people see.
import { describe, expect, it } from 'vitest';
import { frameworkPreset, SCALE } from '../../shared/frameworks';
import { frameworkSchema } from '../../shared/model';

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe('frameworks', () => {
  it('six pillars: the default names, ids and weights', () => {
    const six = frameworkPreset('six-pillars');
    expect(six.pillars.map((p) => [p.id, p.name, p.weight])).toEqual([
      ['integrity', 'Integrity', 14],
      ['resolution', 'Resolution', 14],
      ['expectations', 'Expectations', 14],
      ['empathy', 'Empathy', 14],
      ['personalisation', 'Personalisation', 30],
      ['time-effort', 'Time & Effort', 14],
    ]);
    expect(frameworkSchema.safeParse(six).success).toBe(true);
  });

  it('four pillars: the same ids, personalisation 30 %, the rest shared evenly to 100', () => {
    const four = frameworkPreset('four-pillars');
    expect(four.pillars.map((p) => p.id)).toEqual(['integrity', 'empathy', 'personalisation', 'resolution']);
    expect(four.pillars[2]?.weight).toBe(30);
    expect(four.pillars[0]?.weight).toBeCloseTo(70 / 3, 10);
    expect(Math.abs(sum(four.pillars.map((p) => p.weight)) - 100)).toBeLessThan(1e-9);
    expect(frameworkSchema.safeParse(four).success).toBe(true);
  });

  it('gives every pillar a summary and two or three prompts', () => {
    for (const pillar of frameworkPreset('six-pillars').pillars) {
      expect(pillar.summary.length).toBeGreaterThan(20);
      expect(pillar.prompts.length).toBeGreaterThanOrEqual(2);
      expect(pillar.prompts.length).toBeLessThanOrEqual(3);
    }
  });

  it('returns a fresh copy each time', () => {
    expect(frameworkPreset('six-pillars')).not.toBe(frameworkPreset('six-pillars'));
    expect(frameworkPreset('six-pillars')).toEqual(frameworkPreset('six-pillars'));
  });

  it('explains every point of the 1–5 scale', () => {
    expect(SCALE.map((s) => s.score)).toEqual([1, 2, 3, 4, 5]);
    expect(SCALE[0]?.label).toBe('Broken');
    for (const point of SCALE) expect(point.meaning).toMatch(/\.$/);
  });
});
