/**
 * How a vote's round is named wherever a number of dots is shown: once a
 * runoff has been held, a fix's dots may come from the first vote or from a
 * runoff, and a number without its round reads as if they were counted
 * together. The Vote screen names rounds the same way ("First vote",
 * "Runoff 1 of the top 3").
 */

/** "the first vote", "runoff 2". */
export function roundName(round: number): string {
  return round === 0 ? 'the first vote' : `runoff ${round}`;
}

/** "First vote", "Runoff 2": for a column or a label of its own. */
export function roundTitle(round: number): string {
  const name = roundName(round).replace(/^the /, '');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** "1 dot", "4 dots". */
export function dotsWord(dots: number): string {
  return dots === 1 ? '1 dot' : `${dots} dots`;
}

/**
 * "4 dots" while there has been only the first vote; once there are
 * runoffs, "4 dots in runoff 1" or "7 dots in the first vote".
 */
export function dotsInRound(dots: number, round: number, runoffCount: number): string {
  return runoffCount === 0 ? dotsWord(dots) : `${dotsWord(dots)} in ${roundName(round)}`;
}
