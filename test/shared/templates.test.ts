// Journey templates: each one is a valid workshop a facilitator can start from —
// enough stages and channels, example cards in real cells, a persona and scope
// to edit — and the picker's ids match what the wire accepts.
import { describe, expect, it } from 'vitest';
import { workshopSchema } from '../../shared/model';
import { sequentialIds } from '../../shared/new-workshop';
import {
  createFromTemplate,
  JOURNEY_TEMPLATES,
  templateData,
  type JourneyTemplateId,
  type JourneyTemplateInfo,
  type SettingTemplateId,
} from '../../shared/templates';
import { WORKSHOP_TEMPLATES } from '../../shared/wire';
import { parseWorkshopFile } from '../../shared/workshop-file';

const NOW = '2026-11-23T09:00:00.000Z';
const settings = JOURNEY_TEMPLATES.filter(
  (t): t is JourneyTemplateInfo & { readonly id: SettingTemplateId } => t.id !== 'blank',
);
const build = (templateId: JourneyTemplateId) =>
  createFromTemplate({ templateId, title: '  Test journey ', now: NOW, newId: sequentialIds('t') });

describe('journey templates', () => {
  it('offers blank first and at least six settings, each with a distinct name and a one-line description', () => {
    expect(JOURNEY_TEMPLATES[0]?.id).toBe('blank');
    expect(settings.map((t) => t.id)).toEqual(
      expect.arrayContaining(['retail', 'software', 'banking', 'healthcare', 'utilities', 'public-service']),
    );
    const names = JOURNEY_TEMPLATES.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    for (const t of JOURNEY_TEMPLATES) {
      expect(t.description.length).toBeGreaterThan(10);
      expect(t.description).not.toContain('\n');
      expect(t.description.length).toBeLessThanOrEqual(80);
    }
  });

  it('accepts every template id on the wire', () => {
    for (const t of JOURNEY_TEMPLATES) expect(WORKSHOP_TEMPLATES).toContain(t.id);
  });

  it('builds blank as the plain blank workshop, with no cards, persona or scope', () => {
    const blank = build('blank');
    expect(workshopSchema.safeParse(blank).success).toBe(true);
    expect(blank.touchpoints).toEqual([]);
    expect(blank.persona).toBe('');
    expect(blank.title).toBe('Test journey');
  });

  describe.each(settings.map((t) => [t.id, t] as const))('%s', (id, info) => {
    const workshop = build(id);

    it('is a valid workshop file, starting in Frame with one team', () => {
      const parsed = workshopSchema.safeParse(workshop);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      const file = parseWorkshopFile(JSON.parse(JSON.stringify(workshop)));
      expect(file.ok).toBe(true);
      expect(workshop.phase).toBe('frame');
      expect(workshop.teams.map((t) => t.name)).toEqual(['Team 1']);
      expect(workshop.title).toBe('Test journey');
      expect(workshop.createdAt).toBe(NOW);
    });

    it('has at least 5 stages and 4 channels, with distinct names', () => {
      const stages = workshop.stages.map((s) => s.name);
      const channels = workshop.channels.map((c) => c.name);
      expect(stages.length).toBeGreaterThanOrEqual(5);
      expect(channels.length).toBeGreaterThanOrEqual(4);
      expect(new Set(stages).size).toBe(stages.length);
      expect(new Set(channels).size).toBe(channels.length);
      expect(stages).toEqual(templateData(id).stages);
    });

    it('places a few example cards on Team 1, in existing cells, with neutral feelings and some moments of truth', () => {
      const stageIds = new Set(workshop.stages.map((s) => s.id));
      const channelIds = new Set(workshop.channels.map((c) => c.id));
      const team = workshop.teams[0];
      expect(workshop.touchpoints.length).toBeGreaterThanOrEqual(4);
      for (const card of workshop.touchpoints) {
        expect(stageIds.has(card.stageId)).toBe(true);
        expect(channelIds.has(card.channelId)).toBe(true);
        expect(card.teamId).toBe(team?.id);
        expect(card.feeling).toBe(0);
        expect(card.description.length).toBeGreaterThan(0);
      }
      const truths = workshop.touchpoints.filter((c) => c.momentOfTruth).length;
      expect(truths).toBeGreaterThan(0);
      expect(truths).toBeLessThan(workshop.touchpoints.length);
      const titles = workshop.touchpoints.map((c) => c.title);
      expect(new Set(titles).size).toBe(titles.length);
    });

    it('fills in a persona and a scope to edit, and names itself as the picker does', () => {
      expect(workshop.persona.trim().length).toBeGreaterThan(20);
      expect(workshop.scope.trim().length).toBeGreaterThan(20);
      expect(templateData(id).name).toBe(info.name);
    });

    it('gives every entity its own id', () => {
      const ids = [
        workshop.id,
        ...workshop.stages.map((s) => s.id),
        ...workshop.channels.map((c) => c.id),
        ...workshop.teams.map((t) => t.id),
        ...workshop.touchpoints.map((t) => t.id),
      ];
      expect(new Set(ids).size).toBe(ids.length);
    });
  });

  it('builds the same workshop every time from the same ids and time', () => {
    expect(build('banking')).toEqual(build('banking'));
  });
});
