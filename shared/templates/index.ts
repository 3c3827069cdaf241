/**
 * Journey templates: a new workshop can start from a blank journey or from a
 * setting (retail, banking, …) with stages, channels, a few example
 * touchpoints on "Team 1", and a persona and scope line to edit. Each
 * template is plain data in its own file; this builds the workshop from it on
 * top of `createBlankWorkshop`, so a template workshop is a blank one with
 * its frame filled in.
 */
import type { Id, Touchpoint, Workshop } from '../model';
import { createBlankWorkshop, freshFacilitation } from '../new-workshop';
import { finishDraft, type Unordered } from '../workshop-draft';
import { bankingTemplate } from './banking';
import { healthcareTemplate } from './healthcare';
import { publicServiceTemplate } from './public-service';
import { retailTemplate } from './retail';
import { softwareTemplate } from './software';
import type { JourneyTemplateData } from './template-types';
import { utilitiesTemplate } from './utilities';

export type { JourneyTemplateData, TemplateTouchpoint } from './template-types';

const SETTINGS = {
  retail: retailTemplate,
  software: softwareTemplate,
  banking: bankingTemplate,
  healthcare: healthcareTemplate,
  utilities: utilitiesTemplate,
  'public-service': publicServiceTemplate,
} as const satisfies Record<string, JourneyTemplateData>;

export type SettingTemplateId = keyof typeof SETTINGS;
/** Every template `createFromTemplate` builds: the blank journey and each setting. */
export type JourneyTemplateId = 'blank' | SettingTemplateId;

export interface JourneyTemplateInfo {
  readonly id: JourneyTemplateId;
  readonly name: string;
  /** One line for the picker. */
  readonly description: string;
}

/** In picker order: blank first, the default. */
export const JOURNEY_TEMPLATES: readonly JourneyTemplateInfo[] = [
  { id: 'blank', name: 'Blank', description: 'Usual stages and channels, no cards yet.' },
  ...(Object.keys(SETTINGS) as SettingTemplateId[]).map((id) => ({
    id,
    name: SETTINGS[id].name,
    description: SETTINGS[id].description,
  })),
];

/** The data behind a setting template, for tests and previews. */
export function templateData(id: SettingTemplateId): JourneyTemplateData {
  return SETTINGS[id];
}

export interface CreateFromTemplateInput {
  readonly templateId: JourneyTemplateId;
  readonly title: string;
  /** ISO 8601 time; the workshop's createdAt and updatedAt. */
  readonly now: string;
  /** Makes every id in the new workshop. */
  readonly newId: () => string;
}

export function createFromTemplate(input: CreateFromTemplateInput): Workshop {
  const { templateId, title, now, newId } = input;
  const blank = createBlankWorkshop({ title, now, newId });
  if (templateId === 'blank') return blank;
  const data = SETTINGS[templateId];

  const stages = data.stages.map((name) => ({ id: newId(), name }));
  const channels = data.channels.map((name) => ({ id: newId(), name }));
  const stageIds = new Map(stages.map((stage) => [stage.name, stage.id]));
  const channelIds = new Map(channels.map((channel) => [channel.name, channel.id]));
  const team = blank.teams[0];
  if (!team) throw new Error('A blank workshop always has a first team.');

  const touchpoints: Unordered<Touchpoint>[] = data.touchpoints.map((seed) => ({
    id: newId(),
    teamId: team.id,
    stageId: idFor(stageIds, seed.stage),
    channelId: idFor(channelIds, seed.channel),
    title: seed.title,
    description: seed.description,
    notes: '',
    momentOfTruth: seed.momentOfTruth,
    // The room decides how the customer feels; the template does not guess.
    feeling: 0,
  }));

  const facilitation = data.agenda ? freshFacilitation(data.agenda) : {};
  return finishDraft({ ...blank, ...facilitation, persona: data.persona, scope: data.scope, stages, channels, touchpoints });
}

/** `defineTemplate` already checks the names at compile time; this keeps a bad edit from slipping through at run time. */
function idFor(ids: ReadonlyMap<string, Id>, name: string): Id {
  const id = ids.get(name);
  if (id === undefined) throw new Error(`Template names '${name}', which is not one of its stages or channels.`);
  return id;
}
