/**
 * What each phase is called, and what the room does in it, in a sentence or
 * two: the team pages' "Now" note and the projector's instructions say the
 * same thing, so the room hears one voice.
 */
import type { LockablePhase, Phase } from '../model';

const LABELS: { readonly [P in Phase]: string } = {
  frame: 'Frame',
  map: 'Map',
  rate: 'Rate',
  diagnose: 'Insights',
  fix: 'Fixes',
  vote: 'Vote',
  plan: 'Plan',
  export: 'Export',
};

export function phaseLabel(phase: Phase): string {
  return LABELS[phase];
}

const INSTRUCTIONS: { readonly [P in Phase]: string } = {
  frame: 'Agree who the customer is, which journey we follow, and the stages and channels it passes through.',
  map: 'Place a card for every moment the customer meets us, in its stage and channel. Mark the moments that decide whether they stay.',
  rate: 'Score each of your cards against every pillar, from 1 (poor) to 5 (excellent).',
  diagnose: 'Read the heatmap together: where does the journey hurt most, and which pillar lets the customer down?',
  fix: 'Propose fixes for the weakest moments. Say what changes, which pillar it helps, and how much effort it takes.',
  vote: 'Spend your dots on the fixes that would help the customer most.',
  plan: 'Turn the winning fixes into actions, each with an owner, a date and a way to tell it worked.',
  export: 'The action plan is ready to share with leadership.',
};

export function phaseInstructions(phase: Phase): string {
  return INSTRUCTIONS[phase];
}

/** What a lock stops, as a team is told when it tries. */
const LOCK_REFUSALS: { readonly [P in LockablePhase]: string } = {
  map: 'The facilitator has locked the map, so cards cannot be added, moved or changed just now.',
  rate: 'The facilitator has locked the ratings, so scores cannot be changed just now.',
  fix: 'The facilitator has locked the fixes, so they cannot be added or changed just now.',
  vote: 'The facilitator has closed the vote for now, so dots cannot be placed or changed.',
  plan: 'The facilitator has locked the plan, so it cannot be changed just now.',
};

export function lockRefusal(phase: LockablePhase): string {
  return LOCK_REFUSALS[phase];
}

/** What a lock's switch and a team page's banner call the locked work. */
const LOCK_NAMES: { readonly [P in LockablePhase]: string } = {
  map: 'the map',
  rate: 'the ratings',
  fix: 'the fixes',
  vote: 'the vote',
  plan: 'the plan',
};

export function lockedWorkName(phase: LockablePhase): string {
  return LOCK_NAMES[phase];
}
