/**
 * What changed between two moments, in a few plain words for a list of
 * restore points: "3 cards added, 12 ratings changed, a stage removed".
 */
import { COLLECTION_NAMES, type CollectionName } from '../changes/collections';
import type { Changes } from '../changes/types';

const NOUNS: { readonly [C in CollectionName]: readonly [string, string] } = {
  stages: ['stage', 'stages'],
  channels: ['channel', 'channels'],
  teams: ['team', 'teams'],
  touchpoints: ['card', 'cards'],
  pillars: ['pillar', 'pillars'],
  ratings: ['rating', 'ratings'],
  fixes: ['fix', 'fixes'],
  participants: ['person', 'people'],
  votes: ['vote', 'votes'],
  tallies: ['wall count', 'wall counts'],
  actions: ['action', 'actions'],
};

function counted(n: number, [one, many]: readonly [string, string]): string {
  return n === 1 ? `a ${one}` : `${String(n)} ${many}`;
}

/** The changes, most sweeping first; "no changes" when there are none. */
export function describeChanges(changes: Changes): string {
  const parts: { readonly n: number; readonly text: string }[] = [];
  for (const collection of COLLECTION_NAMES) {
    const list = changes.records[collection];
    if (!list) continue;
    const added = list.filter((c) => c.before === null).length;
    const removed = list.filter((c) => c.after === null).length;
    const changed = list.length - added - removed;
    const noun = NOUNS[collection];
    if (added > 0) parts.push({ n: added, text: `${counted(added, noun)} added` });
    if (changed > 0) parts.push({ n: changed, text: `${counted(changed, noun)} changed` });
    if (removed > 0) parts.push({ n: removed, text: `${counted(removed, noun)} removed` });
  }
  const details = ['title', 'organisation', 'facilitator', 'persona', 'scope', 'framework', 'voting', 'ratingsRevealed'] as const;
  if (details.some((field) => changes.fields[field])) parts.push({ n: 0, text: 'workshop details changed' });
  if (parts.length === 0) return 'no changes';
  const sorted = [...parts].sort((a, b) => b.n - a.n).map((p) => p.text);
  const shown = sorted.slice(0, 4);
  const rest = sorted.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${String(rest)} more` : shown.join(', ');
}
