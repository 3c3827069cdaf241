/**
 * Turns zod's validation issues into one sentence a person can act on, e.g.
 * "Title: A name cannot be empty." Used for commands that arrive from outside
 * and for workshop files.
 */
import type { z } from 'zod';

/** How people call the fields of commands and workshops. */
const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  name: 'Name',
  organisation: 'Organisation',
  facilitator: 'Facilitator',
  persona: 'Customer',
  scope: 'Scope',
  locale: 'Dates written as',
  description: 'Description',
  momentOfTruth: 'Moment of truth',
  feeling: 'Feeling',
  score: 'Rating',
  note: 'Note',
  index: 'Position',
  toIndex: 'Position',
  impact: 'Impact',
  effort: 'Effort',
  budget: 'Dots per person',
  maxPerFix: 'Most dots on one fix',
  dots: 'Dots',
  revealed: 'Revealed',
  round: 'Round',
  fixIds: 'Fixes',
  tallyVoters: 'Number of voters',
  ownTeamVoting: 'Voting for your own team',
  mode: 'How dots are counted',
  owner: 'Owner',
  dueDate: 'Due date',
  successMeasure: 'Success measure',
  status: 'Status',
  weights: 'Weights',
  weight: 'Weight',
  phase: 'Phase',
  preset: 'Framework',
  touchpointIds: 'Touchpoints',
  pillarIds: 'Pillars',
  type: 'Command',
  color: 'Colour',
  formatVersion: 'Format version',
  createdAt: 'Created',
  updatedAt: 'Last changed',
};

/** "stageId" → "Stage", "fixId" → "Fix", other camelCase → "Words like this". */
export function fieldLabel(key: string): string {
  const known = FIELD_LABELS[key];
  if (known) return known;
  const base = key.endsWith('Id') ? key.slice(0, -2) : key;
  const words = base.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** zod's built-in messages are for developers; ours replace them. Custom messages are kept. */
function isBuiltInMessage(message: string): boolean {
  return /^(Invalid|Too (small|big)|Unrecognized key|Expected)/.test(message);
}

/** Our own sentence for one of zod's built-in issues. */
function describe(issue: z.core.$ZodIssue, label: string): string {
  switch (issue.code) {
    case 'invalid_type':
      return /received undefined$/.test(issue.message)
        ? `${label} is missing.`
        : `${label} has the wrong kind of value.`;
    case 'too_small':
      if (issue.origin === 'array') return `${label} needs at least ${String(issue.minimum)}.`;
      if (issue.origin === 'string') return `${label} is too short.`;
      return `${label} must be at least ${String(issue.minimum)}.`;
    case 'too_big':
      if (issue.origin === 'array') return `${label} can hold at most ${String(issue.maximum)}.`;
      if (issue.origin === 'string') return `${label} is too long (at most ${String(issue.maximum)} characters).`;
      return `${label} must be at most ${String(issue.maximum)}.`;
    case 'invalid_value':
      return `${label} must be one of: ${issue.values.map(String).join(', ')}.`;
    case 'invalid_union':
      return label === 'Command' ? 'Journey Room does not know that kind of change.' : `${label} is not valid.`;
    case 'unrecognized_keys':
      return `${label} has fields Journey Room does not know: ${issue.keys.join(', ')}.`;
    case 'invalid_format':
      return `${label} is not in the expected format.`;
    default:
      return `${label} is not valid.`;
  }
}

/** Fields keyed by ids (a ballot's dots per fix id): the field names the problem, not the id. */
const KEYED_BY_ID = new Set(['dots']);

/** The label of the last named field on the path ("the change" when there is none). */
function labelOf(path: readonly PropertyKey[]): string {
  const at = path.findLastIndex((p) => typeof p === 'string');
  const parent = path[at - 1];
  const named = typeof parent === 'string' && KEYED_BY_ID.has(parent) ? parent : path[at];
  return typeof named === 'string' ? fieldLabel(named) : 'The change';
}

/** One readable sentence for the first issue: "Title: A name cannot be empty." */
export function describeFirstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'That input is not valid.';
  const label = labelOf(issue.path);
  // A schema's own message ("A name cannot be empty.") needs the field's name in front.
  return isBuiltInMessage(issue.message) ? describe(issue, label) : `${label}: ${issue.message}`;
}

/** The path of an issue as people read it: "touchpoints › 3 › title". */
export function pathText(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? String(p + 1) : String(p))).join(' › ');
}
