/**
 * "Join as a team": a page opened at `/?team=<teamId>#/workshop/<id>` opens
 * workshops as that team, and the host sends it only what the team may see.
 * Read once at start; the host checks the id and says so when the team is
 * not in the workshop, rather than the page quietly opening as the facilitator.
 */
export function teamFromQuery(search: string): string | null {
  const teamId = new URLSearchParams(search).get('team')?.trim() ?? '';
  return teamId === '' ? null : teamId;
}
