/**
 * Whether this page is sealed to the pass-the-laptop ballot, and the way to
 * seal and unseal it. While sealed the page shows the ballot and nothing
 * else: no tabs, no undo, no export, no reveal.
 */
export interface BallotSeal {
  readonly sealed: boolean;
}

export function useBallotSeal(workshopId: string): BallotSeal {
  return { sealed: workshopId === '' };
}
