/**
 * The hand-computed rating fixture the selector tests share. Two teams,
 * three cards:
 *  c1 (T1, Discover, Web, feeling −2, moment of truth), c2 (T2, Discover, App, +1), c3 (T1, Buy, Web, +2).
 * Ratings: T1 c1 integrity 2, empathy 4, resolution N/A; T2 c1 integrity 4;
 *          T2 c2 integrity 5; T1 c3 personalisation 1; T2 c3 expectations 3.
 * Weights: the six-pillar default (Personalisation 30, the others 14).
 */
import type { Command } from '../../shared/commands';
import type { Workshop } from '../../shared/model';
import { apply, at, blank } from './helpers';

export interface Scored {
  readonly w: Workshop;
  readonly t1: string;
  readonly t2: string;
  readonly c1: string;
  readonly c2: string;
  readonly c3: string;
}

export function rate(teamId: string, touchpointId: string, pillarId: string, score: number | null): Command {
  return { type: 'rating/set', teamId, touchpointId, pillarId, score };
}

export function scored(): Scored {
  let w = apply(blank(), { type: 'team/add', name: 'Team 2' });
  const [t1, t2] = [at(w.teams, 0).id, at(w.teams, 1).id];
  const [discover, buy] = [at(w.stages, 0).id, at(w.stages, 2).id];
  const [web, app] = [at(w.channels, 0).id, at(w.channels, 1).id];
  w = apply(w, { type: 'touchpoint/add', teamId: t1, stageId: discover, channelId: web, title: 'c1', feeling: -2, momentOfTruth: true });
  w = apply(w, { type: 'touchpoint/add', teamId: t2, stageId: discover, channelId: app, title: 'c2', feeling: 1 });
  w = apply(w, { type: 'touchpoint/add', teamId: t1, stageId: buy, channelId: web, title: 'c3', feeling: 2 });
  const [c1, c2, c3] = w.touchpoints.map((t) => t.id) as [string, string, string];
  for (const command of [
    rate(t1, c1, 'integrity', 2),
    rate(t1, c1, 'empathy', 4),
    rate(t1, c1, 'resolution', null),
    rate(t2, c1, 'integrity', 4),
    rate(t2, c2, 'integrity', 5),
    rate(t1, c3, 'personalisation', 1),
    rate(t2, c3, 'expectations', 3),
  ]) {
    w = apply(w, command);
  }
  return { w, t1, t2, c1, c2, c3 };
}
