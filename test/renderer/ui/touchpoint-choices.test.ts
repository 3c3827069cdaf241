// The touchpoint pickers' choices: every team's cards under their stage in journey order, named so two alike can be told apart.
import { describe, expect, it } from 'vitest';
import { offeredCount, touchpointChoiceLabel, touchpointChoices } from '../../../renderer/ui/touchpoint-choices';
import { blankWorkshop, idsOf, withCommands } from '../rating/workshop-builder';

function twoTeams() {
  let w = withCommands(blankWorkshop(), [{ type: 'team/add', name: 'Team 2' }]);
  const id = idsOf(w);
  w = withCommands(w, [
    { type: 'touchpoint/add', teamId: id.team('Team 2'), stageId: id.stage('Get help'), channelId: id.channel('Phone'), title: 'Help line' },
    { type: 'touchpoint/add', teamId: id.team('Team 1'), stageId: id.stage('Discover'), channelId: id.channel('Web'), title: 'Advert' },
  ]);
  return w;
}

describe('touchpointChoices', () => {
  it("offers every team's touchpoints under their stage, in journey order, with channel and team", () => {
    expect(touchpointChoices(twoTeams()).map((c) => [c.group, c.label])).toEqual([
      ['Discover', 'Advert (Web, Team 1)'],
      ['Get help', 'Help line (Phone, Team 2)'],
    ]);
  });

  it('leaves out touchpoints already linked, and says how many are still offered', () => {
    const w = twoTeams();
    const advert = idsOf(w).touchpoint('Advert');
    expect(touchpointChoices(w, [advert]).map((c) => c.label)).toEqual(['Help line (Phone, Team 2)']);
    expect(offeredCount(w, [advert])).toBe(1);
    expect(offeredCount(w, [])).toBe(2);
  });

  it('names no team when the workshop has only one', () => {
    let w = blankWorkshop();
    const id = idsOf(w);
    w = withCommands(w, [
      { type: 'touchpoint/add', teamId: id.team('Team 1'), stageId: id.stage('Discover'), channelId: id.channel('Web'), title: 'Advert' },
    ]);
    const card = w.touchpoints[0];
    expect(card && touchpointChoiceLabel(w, card)).toBe('Advert (Web)');
    expect(touchpointChoices(w).map((c) => c.label)).toEqual(['Advert (Web)']);
  });
});
