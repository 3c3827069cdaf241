// Figures remembered while their parts stay the same objects: never stale after a change that touches those
// parts, and not worked out again for a change that leaves them alone.
import { describe, expect, it } from 'vitest';
import { emotionCurve, heatmap, insights, uncountedRatings } from '../../shared/selectors';
import { journeyRanks } from '../../shared/selectors/journey';
import { rememberedBy } from '../../shared/selectors/memo';
import { apply, at } from './helpers';
import { rate, scored } from './scored-fixture';

describe('rememberedBy', () => {
  it('works a figure out again only when one of its parts is a different object', () => {
    let runs = 0;
    const total = rememberedBy(
      (input: { readonly xs: readonly number[]; readonly ys: readonly number[] }) => [input.xs, input.ys] as const,
      (input) => {
        runs += 1;
        return [...input.xs, ...input.ys].reduce((a, b) => a + b, 0);
      },
    );
    const xs = [1, 2];
    const ys = [3];
    expect(total({ xs, ys })).toBe(6);
    expect(total({ xs, ys })).toBe(6);
    expect(runs).toBe(1);
    expect(total({ xs, ys: [4] })).toBe(7);
    expect(total({ xs: [1, 2], ys: [4] })).toBe(7);
    expect(runs).toBe(3);
  });
});

describe('remembered selectors', () => {
  it('keep the journey order and the curve through a rating, and follow a moved card and a changed feeling', () => {
    const { w, t1, c1, c3 } = scored();
    const rated = apply(w, rate(t1, c3, 'empathy', 5));
    expect(journeyRanks(rated)).toBe(journeyRanks(w));
    expect(emotionCurve(rated)).toBe(emotionCurve(w));

    // c1 moves from Discover to after c3 in Buy: the order and the curve follow.
    const buy = at(w.stages, 2).id;
    const web = at(w.channels, 0).id;
    const moved = apply(rated, { type: 'touchpoint/move', touchpointId: c1, stageId: buy, channelId: web, index: 1 });
    expect(heatmap(moved).map((row) => row.touchpoint.title)).toEqual(['c2', 'c3', 'c1']);
    expect(emotionCurve(moved)[0]?.combined).toBe(1);

    const calmer = apply(moved, { type: 'touchpoint/update', touchpointId: c1, feeling: 0 });
    expect(emotionCurve(calmer)[2]?.combined).toBe(1);
  });

  it('count a rating left out once its pillar is gone, and the figures read the new score at once', () => {
    const { w, t1, c1 } = scored();
    expect(uncountedRatings(w)).toEqual({ pillarNotInFramework: 0, touchpointGone: 0 });
    const before = insights(w).heatmap.find((row) => row.touchpoint.id === c1);
    const rerated = apply(w, rate(t1, c1, 'integrity', 5));
    const after = insights(rerated).heatmap.find((row) => row.touchpoint.id === c1);
    // c1 integrity: (2 + 4) / 2 before, (5 + 4) / 2 after.
    expect(before?.pillars.find((cell) => cell.pillarId === 'integrity')?.average).toBe(3);
    expect(after?.pillars.find((cell) => cell.pillarId === 'integrity')?.average).toBe(4.5);

    // Integrity leaves the framework: its three ratings stay in the file, left out and counted as such.
    const gone = apply(rerated, { type: 'pillar/remove', pillarId: 'integrity' });
    expect(uncountedRatings(gone)).toEqual({ pillarNotInFramework: 3, touchpointGone: 0 });
  });
});
