/**
 * A small room for the voting tests: two teams (Blue, Red), four fixes —
 * "Shorter form" and "Call back" from Blue, "Live chat" and "Track order"
 * from Red — and three people: Zoë and Ana in Blue, Lukasz in Red.
 * Default rules: 5 dots each, at most 3 on one fix, secret until revealed.
 */
import type { Command } from '../../shared/commands';
import type { Workshop } from '../../shared/model';
import { apply, at, blank } from './helpers';

export interface Room {
  readonly w: Workshop;
  readonly blue: string;
  readonly red: string;
  readonly zoe: string;
  readonly ana: string;
  readonly lukasz: string;
  readonly form: string;
  readonly callBack: string;
  readonly chat: string;
  readonly track: string;
}

export function votingRoom(): Room {
  let w = blank();
  w = apply(w, { type: 'team/rename', teamId: at(w.teams, 0).id, name: 'Blue' });
  w = apply(w, { type: 'team/add', name: 'Red' });
  const blue = at(w.teams, 0).id;
  const red = at(w.teams, 1).id;
  const fix = (teamId: string, title: string): Command => ({
    type: 'fix/add', teamId, title, touchpointIds: [], pillarIds: [], impact: 3, effort: 3,
  });
  w = apply(w, fix(blue, 'Shorter form'));
  w = apply(w, fix(blue, 'Call back'));
  w = apply(w, fix(red, 'Live chat'));
  w = apply(w, fix(red, 'Track order'));
  w = apply(w, { type: 'participant/add', name: 'Zoë', teamId: blue });
  w = apply(w, { type: 'participant/add', name: 'Ana', teamId: blue });
  w = apply(w, { type: 'participant/add', name: 'Lukasz', teamId: red });
  return {
    w,
    blue,
    red,
    zoe: at(w.participants, 0).id,
    ana: at(w.participants, 1).id,
    lukasz: at(w.participants, 2).id,
    form: at(w.fixes, 0).id,
    callBack: at(w.fixes, 1).id,
    chat: at(w.fixes, 2).id,
    track: at(w.fixes, 3).id,
  };
}

/** Sets dots one after another: [participantId, fixId, dots]. */
export function vote(w: Workshop, ...dots: readonly (readonly [string, string, number])[]): Workshop {
  let next = w;
  for (const [participantId, fixId, n] of dots) next = apply(next, { type: 'vote/set', participantId, fixId, dots: n });
  return next;
}
