/**
 * What a team's page may ask for, and a guest's. The facilitator runs the workshop: the
 * frame, the framework, reveals, the vote's rules and runoffs, undo, the
 * plan. A team maps, rates as itself, proposes and edits its own fixes, adds
 * its own people and casts its own people's dots. Everything else is refused
 * with one sentence, and nothing changes.
 *
 * The request table is keyed by every request method, and each command's
 * definition says who may send it, so nothing can be added without deciding
 * who may send it.
 */
import type { Refusal } from './commands';
import type { Method, Params } from './wire';

export type { Refusal } from './commands';
/**
 * Who may send each command is part of its definition (shared/commands/), so
 * a command cannot exist without that decision; this answers for any command.
 */
export { teamCommandRefusal } from './commands';

type RequestRule<M extends Method> = Refusal | ((params: Params<M>) => Refusal);

const WHOLE_WORKSHOP = 'Only the facilitator can export the whole workshop.';
const TEAM_PACK = 'Only the facilitator can make a team pack.';
const TEAM_FILE = 'The team file is exported on the laptop that holds the team’s copy, from its Export screen.';

/** Which files a team's page may not export: the whole workshop, and the two files of a laptop per team. */
function fileRefusal({ kind }: Params<'export/file'>): Refusal {
  if (kind === 'workshop-json') return WHOLE_WORKSHOP;
  if (kind === 'team-pack') return TEAM_PACK;
  if (kind === 'team-file') return TEAM_FILE;
  return null;
}
const ONLY_FACILITATOR_ROOM = 'Only the facilitator runs the room.';
const ALREADY_JOINED = 'This device has already joined the room.';

const REQUEST_RULES: { readonly [M in Method]: RequestRule<M> } = {
  // Titles and counts only: nothing a team may not see.
  'library/list': null,
  'library/create': 'Only the facilitator can start a new workshop.',
  'library/open-sample': 'Only the facilitator can open the sample workshop.',
  'library/duplicate': 'Only the facilitator can copy a workshop.',
  'library/rename': 'Only the facilitator can rename the workshop.',
  'library/delete': 'Only the facilitator can delete the workshop.',
  'library/dismiss-problem': 'Only the facilitator can dismiss a problem with the files.',
  'library/recover': 'Only the facilitator can bring a workshop back.',
  'library/import': 'Only the facilitator can import a workshop.',
  'history/list': 'Only the facilitator can see the restore points.',
  'history/restore': 'Only the facilitator can go back to a restore point.',
  // The time of day: nothing a team may not know.
  'clock/now': null,
  'workshop/open': null,
  // Each command is checked against the workshop with teamCommandRefusal.
  'workshop/dispatch': null,
  // Each seat undoes its own changes only (main/host/seat-history.ts).
  'workshop/undo': null,
  'workshop/redo': null,
  // Made from what the team may see.
  'export/pdf': null,
  'export/save-pdf': null,
  'export/file': fileRefusal,
  'export/save-file': fileRefusal,
  'room/status': ONLY_FACILITATOR_ROOM,
  'room/open': ONLY_FACILITATOR_ROOM,
  'room/close': ONLY_FACILITATOR_ROOM,
  'room/device-rename': ONLY_FACILITATOR_ROOM,
  'room/device-move': ONLY_FACILITATOR_ROOM,
  'room/device-remove': ONLY_FACILITATOR_ROOM,
  'room/preview': ALREADY_JOINED,
  'room/join': ALREADY_JOINED,
};

/**
 * A guest (a page that has not joined the room) may look at the join screen
 * and join; everything else waits until it has a seat.
 */
const GUEST_METHODS: ReadonlySet<Method> = new Set<Method>(['room/preview', 'room/join']);

export const JOIN_FIRST = 'Join the room first: scan the code on the screen, or type the room code.';

/** Why a page that has not joined the room may not make this request, or null when it may. */
export function guestRequestRefusal(method: Method): Refusal {
  return GUEST_METHODS.has(method) ? null : JOIN_FIRST;
}

/** Why a team's page may not make this request at all, or null when it may (commands are checked apart). */
export function teamRequestRefusal<M extends Method>(method: M, params: Params<M>): Refusal {
  const rule = REQUEST_RULES[method] as RequestRule<M>;
  return typeof rule === 'function' ? rule(params) : rule;
}
