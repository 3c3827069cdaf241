/**
 * Workshops for the PDF tests: the app's own sample, one whose people and
 * names come from several scripts, an empty one, and one with overlong
 * titles. The small ones are written as format-1 files and opened the way
 * the app opens a file (migrated, then checked against the schema), so they
 * stay honest as the model grows.
 */
import type { Workshop } from '../../../shared/model';
import { parseWorkshopFile } from '../../../shared/workshop-file';
import { frameworkPreset } from '../../../shared/frameworks';
import { createSampleWorkshop } from '../../../shared/sample-workshop';

/** Opens a workshop file as the app does; a test workshop that would not open is a broken test. */
function openFile(json: Record<string, unknown>): Workshop {
  const opened = parseWorkshopFile(json);
  if (!opened.ok) throw new Error(opened.message);
  return opened.workshop;
}

export const GENERATED_AT = new Date('2026-11-23T12:00:00Z');

function counterIds(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

export function sampleWorkshop(): Workshop {
  return createSampleWorkshop({ now: '2026-11-23T09:00:00.000Z', newId: counterIds('s') });
}

/** Nothing placed, rated, proposed or voted yet: just framed. */
export function emptyWorkshop(): Workshop {
  return openFile({
    formatVersion: 1,
    id: 'w-empty',
    title: 'Mobile contract renewals',
    organisation: 'Northwind Mobile',
    facilitator: '',
    persona: '',
    scope: '',
    createdAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
    phase: 'frame',
    stages: [{ id: 'st-1', name: 'Renew or leave' }],
    channels: [{ id: 'ch-1', name: 'Web' }],
    teams: [],
    touchpoints: [],
    framework: frameworkPreset('six-pillars'),
    ratings: [],
    fixes: [],
    participants: [],
    voting: { budget: 5, maxPerFix: 3, revealed: false },
    votes: [],
    actions: [],
  });
}

/** People and titles in Polish, Greek and Cyrillic script, with a real action plan. */
export function internationalWorkshop(): Workshop {
  const framework = frameworkPreset('four-pillars');
  const pillarIds = framework.pillars.map((p) => p.id);
  const ratings = pillarIds.flatMap((pillarId, i) => [
    { teamId: 't-1', touchpointId: 'tp-1', pillarId, score: 2 + (i % 3), note: '' },
    { teamId: 't-2', touchpointId: 'tp-2', pillarId, score: i === 0 ? null : 4, note: '' },
  ]);
  return openFile({
    formatVersion: 1,
    id: 'w-intl',
    title: 'Obsługa klienta – Εξυπηρέτηση – Обслуживание',
    organisation: 'Agencja Łódź',
    facilitator: 'Zoë Łukasz',
    persona: 'Παναγιώτα, a customer who calls about a faulty meter.',
    scope: 'From reporting a fault to the engineer’s visit.',
    createdAt: '2026-11-22T08:30:00.000Z',
    updatedAt: '2026-11-22T15:30:00.000Z',
    phase: 'plan',
    stages: [
      { id: 'st-1', name: 'Report a fault' },
      { id: 'st-2', name: 'Visit' },
    ],
    channels: [{ id: 'ch-1', name: 'Phone' }],
    teams: [
      { id: 't-1', name: 'Zespół Północ', color: '#0072b2' },
      { id: 't-2', name: 'Ομάδα Νότος', color: '#d55e00' },
    ],
    touchpoints: [
      { id: 'tp-1', teamId: 't-1', stageId: 'st-1', channelId: 'ch-1', title: 'Zgłoszenie usterki', description: '', momentOfTruth: true, feeling: -1 },
      { id: 'tp-2', teamId: 't-2', stageId: 'st-2', channelId: 'ch-1', title: 'Επίσκεψη τεχνικού', description: '', momentOfTruth: false, feeling: 1 },
    ],
    framework,
    ratings,
    fixes: [
      { id: 'f-1', teamId: 't-1', title: 'Jeden numer, bez menu', description: '', touchpointIds: ['tp-1'], pillarIds: [pillarIds[0]], impact: 4, effort: 2 },
      { id: 'f-2', teamId: 't-2', title: 'Γραπτή επιβεβαίωση ραντεβού', description: '', touchpointIds: ['tp-2'], pillarIds: [], impact: 3, effort: 1 },
      { id: 'f-3', teamId: 't-2', title: 'Звонок за час до визита', description: '', touchpointIds: ['tp-2'], pillarIds: [], impact: 3, effort: 2 },
    ],
    participants: [
      { id: 'p-1', name: 'Zoë Łukasz', teamId: 't-1' },
      { id: 'p-2', name: 'Παναγιώτα Κωνσταντίνου', teamId: 't-2' },
      { id: 'p-3', name: 'Дмитрий Соколов', teamId: 't-2' },
    ],
    voting: { budget: 5, maxPerFix: 3, revealed: true },
    // f-2 and f-3 draw on 3 dots each: a tie for second place.
    votes: [
      { participantId: 'p-1', fixId: 'f-1', dots: 3 },
      { participantId: 'p-2', fixId: 'f-1', dots: 2 },
      { participantId: 'p-2', fixId: 'f-2', dots: 3 },
      { participantId: 'p-3', fixId: 'f-3', dots: 3 },
    ],
    actions: [
      { id: 'a-1', fixId: 'f-1', title: 'Jeden numer, bez menu', owner: 'Дмитрий Соколов', dueDate: '2027-01-15', successMeasure: 'Czas oczekiwania poniżej 2 minut', pillarId: pillarIds[0], touchpointId: 'tp-1', status: 'planned' },
      { id: 'a-2', fixId: 'f-2', title: 'Γραπτή επιβεβαίωση ραντεβού', owner: 'Παναγιώτα Κωνσταντίνου', dueDate: '', successMeasure: '', pillarId: null, touchpointId: 'tp-2', status: 'planned' },
    ],
  });
}

/** A 200-character title made of real words, so wrapping (not clipping) can be checked. */
export function longTitle(label: string): string {
  const words = `${label} improve the whole onboarding experience for households moving home so that broadband works on day one and nobody has to call us twice about the same problem again`;
  let text = words;
  while (text.length < 200) text = `${text} ${words}`;
  return text.slice(0, 200).trimEnd();
}

/**
 * The sample with overlong titles everywhere a title prints. Built past the
 * schema on purpose (it allows 120 characters): the PDF must still cope with
 * a file written by a future version with longer names.
 */
export function longTitlesWorkshop(): Workshop {
  const base = sampleWorkshop();
  return {
    ...base,
    title: longTitle('Workshop'),
    organisation: longTitle('Organisation'),
    teams: base.teams.map((t, i) => ({ ...t, name: longTitle(`Team ${i + 1}`).slice(0, 120) })),
    touchpoints: base.touchpoints.map((t) => ({ ...t, title: longTitle('Touchpoint') })),
    fixes: base.fixes.map((f, i) => ({ ...f, title: longTitle(`Fix ${i + 1}`) })),
    actions: base.actions.map((a, i) => ({ ...a, title: longTitle(`Action ${i + 1}`), owner: longTitle('Owner').slice(0, 120), successMeasure: longTitle('Measure') })),
  };
}
