/**
 * What a team's page may ask for. The facilitator runs the workshop: the
 * frame, the framework, reveals, the vote's rules and runoffs, undo, the
 * plan. A team maps, rates as itself, proposes and edits its own fixes, adds
 * its own people and casts its own people's dots. Everything else is refused
 * with one sentence, and nothing changes.
 *
 * The rule tables are keyed by every command type and every request method,
 * so a new command or request cannot be added without deciding who may send it.
 */
import type { ClientCommand, CommandType } from './commands';
import type { Id, Workshop } from './model';
import type { Method, Params } from './wire';

/** Why a team may not do this, or null when it may. */
export type Refusal = string | null;

type CommandOf<T extends CommandType> = Extract<ClientCommand, { readonly type: T }>;
/** A sentence: only the facilitator may. A function: a team may, under a condition. */
type CommandRule<C> = string | ((workshop: Workshop, teamId: Id, command: C) => Refusal);

const anyTeam = (): Refusal => null;

const FRAME = 'Only the facilitator can change the stages and channels.';
const TEAMS = 'Only the facilitator can change the teams.';
const FRAMEWORK = 'Only the facilitator can change the framework.';
const PLAN = 'Only the facilitator can change the action plan.';
const RUNOFF = 'Only the facilitator can start or cancel a runoff.';

const OWN_RATINGS = 'Your team can only change its own ratings.';
const OWN_FIXES = 'Your team can only change its own fixes.';
const OWN_PEOPLE = 'Your team can only add people to itself.';
const OWN_DOTS = "Your team's page can only place dots for your own team's people.";

function ownTeam(refusal: string) {
  return (_w: Workshop, teamId: Id, command: { readonly teamId: Id }): Refusal =>
    command.teamId === teamId ? null : refusal;
}

/**
 * The fix's team must be this team. A fix that no longer exists is left to
 * the reducer, which says so in its own words.
 */
function ownFix(workshop: Workshop, teamId: Id, command: { readonly fixId: Id; readonly teamId?: Id }): Refusal {
  const fix = workshop.fixes.find((f) => f.id === command.fixId);
  if (fix !== undefined && fix.teamId !== teamId) return OWN_FIXES;
  // Handing a fix to another team is the facilitator's call, as proposing in another's name is.
  return command.teamId === undefined || command.teamId === teamId ? null : OWN_FIXES;
}

function ownParticipant(workshop: Workshop, teamId: Id, command: { readonly participantId: Id }): Refusal {
  const person = workshop.participants.find((p) => p.id === command.participantId);
  return person === undefined || person.teamId === teamId ? null : OWN_DOTS;
}

const COMMAND_RULES: { readonly [T in CommandType]: CommandRule<CommandOf<T>> } = {
  'workshop/update': "Only the facilitator can change the workshop's details.",
  'phase/set': 'Only the facilitator can move the workshop to another step.',

  'stage/add': FRAME,
  'stage/rename': FRAME,
  'stage/move': FRAME,
  'stage/remove': FRAME,
  'channel/add': FRAME,
  'channel/rename': FRAME,
  'channel/move': FRAME,
  'channel/remove': FRAME,

  'team/add': TEAMS,
  'team/rename': TEAMS,
  'team/remove': TEAMS,

  // The board is the room's shared work: every team may place and move cards.
  'touchpoint/add': anyTeam,
  'touchpoint/update': anyTeam,
  'touchpoint/duplicate': anyTeam,
  'touchpoint/move': anyTeam,
  'touchpoint/remove': anyTeam,

  'framework/use': FRAMEWORK,
  'framework/set-weights': FRAMEWORK,
  'pillar/add': FRAMEWORK,
  'pillar/rename': FRAMEWORK,
  'pillar/describe': FRAMEWORK,
  'pillar/move': FRAMEWORK,
  'pillar/remove': FRAMEWORK,

  'rating/set': ownTeam(OWN_RATINGS),
  'rating/clear': ownTeam(OWN_RATINGS),
  'rating/reveal': 'Only the facilitator can reveal the ratings.',

  'fix/add': ownTeam('Your team can only propose fixes in its own name.'),
  'fix/update': ownFix,
  'fix/remove': 'Only the facilitator can remove a fix.',
  'fix/merge': 'Only the facilitator can merge fixes.',

  'participant/add': ownTeam(OWN_PEOPLE),
  'participant/remove': 'Only the facilitator can take someone off the list.',

  'voting/configure': 'Only the facilitator can change the rules of the vote.',
  'voting/reset': 'Only the facilitator can reset the vote.',
  'vote/set': ownParticipant,
  'ballot/cast': ownParticipant,
  'vote/tally': 'Only the facilitator can type in the dots counted on the wall.',
  'vote/reveal': 'Only the facilitator can reveal the results.',
  'vote/runoff': RUNOFF,
  'vote/cancel-runoff': RUNOFF,

  'action/add': PLAN,
  'action/update': PLAN,
  'action/move': PLAN,
  'action/remove': PLAN,
};

/** Why team `teamId` may not send `command` to `workshop` as it is now, or null when it may. */
export function teamCommandRefusal(workshop: Workshop, teamId: Id, command: ClientCommand): Refusal {
  const rule = COMMAND_RULES[command.type] as CommandRule<ClientCommand>;
  return typeof rule === 'string' ? rule : rule(workshop, teamId, command);
}

type RequestRule<M extends Method> = Refusal | ((params: Params<M>) => Refusal);

const WHOLE_WORKSHOP = 'Only the facilitator can export the whole workshop.';

const REQUEST_RULES: { readonly [M in Method]: RequestRule<M> } = {
  // Titles and counts only: nothing a team may not see.
  'library/list': null,
  'library/create': 'Only the facilitator can start a new workshop.',
  'library/duplicate': 'Only the facilitator can copy a workshop.',
  'library/rename': 'Only the facilitator can rename the workshop.',
  'library/delete': 'Only the facilitator can delete the workshop.',
  'workshop/open': null,
  // Each command is checked against the workshop with teamCommandRefusal.
  'workshop/dispatch': null,
  'workshop/undo': 'Only the facilitator can undo changes.',
  'workshop/redo': 'Only the facilitator can redo changes.',
  // Made from what the team may see.
  'export/pdf': null,
  'export/save-pdf': null,
  'export/file': ({ kind }) => (kind === 'workshop-json' ? WHOLE_WORKSHOP : null),
  'export/save-file': ({ kind }) => (kind === 'workshop-json' ? WHOLE_WORKSHOP : null),
};

/** Why a team's page may not make this request at all, or null when it may (commands are checked apart). */
export function teamRequestRefusal<M extends Method>(method: M, params: Params<M>): Refusal {
  const rule = REQUEST_RULES[method] as RequestRule<M>;
  return typeof rule === 'function' ? rule(params) : rule;
}
