// Teams are told apart on shared cards by short initials that stay readable on the team's colour.
import { describe, expect, it } from 'vitest';
import { TEAM_COLORS } from '../../../shared/model';
import { cardTeams, teamInitials, textOn } from '../../../renderer/features/board/team-tags';

describe('team tags', () => {
  it('shorten team names to what fits on a card', () => {
    expect(teamInitials('Team 1')).toBe('T1');
    expect(teamInitials('Blue team')).toBe('BT');
    expect(teamInitials('Operations')).toBe('OP');
    expect(teamInitials('  customer care  team ')).toBe('CCT');
    expect(teamInitials('Zespół 12')).toBe('Z12');
  });

  it('pick black or white text, whichever reads better, for every team colour', () => {
    expect(textOn('#0072b2')).toBe('#ffffff');
    expect(textOn('#e69f00')).toBe('#000000');
    expect(textOn('#56b4e9')).toBe('#000000');
    for (const colour of TEAM_COLORS) expect(['#000000', '#ffffff']).toContain(textOn(colour));
  });

  it('tag every team’s cards when all are shown, and none when one team is', () => {
    const teams = [
      { id: 'a', order: 'a0', name: 'Team 1', color: '#0072b2' },
      { id: 'b', order: 'a1', name: 'Blue team', color: '#d55e00' },
    ];
    expect(cardTeams(teams, 'a')).toEqual(new Map([['a', { colour: '#0072b2', tag: null }]]));
    const all = cardTeams(teams, null);
    expect(all.get('b')?.tag).toEqual({ name: 'Blue team', initials: 'BT', text: '#000000' });
  });
});
