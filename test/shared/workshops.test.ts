// New, sample and large workshops are valid, and workshop files are read safely.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WORKSHOP_FORMAT_VERSION, workshopSchema } from '../../shared/model';
import { createBlankWorkshop, sequentialIds } from '../../shared/new-workshop';
import { createSampleWorkshop } from '../../shared/sample-workshop';
import { dotsSpent } from '../../shared/selectors';
import { migrateFile, MIGRATIONS, parseWorkshopFile, serializeWorkshop } from '../../shared/workshop-file';
import { createLargeWorkshop } from '../fixtures/large-workshop';
import { START } from './helpers';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));

describe('createBlankWorkshop', () => {
  it('starts with the default journey, one team, six pillars and 5 dots', () => {
    const w = createBlankWorkshop({ title: ' Onboarding ', now: START, newId: sequentialIds('b') });
    expect(workshopSchema.safeParse(w).success).toBe(true);
    expect(w).toMatchObject({ id: 'b1', title: 'Onboarding', phase: 'frame', createdAt: START, updatedAt: START });
    expect(w.stages.map((s) => s.name)).toEqual(['Discover', 'Choose', 'Buy', 'Receive', 'Use', 'Get help', 'Renew or leave']);
    expect(w.channels.map((c) => c.name)).toEqual(['Web', 'App', 'Phone', 'Live chat', 'E-mail', 'Store']);
    expect(w.teams.map((t) => t.name)).toEqual(['Team 1']);
    expect(w.framework.id).toBe('six-pillars');
    expect(w.voting).toEqual({
      budget: 5,
      maxPerFix: 3,
      ownTeamVoting: true,
      secret: true,
      mode: 'ballot',
      tallyVoters: 0,
      revealed: false,
      runoffs: [],
    });
    expect(new Set([w.id, ...w.stages.map((s) => s.id), ...w.channels.map((c) => c.id), ...w.teams.map((t) => t.id)]).size).toBe(15);
  });

  it('uses a given id', () => {
    expect(createBlankWorkshop({ id: 'mine', title: 'T', now: START, newId: sequentialIds() }).id).toBe('mine');
  });
});

describe('createSampleWorkshop', () => {
  const w = createSampleWorkshop({ now: START, newId: sequentialIds('s') });

  it('is a valid, filled-in workshop that opens on the first step of its agenda', () => {
    expect(workshopSchema.safeParse(w).success).toBe(true);
    expect(w.phase).toBe('frame');
    expect(w.agenda[0]?.phase).toBe('frame');
    expect(w.teams).toHaveLength(3);
    expect(w.touchpoints.length).toBeGreaterThanOrEqual(18);
    expect(w.fixes).toHaveLength(8);
    expect(w.actions).toHaveLength(4);
    expect(w.ratings.some((r) => r.score === null)).toBe(true);
    expect(w.participants.map((p) => p.name)).toEqual(expect.arrayContaining(['Zoë Martin', 'Дмитрий Соколов']));
  });

  it('keeps every voter within the budget and the per-fix cap', () => {
    for (const p of w.participants) expect(dotsSpent(w, p.id)).toBeLessThanOrEqual(w.voting.budget);
    for (const v of w.votes) expect(v.dots).toBeLessThanOrEqual(w.voting.maxPerFix);
  });

  it('dates actions from now and can take a title', () => {
    expect(w.actions.map((a) => a.dueDate)).toEqual(['2027-01-22', '2027-02-21', '2026-12-23', '2026-12-14']);
    expect(createSampleWorkshop({ now: START, newId: sequentialIds(), title: 'Demo' }).title).toBe('Demo');
  });

  it('is the same every time', () => {
    expect(createSampleWorkshop({ now: START, newId: sequentialIds('s') })).toEqual(w);
  });
});

describe('the large fixture', () => {
  const large = createLargeWorkshop(1);

  it('has the promised size and passes the schema', () => {
    expect(workshopSchema.safeParse(large).success).toBe(true);
    expect(large.teams).toHaveLength(8);
    expect(large.stages).toHaveLength(8);
    expect(large.channels).toHaveLength(6);
    expect(large.touchpoints).toHaveLength(400);
    expect(large.ratings.length).toBeGreaterThanOrEqual(2400);
    expect(large.fixes).toHaveLength(150);
    expect(large.participants).toHaveLength(40);
    expect(large.actions).toHaveLength(30);
    for (const p of large.participants) expect(dotsSpent(large, p.id)).toBeLessThanOrEqual(5);
  });

  it('is deterministic and matches the JSON written to disk', () => {
    expect(createLargeWorkshop(1)).toEqual(large);
    expect(createLargeWorkshop(2)).not.toEqual(large);
    expect(fixture('large-workshop.json')).toEqual(large);
  });
});

