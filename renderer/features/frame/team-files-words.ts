/**
 * How the Frame screen's "Teams on their own laptops" card and the merge
 * preview speak, apart from React: what a team pack's export says when it
 * ends, how a file picked for merging is read (and why it is refused), what
 * a team file brings grouped by kind and counted ("12 cards, 96 ratings and
 * 3 fixes"), the two versions of a record both sides changed, and what the
 * notice says once the file is merged.
 */
import { count } from '../../../shared/present/numbers';
import type { z } from 'zod';
import { COLLECTIONS, recordKey, type RecordOf } from '../../../shared/changes/collections';
import type { Id, Workshop } from '../../../shared/model';
import { KEEP_WORKSHOP, LEAVE_OUT, type MergeChoices, type MergeConflict, type MergeItem, type MergePreview } from '../../../shared/team-files/merge';
import { looksLikeTeamPack } from '../../../shared/team-files/team-pack';
import { parseTeamFile, teamFileSchema, type TeamFile } from '../../../shared/team-files/team-file';
import type { TeamWorkCollection } from '../../../shared/team-files/team-work';
import type { ExportOutcome } from '../../api/client';

export type Tone = 'success' | 'neutral' | 'error';

export interface Outcome {
  readonly tone: Tone;
  readonly text: string;
}

/** How exporting one team's pack ended, naming the team. */
export function packOutcome(outcome: ExportOutcome, teamName: string): Outcome {
  switch (outcome.kind) {
    case 'saved':
      return { tone: 'success', text: `Saved ${teamName}’s pack to ${outcome.path}` };
    case 'downloaded':
      return { tone: 'success', text: `Downloaded ${teamName}’s pack as ${outcome.fileName}. Look in your downloads folder.` };
    case 'cancelled':
      return { tone: 'neutral', text: `${teamName}’s pack was not saved. You can export it again at any time.` };
    case 'failed':
      return { tone: 'error', text: `${teamName}’s pack could not be made: ${outcome.message}` };
  }
}

/** A team file as the merge command carries it (the schema's own type, which the merge reads too). */
export type TeamFileData = z.infer<typeof teamFileSchema>;

export type ReadTeamFile = { readonly ok: true; readonly file: TeamFileData } | { readonly ok: false; readonly message: string };

/** A picked or dropped file's text, checked as a team file: the file, or the sentence that says why not. */
export function readTeamFile(text: string): ReadTeamFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file cannot be read: it is damaged, or it is not a team file.' };
  }
  if (looksLikeTeamPack(json)) {
    return {
      ok: false,
      message: 'This is a team pack, the file a team opens on its laptop. Merge the team file the team exports from its copy when it is done.',
    };
  }
  const checked = parseTeamFile(json);
  if (!checked.ok) return checked;
  // Checked above; read again as the schema's type, which the merge command is declared with.
  const data = teamFileSchema.safeParse(json);
  return data.success ? { ok: true, file: data.data } : { ok: false, message: 'This team file is damaged: parts of it cannot be read, so nothing of it was merged.' };
}

/** A refusal about one of the files picked, naming it when several were. */
export function fileRefusal(fileName: string, message: string, several: boolean): string {
  return several ? `“${fileName}”: ${message}` : message;
}

/** What one kind of record is called when counted: "1 card", "3 fixes", "2 people’s dots". */
const NOUNS: Record<TeamWorkCollection, readonly [string, string]> = {
  stages: ['stage', 'stages'],
  channels: ['channel', 'channels'],
  pillars: ['pillar', 'pillars'],
  participants: ['person', 'people'],
  touchpoints: ['card', 'cards'],
  fixes: ['fix', 'fixes'],
  ratings: ['rating', 'ratings'],
  votes: ['person’s dots', 'people’s dots'],
};

/** What each group's list is headed in the preview. */
const HEADINGS: Record<TeamWorkCollection, string> = {
  stages: 'Stages',
  channels: 'Channels',
  pillars: 'Pillars',
  participants: 'People',
  touchpoints: 'Cards',
  fixes: 'Fixes',
  ratings: 'Ratings',
  votes: 'Dots',
};

