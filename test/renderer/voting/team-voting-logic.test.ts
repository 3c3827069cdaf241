// How a team's page speaks of the vote: its own turnout while the room's is hidden from it, and the
// rules as a sentence to read rather than a form to change.
import { describe, expect, it } from 'vitest';
import type { Workshop } from '../../../shared/model';
import { viewForTeam } from '../../../shared/selectors';
import { rulesSentence, teamProgressText } from '../../../renderer/features/voting/voting-logic';
import { blankWorkshop, idsOf, withCommands } from '../rating/workshop-builder';

/** Team 1 has Ana, Ben and Chloé; Back office has Dev. Ana and Dev have voted. */
function room(): { w: Workshop; own: string; other: string } {
  const start = withCommands(blankWorkshop(), [{ type: 'team/add', name: 'Back office' }]);
  const own = idsOf(start).team('Team 1');
  const other = idsOf(start).team('Back office');
  const people = withCommands(start, [
    { type: 'fix/add', teamId: other, title: 'Call back within an hour', touchpointIds: [], pillarIds: [], impact: 3, effort: 3 },
    ...['Ana', 'Ben', 'Chloé'].map((name) => ({ type: 'participant/add' as const, name, teamId: own })),
    { type: 'participant/add', name: 'Dev', teamId: other },
  ]);
  const fixId = idsOf(people).fix('Call back within an hour');
  const person = (name: string) => people.participants.find((p) => p.name === name)?.id ?? '';
  const w = withCommands(people, [
    { type: 'ballot/cast', participantId: person('Ana'), dots: { [fixId]: 2 } },
    { type: 'ballot/cast', participantId: person('Dev'), dots: { [fixId]: 1 } },
  ]);
  return { w, own, other };
}

describe('teamProgressText', () => {
  it('counts the team’s own people only, the same in the whole workshop and in the team’s view', () => {
    const { w, own, other } = room();
    expect(teamProgressText(w, own)).toBe('1 of your team’s 3 have voted');
    expect(teamProgressText(viewForTeam(w, own), own)).toBe('1 of your team’s 3 have voted');
    expect(teamProgressText(viewForTeam(w, other), other)).toBe('1 of your team’s 1 has voted');
  });
});

describe('rulesSentence', () => {
  it('says the dots, the most on one fix and whether a team may vote for its own fixes', () => {
    const { w } = room();
    const { budget, maxPerFix } = w.voting;
    expect(rulesSentence(w)).toBe(
      `Each person has ${budget} dots, at most ${maxPerFix} on one fix. Teams may vote for their own fixes.`,
    );
    const strict = withCommands(blankWorkshop(), [{ type: 'voting/configure', budget: 1, maxPerFix: 1, ownTeamVoting: false }]);
    expect(rulesSentence(strict)).toBe('Each person has 1 dot, at most 1 on one fix. Teams may not vote for their own fixes.');
  });
});
