/**
 * The built-in pillar frameworks a workshop rates against, and the meaning of
 * each point on the rating scale. The facts come from the six-pillar model
 * and a four-pillar variant of it; every sentence here is our own, written
 * for a rater standing at a touchpoint with a pen in hand.
 */
import type { FRAMEWORK_PRESETS } from './commands';
import type { Framework, Pillar } from './model';
import { firstKeys } from './order';

export type FrameworkPreset = (typeof FRAMEWORK_PRESETS)[number];

/** The wording of each pillar, shared by every framework that includes it. */
type PillarText = Omit<Pillar, 'weight' | 'order'>;

const INTEGRITY: PillarText = {
  id: 'integrity',
  name: 'Integrity',
  summary: 'The customer can rely on us: we keep our word and act fairly, even when no one is checking.',
  prompts: [
    'Did we do exactly what we said we would, when we said we would?',
    'Would the customer call this moment honest and fair?',
    'Does anything here chip away at their trust in us?',
  ],
};

const RESOLUTION: PillarText = {
  id: 'resolution',
  name: 'Resolution',
  summary: 'When something goes wrong, we put it right quickly and leave the customer feeling better than before.',
  prompts: [
    'If this goes wrong, how fast is the customer back where they should be?',
    'Do we own the mistake and say sorry as if we mean it?',
    'Would the customer come away from the fix more loyal, not less?',
  ],
};

const EXPECTATIONS: PillarText = {
  id: 'expectations',
  name: 'Expectations',
  summary: 'We know what the customer expects here, set that expectation honestly, then meet or beat it.',
  prompts: [
    'What does the customer expect at this moment, and who set that expectation?',
    'Do we meet it every time, or only on a good day?',
    'Is there a small way to do better than they expect?',
  ],
};

const EMPATHY: PillarText = {
  id: 'empathy',
  name: 'Empathy',
  summary: 'We grasp how the customer feels in their situation and let that understanding shape what we do.',
  prompts: [
    'How is the customer likely feeling when they reach this point?',
    'Do they feel listened to, or processed?',
    'Does what we do next show that we understood them?',
  ],
};

const PERSONALISATION: PillarText = {
  id: 'personalisation',
  name: 'Personalisation',
  summary: 'The customer is treated as a person we know, not a case number, and feels valued and in control.',
  prompts: [
    'Do we use what we already know about this customer?',
    'Would they have to repeat themselves or start from scratch?',
    'Do they leave feeling important and more in control?',
  ],
};

const TIME_AND_EFFORT: PillarText = {
  id: 'time-effort',
  name: 'Time & Effort',
  summary: 'Getting things done takes the customer as little time and trouble as it can.',
  prompts: [
    'How many steps, forms or waits stand between the customer and their goal?',
    'Where do they get stuck, or have to chase us?',
    'Could we remove a step without hurting any other pillar?',
  ],
};

/** Published research gives personalisation the largest share of the overall experience. */
const PERSONALISATION_WEIGHT = 30;

/**
 * Gives personalisation its share and splits the rest evenly; the last pillar
 * takes whatever rounding left over so the weights add up to exactly 100.
 */
function withWeights(texts: readonly PillarText[]): readonly Pillar[] {
  const others = texts.filter((p) => p.id !== PERSONALISATION.id);
  const each = (100 - PERSONALISATION_WEIGHT) / others.length;
  const lastOther = others[others.length - 1];
  let assigned = 0;
  const keys = firstKeys(texts.length);
  return texts.map((text, i) => {
    let weight: number;
    if (text.id === PERSONALISATION.id) weight = PERSONALISATION_WEIGHT;
    else if (text === lastOther) weight = 100 - PERSONALISATION_WEIGHT - assigned;
    else weight = each;
    if (text.id !== PERSONALISATION.id) assigned += weight;
    return { ...text, order: keys[i] ?? 'a0', prompts: [...text.prompts], weight };
  });
}

/** The built-in frameworks, built fresh on each call so callers may hold them freely. */
export function frameworkPreset(preset: FrameworkPreset): Framework {
  switch (preset) {
    case 'six-pillars':
      return {
        id: 'six-pillars',
        name: 'Six pillars of customer experience',
        pillars: withWeights([
          INTEGRITY,
          RESOLUTION,
          EXPECTATIONS,
          EMPATHY,
          PERSONALISATION,
          TIME_AND_EFFORT,
        ]),
      };
    case 'four-pillars':
      return {
        id: 'four-pillars',
        name: 'Four pillars of customer experience',
        pillars: withWeights([INTEGRITY, EMPATHY, PERSONALISATION, RESOLUTION]),
      };
  }
}

export const DEFAULT_FRAMEWORK_PRESET: FrameworkPreset = 'six-pillars';

export interface ScalePoint {
  readonly score: 1 | 2 | 3 | 4 | 5;
  readonly label: string;
  readonly meaning: string;
}

/** What each rating means, shown beside the buttons so every team scores alike. */
export const SCALE: readonly ScalePoint[] = [
  {
    score: 1,
    label: 'Broken',
    meaning: 'This fails the customer. They would complain, give up or go elsewhere.',
  },
  {
    score: 2,
    label: 'Poor',
    meaning: 'It works, but it costs the customer patience. It often leaves them annoyed.',
  },
  {
    score: 3,
    label: 'Acceptable',
    meaning: 'Nothing to complain about and nothing to remember. It does the job.',
  },
  {
    score: 4,
    label: 'Good',
    meaning: 'It is reliably pleasant. The customer would speak well of it if asked.',
  },
  {
    score: 5,
    label: 'Excellent',
    meaning: 'It delights. The customer would tell friends about it unprompted.',
  },
];

/** Shown for a rating of null: the pillar does not apply at this touchpoint. */
export const NOT_APPLICABLE = {
  label: 'N/A',
  meaning: 'This pillar does not come into play at this touchpoint.',
} as const;