export function counted(n: number, collection: TeamWorkCollection): string {
  const [one, many] = NOUNS[collection];
  return count(n, one, many);
}

/** "a", "a and b", "a, b and c". */
export function joinWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

export interface KindGroup {
  readonly collection: TeamWorkCollection;
  readonly heading: string;
  readonly items: readonly string[];
}

export interface ChangeGroup {
  readonly key: 'added' | 'changed' | 'removed';
  /** "New", "Changed", "Removed". */
  readonly heading: string;
  /** "12 cards, 96 ratings and 3 fixes". */
  readonly counts: string;
  readonly total: number;
  readonly kinds: readonly KindGroup[];
}

/** The order kinds are told in: the team's work first, as people think of it, then the frame. */
const TOLD_ORDER: readonly TeamWorkCollection[] = ['touchpoints', 'ratings', 'fixes', 'votes', 'participants', 'stages', 'channels', 'pillars'];

/** The records of one list grouped by kind: cards, ratings, fixes, dots, people, then the frame. */
export function groupByKind(items: readonly MergeItem[]): readonly KindGroup[] {
  const groups: KindGroup[] = [];
  for (const collection of TOLD_ORDER) {
    const labels = items.filter((item) => item.collection === collection).map((item) => item.label);
    if (labels.length > 0) groups.push({ collection, heading: HEADINGS[collection], items: labels });
  }
  return groups;
}

function countsOf(kinds: readonly KindGroup[]): string {
  return joinWords(kinds.map((kind) => counted(kind.items.length, kind.collection)));
}

/** What is new, changed and removed, each grouped by kind and counted; lists with nothing in them are left out. */
export function changeGroups(preview: MergePreview): readonly ChangeGroup[] {
  const lists = [
    { key: 'added', heading: 'New', items: preview.added },
    { key: 'changed', heading: 'Changed', items: preview.changed },
    { key: 'removed', heading: 'Removed', items: preview.removed },
  ] as const;
  return lists
    .filter((list) => list.items.length > 0)
    .map((list) => {
      const kinds = groupByKind(list.items);
      return { key: list.key, heading: list.heading, counts: countsOf(kinds), total: list.items.length, kinds };
    });
}

/** Whether merging the file would change nothing whatever is chosen. */
export function nothingToMerge(preview: MergePreview): boolean {
  return preview.added.length + preview.changed.length + preview.removed.length + preview.conflicts.length === 0;
}

/** The one line a preview opens with. */
export function previewLead(preview: MergePreview): string {
  if (nothingToMerge(preview)) {
    return preview.alreadyIn > 0
      ? 'Everything in this file is already in the workshop. There is nothing to merge.'
      : `This file holds no changes: ${preview.teamName}’s copy is as it was handed out. There is nothing to merge.`;
  }
  const conflicts = preview.conflicts.length;
  const ask =
    conflicts === 0
      ? 'Nothing in it clashes with changes made here.'
      : conflicts === 1
        ? 'One thing was changed both here and on the team’s laptop: choose which to keep.'
        : `${conflicts} things were changed both here and on the team’s laptop: choose which to keep for each.`;
  return `This is what ${preview.teamName}’s work brings into the workshop. ${ask}`;
}

/** Said when some of the file is already in the workshop (it, or part of it, was merged before). */
export function alreadyInSentence(alreadyIn: number): string | null {
  if (alreadyIn <= 0) return null;
  return alreadyIn === 1
    ? '1 change in this file is already in this workshop, so it is left as it is.'
    : `${alreadyIn} changes in this file are already in this workshop, so they are left as they are.`;
}

