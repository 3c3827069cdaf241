// The merge preview: what the kept fix will hold and how its dots add up, worked out by the real reducer.
import { describe, expect, it } from 'vitest';
import type { ClientCommand } from '../../../shared/commands';
import { draftFromPain } from '../../../renderer/features/fixes/fix-form';
import { mergePreview, totalDots } from '../../../renderer/features/fixes/merge-logic';
import { blankWorkshop, idsOf, withCommands } from '../rating/workshop-builder';

function room() {
  const start = blankWorkshop();
  const id0 = idsOf(start);
  const team = id0.team('Team 1');
  const pillars = start.framework.pillars.map((p) => p.id);
  let w = withCommands(start, [
    { type: 'touchpoint/add', teamId: team, stageId: id0.stage('Buy'), channelId: id0.channel('Web'), title: 'Checkout page' },
    { type: 'touchpoint/add', teamId: team, stageId: id0.stage('Buy'), channelId: id0.channel('Web'), title: 'Basket' },
  ]);
  const id = idsOf(w);
  const fix = (title: string, touchpoint: string, pillar: string | undefined): ClientCommand => ({
    type: 'fix/add',
    teamId: team,
    title,
    touchpointIds: [id.touchpoint(touchpoint)],
    pillarIds: pillar ? [pillar] : [],
    impact: 3,
    effort: 3,
  });
  w = withCommands(w, [
    fix('Show delivery costs early', 'Checkout page', pillars[0]),
    fix('No surprise costs', 'Basket', pillars[1]),
    { type: 'participant/add', name: 'Ana', teamId: team },
    { type: 'participant/add', name: 'Ben', teamId: team },
  ]);
  const ids = idsOf(w);
  const person = (name: string) => w.participants.find((p) => p.name === name)?.id ?? '';
  const early = ids.fix('Show delivery costs early');
  const surprise = ids.fix('No surprise costs');
  w = withCommands(w, [
    { type: 'ballot/cast', participantId: person('Ana'), dots: { [early]: 2, [surprise]: 2 } },
    { type: 'ballot/cast', participantId: person('Ben'), dots: { [surprise]: 3 } },
  ]);
  return { w, early, surprise, pillars, checkout: ids.touchpoint('Checkout page'), basket: ids.touchpoint('Basket') };
}

describe('mergePreview', () => {
  it('joins links and pillars and adds the dots, capping a person at the most per fix', () => {
    const { w, early, surprise, pillars, checkout, basket } = room();
    expect(totalDots(w, early)).toBe(2);
    expect(totalDots(w, surprise)).toBe(5);
    const preview = mergePreview(w, early, surprise);
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.merged.title).toBe('Show delivery costs early');
    expect(preview.merged.touchpointIds).toEqual([checkout, basket]);
    expect(preview.merged.pillarIds).toEqual([pillars[0], pillars[1]]);
    // Ana had 2 + 2 but may put at most 3 on one fix; Ben's 3 move across.
    expect([preview.keptDots, preview.otherDots, preview.mergedDots]).toEqual([2, 5, 6]);
  });

  it('says why when the merge cannot be done, and the workshop is untouched', () => {
    const { w, early } = room();
    const preview = mergePreview(w, early, early);
    expect(preview).toEqual({ ok: false, message: 'A fix cannot be merged with itself.' });
  });
});

describe('draftFromPain', () => {
  it('starts a fix about the touchpoint, lifting its weakest pillar, from the card’s team', () => {
    expect(draftFromPain('tp', ['pillar'], 'team')).toMatchObject({ touchpointIds: ['tp'], pillarIds: ['pillar'], teamId: 'team', title: '' });
  });
});
