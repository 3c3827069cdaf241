/**
 * How teams are told apart when the board shows every team's cards: short
 * initials on each card, in the team's colour, with a legend that spells
 * the names out.
 */
import type { Id, Team } from '../../../shared/model';
import type { CardTeams } from './BoardCell';

/** "Team 1" → "T1", "Blue team" → "BT", "Operations" → "OP": what fits on a card's corner. */
export function teamInitials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 1) return (words[0] ?? '?').slice(0, 2).toUpperCase();
  return words
    .map((word) => (/^\d+$/.test(word) ? word : (word[0] ?? '')))
    .join('')
    .slice(0, 3)
    .toUpperCase();
}

/** Black or white, whichever reads better on the colour (WCAG relative luminance). */
export function textOn(hex: string): '#000000' | '#ffffff' {
  const channel = (i: number) => {
    const value = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  // Contrast with white is 1.05 / (L + 0.05); with black (L + 0.05) / 0.05. Pick the larger.
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? '#ffffff' : '#000000';
}

/**
 * Each team's look on the cards. With one team shown, no name tags (every
 * card is that team's); with all teams, every card carries its team's tag.
 */
export function cardTeams(teams: readonly Team[], shownTeamId: Id | null): CardTeams {
  const looks = new Map<Id, { colour: string; tag: { name: string; initials: string; text: string } | null }>();
  for (const team of teams) {
    if (shownTeamId !== null && team.id !== shownTeamId) continue;
    const tag = shownTeamId === null ? { name: team.name, initials: teamInitials(team.name), text: textOn(team.color) } : null;
    looks.set(team.id, { colour: team.color, tag });
  }
  return looks;
}
