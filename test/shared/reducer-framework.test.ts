// Custom pillars, silent rating and the weights: every command, its undo (through `apply`) and its refusals.
import { describe, expect, it } from 'vitest';
import { workshopSchema } from '../../shared/model';
import { parseWorkshopFile } from '../../shared/workshop-file';
import { apply, at, blank, refuse, sample } from './helpers';
import { scored } from './scored-fixture';

const names = (w: ReturnType<typeof blank>) => w.framework.pillars.map((p) => p.name);
const total = (w: ReturnType<typeof blank>) => w.framework.pillars.reduce((sum, p) => sum + p.weight, 0);

describe('rating/reveal', () => {
  it('turns silent rating off and on again', () => {
    const w = blank();
    expect(w.ratingsRevealed).toBe(false);
    const shown = apply(w, { type: 'rating/reveal', revealed: true });
    expect(shown.ratingsRevealed).toBe(true);
    expect(apply(shown, { type: 'rating/reveal', revealed: false }).ratingsRevealed).toBe(false);
  });

  it('loads files written before the setting existed as silent', () => {
    const json: Record<string, unknown> = JSON.parse(JSON.stringify(sample())) as Record<string, unknown>;
    delete json.ratingsRevealed;
    const parsed = parseWorkshopFile(json);
    expect(parsed.ok && parsed.workshop.ratingsRevealed).toBe(false);
    expect(workshopSchema.parse(json).ratingsRevealed).toBe(false);
  });
});

describe('pillar/add', () => {
  it('adds a pillar at weight 0, so the weights still sum to 100, and makes the framework the workshop’s own', () => {
    const w = apply(blank(), { type: 'pillar/add', name: 'Accessibility', summary: 'Everyone can use it.' });
    const added = at(w.framework.pillars, 6);
    expect(added).toMatchObject({ name: 'Accessibility', summary: 'Everyone can use it.', weight: 0, prompts: [] });
    expect(total(w)).toBe(100);
    expect(w.framework.id).toBe('custom');
    expect(w.framework.name).toBe('Six pillars of customer experience (adapted)');
  });

  it('refuses a name already in use, whatever its case', () => {
    const error = refuse(blank(), { type: 'pillar/add', name: '  empathy ' }, 'conflict');
    expect(error.message).toBe('There is already a pillar called “empathy”. Pick a name the others do not use.');
  });

  it('refuses a thirteenth pillar', () => {
    let w = blank();
    for (let i = 0; i < 6; i++) w = apply(w, { type: 'pillar/add', name: `Extra ${i}` });
    expect(refuse(w, { type: 'pillar/add', name: 'One too many' }, 'invalid').message).toBe(
      'A framework can have at most 12 pillars.',
    );
  });
});

describe('pillar/rename and pillar/describe', () => {
  it('renames, keeping the id so ratings stay attached', () => {
    const { w } = scored();
    const renamed = apply(w, { type: 'pillar/rename', pillarId: 'empathy', name: 'Care' });
    expect(names(renamed)).toContain('Care');
    expect(renamed.ratings).toBe(w.ratings);
  });

  it('refuses renaming to another pillar’s name (case-insensitive) and unknown pillars', () => {
    const w = blank();
    refuse(w, { type: 'pillar/rename', pillarId: 'empathy', name: 'INTEGRITY' }, 'conflict');
    refuse(w, { type: 'pillar/rename', pillarId: 'nope', name: 'Care' }, 'not-found');
    // Changing only the case of its own name is fine.
    expect(names(apply(w, { type: 'pillar/rename', pillarId: 'empathy', name: 'EMPATHY' }))).toContain('EMPATHY');
  });

  it('describes a pillar with a summary and prompts', () => {
    const w = apply(blank(), { type: 'pillar/describe', pillarId: 'integrity', summary: 'We keep promises.', prompts: ['Did we?'] });
    expect(at(w.framework.pillars, 0)).toMatchObject({ summary: 'We keep promises.', prompts: ['Did we?'] });
  });
});

describe('pillar/move', () => {
  it('reorders pillars', () => {
    const w = apply(blank(), { type: 'pillar/move', pillarId: 'time-effort', toIndex: 0 });
    expect(at(w.framework.pillars, 0).id).toBe('time-effort');
    refuse(w, { type: 'pillar/move', pillarId: 'nope', toIndex: 0 }, 'not-found');
  });

  it('moves a pillar to the last place, and refuses a place past it', () => {
    const w = blank();
    expect(w.framework.pillars).toHaveLength(6);
    const moved = apply(w, { type: 'pillar/move', pillarId: 'integrity', toIndex: 5 });
    expect(at(moved.framework.pillars, 5).id).toBe('integrity');
    expect(refuse(w, { type: 'pillar/move', pillarId: 'integrity', toIndex: 6 }, 'invalid').message).toBe(
      'There is no position 7 among the pillars; there are 6.',
    );
  });
});

describe('pillar/remove', () => {
  it('shares the removed weight among the rest in proportion, and keeps the ratings', () => {
    const { w } = scored();
    const removed = apply(w, { type: 'pillar/remove', pillarId: 'personalisation' });
    // 30 freed, the other five weigh 14 each: each gets 14 + 30·14/70 = 20.
    expect(removed.framework.pillars.map((p) => p.weight)).toEqual([20, 20, 20, 20, 20]);
    expect(removed.ratings).toBe(w.ratings);
  });

  it('keeps the last pillar', () => {
    let w = apply(blank(), { type: 'framework/use', preset: 'four-pillars' });
    for (const id of ['integrity', 'empathy', 'personalisation']) w = apply(w, { type: 'pillar/remove', pillarId: id });
    expect(total(w)).toBeCloseTo(100, 10);
    expect(refuse(w, { type: 'pillar/remove', pillarId: 'resolution' }, 'invalid').message).toBe(
      'A framework needs at least one pillar, so the last one stays.',
    );
  });
});

describe('framework/set-weights', () => {
  it('refuses weights that do not sum to 100, saying by how much', () => {
    const weights = { integrity: 10, resolution: 10, expectations: 10, empathy: 10, personalisation: 40, 'time-effort': 10 };
    expect(refuse(blank(), { type: 'framework/set-weights', weights }, 'invalid').message).toBe(
      'The weights add up to 90 %; they need to add up to 100 %.',
    );
  });
});
