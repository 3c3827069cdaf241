/**
 * What one team's screen may receive. Silent rating and a secret vote only
 * keep people from anchoring on each other if the other teams' answers never
 * reach their laptops, so the hidden parts are taken out of the workshop
 * itself rather than merely not drawn.
 */
import type { Id, Rating, Workshop } from '../model';
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
    const ratings = teamRatings(workshop.ratings, teamId);
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

/**
 * One team's ratings, kept for as long as the ratings array is the same
 * object: a room's every change (a dot, a card moved) remakes each team's
 * view, and the ratings — the largest part — seldom change with it.
 */
const ratingsByTeam = new WeakMap<readonly Rating[], Map<Id, readonly Rating[]>>();

function teamRatings(ratings: readonly Rating[], teamId: Id): readonly Rating[] {
  let perTeam = ratingsByTeam.get(ratings);
  if (!perTeam) {
    perTeam = new Map();
    ratingsByTeam.set(ratings, perTeam);
  }
  let own = perTeam.get(teamId);
  if (!own) {
    own = ratings.filter((r) => r.teamId === teamId);
    perTeam.set(teamId, own);
  }
  return own;
}
