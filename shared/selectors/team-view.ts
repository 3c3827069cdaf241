/**
 * What one team's screen may receive. Silent rating and a secret vote only
 * keep people from anchoring on each other if the other teams' answers never
 * reach their laptops, so the hidden parts are taken out of the workshop
 * itself rather than merely not drawn.
 */
import type { Id, Workshop } from '../model';
import { openRound, resultsVisible } from './voting';

/**
 * The workshop as team `teamId` may see it: other teams' ratings removed
 * until ratings are revealed; while the open round's results are hidden,
 * other teams' dots in that round and its wall tallies removed. Closed
 * rounds were revealed before the runoff began, so they stay. Parts with
 * nothing to hide stay the same arrays (the same object when nothing is hidden).
 */
export function viewForTeam(workshop: Workshop, teamId: Id): Workshop {
  let view = workshop;
  if (!workshop.ratingsRevealed) {
    const ratings = workshop.ratings.filter((r) => r.teamId === teamId);
    if (ratings.length !== workshop.ratings.length) view = { ...view, ratings };
  }
  if (!resultsVisible(workshop)) {
    const round = openRound(workshop);
    const ownPeople = new Set(workshop.participants.filter((p) => p.teamId === teamId).map((p) => p.id));
    const votes = workshop.votes.filter((v) => v.round !== round || ownPeople.has(v.participantId));
    const tallies = workshop.tallies.filter((t) => t.round !== round);
    if (votes.length !== workshop.votes.length) view = { ...view, votes };
    if (tallies.length !== workshop.tallies.length) view = { ...view, tallies };
  }
  return view;
}