describe('parseWorkshopFile', () => {
  it('reads the small and large fixtures', () => {
    for (const name of ['small-workshop.json', 'large-workshop.json']) {
      const result = parseWorkshopFile(fixture(name));
      expect(result.ok && result.migrated).toBe(false);
      expect(result.ok).toBe(true);
    }
  });

  it('round-trips through serializeWorkshop', () => {
    const w = createSampleWorkshop({ now: START, newId: sequentialIds('s') });
    const text = serializeWorkshop(w);
    expect(text).not.toContain('\n');
    expect(parseWorkshopFile(JSON.parse(text))).toEqual({ ok: true, workshop: w, migrated: false });
  });

  it('refuses things that are not workshops', () => {
    for (const garbage of [null, 42, 'text', [], {}, { formatVersion: 'one', stages: [] }, { hello: 'world' }]) {
      expect(parseWorkshopFile(garbage)).toEqual({
        ok: false,
        reason: 'not-a-workshop',
        message: 'This file is not a Journey Room workshop.',
      });
    }
  });

  it('refuses a file from a newer version, saying so', () => {
    const newer = { ...(fixture('small-workshop.json') as object), formatVersion: WORKSHOP_FORMAT_VERSION + 1 };
    const result = parseWorkshopFile(newer);
    expect(result).toMatchObject({ ok: false, reason: 'newer-version' });
    expect(!result.ok && result.message).toMatch(/made by a newer version of Journey Room/);
  });

  it('explains a damaged file with the path of the first problem', () => {
    const file = fixture('small-workshop.json') as { touchpoints: { title: string }[] };
    const first = file.touchpoints[2];
    if (first) first.title = '';
    expect(parseWorkshopFile(file)).toEqual({
      ok: false,
      reason: 'invalid',
      message: 'This workshop file is damaged (at touchpoints › 3 › title): Title: A name cannot be empty.',
    });
  });

  it('refuses a file whose items point at things not in it', () => {
    const file = fixture('small-workshop.json') as { ratings: { touchpointId: string }[] };
    const first = file.ratings[0];
    if (first) first.touchpointId = 'nowhere';
    expect(parseWorkshopFile(file)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('migrates through the migrations table one version at a time, and says when a step is missing', () => {
    const steps = {
      1: (file: Record<string, unknown>) => ({ ...file, formatVersion: 2, renamed: file.name }),
      2: (file: Record<string, unknown>) => ({ ...file, formatVersion: 3, extra: true }),
    };
    expect(migrateFile({ formatVersion: 1, name: 'A' }, 1, 3, steps)).toEqual({
      ok: true,
      value: { formatVersion: 3, name: 'A', renamed: 'A', extra: true },
    });
    expect(migrateFile({ formatVersion: 1 }, 1, 4, steps)).toEqual({
      ok: false,
      message: 'This workshop was saved in format 1, which this version of Journey Room cannot read.',
    });
    expect(Object.keys(MIGRATIONS)).toEqual(['1']);
  });

  it('opens every format-1 file, giving each ordered record a key in the order it was listed', () => {
    for (const name of ['small-workshop.json', 'large-workshop.json']) {
      const v1 = fixture(`format-1/${name}`) as Record<string, unknown>;
      const v2 = fixture(name);
      const migrated = parseWorkshopFile(v1);
      const current = parseWorkshopFile(v2);
      if (!migrated.ok || !current.ok) throw new Error('A fixture did not open.');
      expect(migrated.migrated).toBe(true);
      // The same workshop as the generator writes today: same order everywhere.
      expect(migrated.workshop).toEqual(current.workshop);
      const v1Stages = v1['stages'] as { id: string }[];
      expect(migrated.workshop.stages.map((s) => s.id)).toEqual(v1Stages.map((s) => s.id));
    }
  });
});