/** "The card “Checkout” (Buy · Web)" from the merge's "the card “Checkout” (Buy · Web)". */
export function capitalised(text: string): string {
  return text.length === 0 ? text : `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** The choice each conflict starts with: the merge's own, so Merge without a click does what the preview says. */
export function defaultChoices(preview: MergePreview): MergeChoices {
  return Object.fromEntries(preview.conflicts.map((conflict) => [conflict.id, conflict.choice]));
}

/** Whether the merge with these choices brings in anything at all. */
export function mergeChangesSomething(preview: MergePreview, choices: MergeChoices): boolean {
  if (preview.added.length + preview.changed.length + preview.removed.length > 0) return true;
  return preview.conflicts.some((conflict) => takesTeams(choiceOf(conflict, choices)));
}

function choiceOf(conflict: MergeConflict, choices: MergeChoices): string {
  return choices[conflict.id] ?? conflict.choice;
}

function takesTeams(choice: string): boolean {
  return choice !== KEEP_WORKSHOP && choice !== LEAVE_OUT;
}

/** The restore point the host keeps before the merge, as History lists it. */
export function restorePointName(teamName: string): string {
  return `Before merging the team file of ${teamName}`;
}

/** The notice once the file is merged: what went in, and how to take it back. */
export function mergedSentence(preview: MergePreview, choices: MergeChoices, fileTeamName: string): string {
  const parts: string[] = [];
  for (const group of changeGroups(preview)) {
    const verb = group.key === 'added' ? 'added' : group.key === 'changed' ? 'changed' : 'removed';
    parts.push(`${group.counts} ${verb}`);
  }
  const conflicts = preview.conflicts.length;
  const taken = preview.conflicts.filter((conflict) => takesTeams(choiceOf(conflict, choices))).length;
  const brought = parts.length > 0 ? `: ${joinWords(parts)}.` : '.';
  const settled =
    conflicts === 0
      ? ''
      : ` Of ${conflicts === 1 ? 'the 1 conflict' : `the ${conflicts} conflicts`}, ${taken === 0 ? 'none' : String(taken)} ${taken === 1 ? 'takes' : 'take'} the team’s version.`;
  return (
    `Merged ${preview.teamName}’s team file${brought}${settled} ` +
    `Undo takes it back, or the restore point “${restorePointName(fileTeamName)}” in History.`
  );
}

/** One way the two versions of a record differ: what it is here, and what it is on the team's laptop. */
export interface VersionRow {
  readonly label: string;
  readonly here: string;
  readonly team: string;
}

const FEELINGS: Readonly<Record<number, string>> = { [-2]: 'Very unhappy', [-1]: 'Unhappy', 0: 'Neutral', 1: 'Happy', 2: 'Delighted' };
const SHOWN_MAX = 140;

function shown(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '(empty)';
  return trimmed.length > SHOWN_MAX ? `${trimmed.slice(0, SHOWN_MAX - 1)}…` : trimmed;
}

/**
 * How the workshop's version and the team's differ, field by field, for a
 * record changed in both places (or made in both): what the person weighs
 * before choosing. Empty when there is nothing worth showing.
 */
export function conflictVersions(conflict: MergeConflict, master: Workshop, file: TeamFile): readonly VersionRow[] {
  if (conflict.kind !== 'edited-both' && conflict.kind !== 'made-both') return [];
  const collection = conflict.collection;
  const pair = versionsOf(collection, conflict.id, master, file);
  if (pair === null) return [];
  const { here, team } = pair;
  const names = nameLookup(master, file);
  switch (collection) {
    case 'touchpoints':
      return cardRows(here as RecordOf<'touchpoints'>, team as RecordOf<'touchpoints'>, names);
    case 'fixes':
      return fixRows(here as RecordOf<'fixes'>, team as RecordOf<'fixes'>, names);
    case 'ratings': {
      const a = here as RecordOf<'ratings'>;
      const b = team as RecordOf<'ratings'>;
      const score = (s: number | null) => (s === null ? 'Not scored' : String(s));
      return rows([
        ['Score', score(a.score), score(b.score)],
        ['Note', shown(a.note), shown(b.note)],
      ]);
    }
    case 'participants': {
      const a = here as RecordOf<'participants'>;
      const b = team as RecordOf<'participants'>;
      return rows([['Name', a.name, b.name]]);
    }
    default:
      return [];
  }
}

function rows(list: readonly (readonly [string, string, string])[]): VersionRow[] {
  return list.filter(([, here, team]) => here !== team).map(([label, here, team]) => ({ label, here, team }));
}

interface NameLookup {
  readonly place: (stageId: Id, channelId: Id) => string;
  readonly cards: (ids: readonly Id[]) => string;
  readonly pillars: (ids: readonly Id[]) => string;
}

function nameLookup(master: Workshop, file: TeamFile): NameLookup {
  const named = (list: readonly { readonly id: Id; readonly name: string }[]) => new Map(list.map((item) => [item.id, item.name]));
  const stages = named(master.stages);
  const channels = named(master.channels);
  const pillars = named(master.framework.pillars);
  const cards = new Map<Id, string>();
  for (const change of file.changes.touchpoints ?? []) {
    const card = change.after ?? change.before;
    if (card) cards.set(card.id, card.title);
  }
  for (const card of master.touchpoints) cards.set(card.id, card.title);
  const list = (map: ReadonlyMap<Id, string>, ids: readonly Id[]) =>
    ids.length === 0 ? 'None' : ids.map((id) => map.get(id) ?? 'one no longer here').join(', ');
  return {
    place: (stageId, channelId) => `${stages.get(stageId) ?? 'a stage no longer here'} · ${channels.get(channelId) ?? 'a channel no longer here'}`,
    cards: (ids) => shown(list(cards, ids)),
    pillars: (ids) => shown(list(pillars, ids)),
  };
}

function cardRows(a: RecordOf<'touchpoints'>, b: RecordOf<'touchpoints'>, names: NameLookup): VersionRow[] {
  const out = rows([
    ['Title', a.title, b.title],
    ['Place', names.place(a.stageId, a.channelId), names.place(b.stageId, b.channelId)],
    ['Description', shown(a.description), shown(b.description)],
    ['Notes', shown(a.notes), shown(b.notes)],
    ['Feeling', FEELINGS[a.feeling] ?? String(a.feeling), FEELINGS[b.feeling] ?? String(b.feeling)],
    ['Moment of truth', a.momentOfTruth ? 'Yes' : 'No', b.momentOfTruth ? 'Yes' : 'No'],
  ]);
  // Only its turn among the team's cards in the cell moved: worth a line, though neither turn has a name.
  if (out.length === 0 && a.order !== b.order) out.push({ label: 'Order in its cell', here: 'As it is here', team: 'Moved' });
  return out;
}

function fixRows(a: RecordOf<'fixes'>, b: RecordOf<'fixes'>, names: NameLookup): VersionRow[] {
  return rows([
    ['Title', a.title, b.title],
    ['Description', shown(a.description), shown(b.description)],
    ['Impact', `${a.impact} of 5`, `${b.impact} of 5`],
    ['Effort', `${a.effort} of 5`, `${b.effort} of 5`],
    ['Cards it fixes', names.cards(a.touchpointIds), names.cards(b.touchpointIds)],
    ['Pillars', names.pillars(a.pillarIds), names.pillars(b.pillarIds)],
  ]);
}

/** The record as this workshop holds it and as the team's file has it, found by the conflict's record. */
function versionsOf(collection: TeamWorkCollection, conflictId: string, master: Workshop, file: TeamFile): { here: unknown; team: unknown } | null {
  const list = (file.changes[collection] ?? []) as readonly { readonly before: unknown; readonly after: unknown }[];
  for (const change of list) {
    const record = (change.after ?? change.before) as RecordOf<typeof collection> | null;
    if (record === null || change.after === null) continue;
    const key = recordKey(collection, record);
    if (conflictId !== `${collection}:${key}`) continue;
    const here = (COLLECTIONS[collection].get(master) as readonly RecordOf<typeof collection>[]).find((r) => recordKey(collection, r) === key);
    return here === undefined ? null : { here, team: change.after };
  }
  return null;
}
