// The fix controls a page offers, asked of the rules the host checks: the facilitator everything; a
// team's page Edit on its own fixes only, no Delete or merge, and itself as the only proposer.
import { describe, expect, it } from 'vitest';
import type { ClientCommand } from '../../../shared/commands';
import type { Workshop } from '../../../shared/model';
import { fixControls, proposerFor, proposerTeams } from '../../../renderer/features/fixes/fix-controls';
import { FACILITATOR, seatFor } from '../../../renderer/features/common/seat';
import { blankWorkshop, idsOf, withCommands } from '../rating/workshop-builder';

function room(): { w: Workshop; own: string; other: string } {
  const start = withCommands(blankWorkshop(), [{ type: 'team/add', name: 'Back office' }]);
  const own = idsOf(start).team('Team 1');
  const other = idsOf(start).team('Back office');
  const fix = (title: string, teamId: string): ClientCommand => ({
    type: 'fix/add',
    teamId,
    title,
    touchpointIds: [],
    pillarIds: [],
    impact: 3,
    effort: 3,
  });
  const w = withCommands(start, [fix('Ours', own), fix('Theirs', other)]);
  return { w, own, other };
}

const fixNamed = (w: Workshop, title: string) => {
  const found = w.fixes.find((f) => f.title === title);
  if (!found) throw new Error(`No fix ${title}`);
  return found;
};

describe('fixControls', () => {
  const { w, own } = room();

  it('offers the facilitator Edit, Delete and merge on every fix', () => {
    for (const fix of w.fixes) expect(fixControls(FACILITATOR, w, fix)).toEqual({ edit: true, remove: true, merge: true });
    expect(fixControls(undefined, w, fixNamed(w, 'Theirs'))).toEqual({ edit: true, remove: true, merge: true });
  });

  it('offers a team Edit on its own fix only, and never Delete or merge', () => {
    const team = seatFor(own);
    expect(fixControls(team, w, fixNamed(w, 'Ours'))).toEqual({ edit: true, remove: false, merge: false });
    expect(fixControls(team, w, fixNamed(w, 'Theirs'))).toEqual({ edit: false, remove: false, merge: false });
  });

  it('offers no merge when there is no other fix to merge into', () => {
    const { w: two } = room();
    const alone = withCommands(two, [{ type: 'fix/remove', fixId: idsOf(two).fix('Theirs') }]);
    expect(fixControls(FACILITATOR, alone, fixNamed(alone, 'Ours')).merge).toBe(false);
  });
});

describe('proposerTeams and proposerFor', () => {
  const { w, own, other } = room();

  it('lets the facilitator name any team, for a new fix and an edited one', () => {
    expect(proposerTeams(FACILITATOR, w).map((t) => t.id)).toEqual([own, other]);
    expect(proposerTeams(FACILITATOR, w, fixNamed(w, 'Ours')).map((t) => t.id)).toEqual([own, other]);
  });

  it('lets a team name only itself', () => {
    expect(proposerTeams(seatFor(own), w).map((t) => t.id)).toEqual([own]);
    expect(proposerTeams(seatFor(own), w, fixNamed(w, 'Ours')).map((t) => t.id)).toEqual([own]);
  });

  it('starts a fix from another team’s pain point in the page’s own name on a team’s page', () => {
    expect(proposerFor(seatFor(own), w, other)).toBe(own);
    expect(proposerFor(seatFor(own), w, own)).toBe(own);
    expect(proposerFor(FACILITATOR, w, other)).toBe(other);
  });
});
