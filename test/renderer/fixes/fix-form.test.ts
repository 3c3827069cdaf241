// The fix form's rules: what it refuses before sending, and the command a good draft becomes.
import { describe, expect, it } from 'vitest';
import { NAME_MAX, TEXT_MAX } from '../../../shared/model';
import { touchpointLabel } from '../../../shared/present/touchpoints';
import {
  addCommand,
  draftAfterAdd,
  draftFromFix,
  emptyDraft,
  hasErrors,
  updateCommand,
  validateFixDraft,
  withExistingLinks,
  withLink,
  withoutLink,
  withPillar,
  type FixDraft,
} from '../../../renderer/features/fixes/fix-form';
import { blankWorkshop, idsOf, withCommands } from '../rating/workshop-builder';

const SIX = ['integrity', 'resolution', 'expectations', 'empathy', 'personalisation', 'time-effort'];

describe('validateFixDraft', () => {
  it('asks for a title when it is empty or only spaces', () => {
    expect(validateFixDraft({ ...emptyDraft('t1'), title: '   ' }).title).toBe('Give the fix a short title.');
  });

  it('says how long an overlong title is', () => {
    const title = 'x'.repeat(NAME_MAX + 5);
    expect(validateFixDraft({ ...emptyDraft('t1'), title }).title).toBe(
      `Keep the title to ${NAME_MAX} characters or fewer (it has ${NAME_MAX + 5}).`,
    );
  });

  it('accepts a title of exactly the longest length, counted without surrounding spaces', () => {
    const errors = validateFixDraft({ ...emptyDraft('t1'), title: `  ${'x'.repeat(NAME_MAX)}  ` });
    expect(hasErrors(errors)).toBe(false);
  });

  it('refuses an overlong description', () => {
    const errors = validateFixDraft({ ...emptyDraft('t1'), title: 'Ok', description: 'y'.repeat(TEXT_MAX + 1) });
    expect(errors.description).toMatch(/2000 characters or fewer/);
    expect(hasErrors(errors)).toBe(true);
  });
});

describe('drafts and commands', () => {
  it('starts a new fix for the chosen team with a middle impact and effort', () => {
    expect(emptyDraft('team-a')).toMatchObject({ teamId: 'team-a', impact: 3, effort: 3, title: '' });
  });

  it('sends a trimmed title and description that the real reducer accepts', () => {
    const start = blankWorkshop();
    const id = idsOf(start);
    const team = id.team('Team 1');
    const draft = { ...emptyDraft(team), title: '  Show delivery cost early ', description: ' On the product page ', impact: 4, effort: 2 };
    const command = addCommand(draft);
    expect(command).toMatchObject({ type: 'fix/add', title: 'Show delivery cost early', description: 'On the product page' });
    const w = withCommands(start, [command]);
    expect(w.fixes[0]).toMatchObject({ title: 'Show delivery cost early', impact: 4, effort: 2, teamId: team });
  });

  it('edits a fix without touching its proposing team', () => {
    const start = blankWorkshop();
    const team = idsOf(start).team('Team 1');
    const w1 = withCommands(start, [addCommand({ ...emptyDraft(team), title: 'Old title' })]);
    const fix = w1.fixes[0];
    if (!fix) throw new Error('no fix');
    const command = updateCommand(fix, { ...draftFromFix(fix), title: 'New title', effort: 5 });
    expect(command).not.toHaveProperty('teamId');
    const w2 = withCommands(w1, [command]);
    expect(w2.fixes[0]).toMatchObject({ title: 'New title', effort: 5, teamId: team });
  });

  it('sends the proposing team when it changes, and the real reducer hands the fix over', () => {
    const start = withCommands(blankWorkshop(), [{ type: 'team/add', name: 'Team 2' }]);
    const id = idsOf(start);
    const w1 = withCommands(start, [addCommand({ ...emptyDraft(id.team('Team 1')), title: 'Call back' })]);
    const fix = w1.fixes[0];
    if (!fix) throw new Error('no fix');
    const command = updateCommand(fix, { ...draftFromFix(fix), teamId: id.team('Team 2') });
    expect(command.teamId).toBe(id.team('Team 2'));
    expect(withCommands(w1, [command]).fixes[0]?.teamId).toBe(id.team('Team 2'));
  });
});

describe('linking touchpoints', () => {
  it('adds links after the ones already there, once each, and removes any of them', () => {
    let draft: FixDraft = { ...emptyDraft('t'), touchpointIds: ['a'] };
    draft = withLink(withLink(draft, 'b'), 'c');
    expect(draft.touchpointIds).toEqual(['a', 'b', 'c']);
    expect(withLink(draft, 'b')).toBe(draft);
    expect(withoutLink(draft, 'a').touchpointIds).toEqual(['b', 'c']);
    expect(withoutLink(draft, 'b').touchpointIds).toEqual(['a', 'c']);
  });

  it('drops links to cards removed while the form was open', () => {
    let w = blankWorkshop();
    const id = idsOf(w);
    w = withCommands(w, [
      { type: 'touchpoint/add', teamId: id.team('Team 1'), stageId: id.stage('Discover'), channelId: id.channel('Web'), title: 'Advert' },
    ]);
    const advert = w.touchpoints[0]?.id ?? '';
    const draft = { ...emptyDraft('t'), touchpointIds: ['gone', advert] };
    expect(withExistingLinks(draft, w).touchpointIds).toEqual([advert]);
  });

  it('names a linked card by its title, stage and channel', () => {
    let w = blankWorkshop();
    const id = idsOf(w);
    w = withCommands(w, [
      { type: 'touchpoint/add', teamId: id.team('Team 1'), stageId: id.stage('Get help'), channelId: id.channel('Phone'), title: 'Help line' },
    ]);
    const card = w.touchpoints[0];
    if (!card) throw new Error('no card');
    expect(touchpointLabel(w, card)).toBe('Help line · Get help · Phone');
  });
});

describe('withPillar', () => {
  it("keeps ticked pillars in the framework's order whatever order they were ticked in", () => {
    let draft = emptyDraft('t');
    draft = withPillar(draft, 'time-effort', true, SIX);
    draft = withPillar(draft, 'integrity', true, SIX);
    expect(draft.pillarIds).toEqual(['integrity', 'time-effort']);
    draft = withPillar(draft, 'integrity', false, SIX);
    expect(draft.pillarIds).toEqual(['time-effort']);
  });

  it('keeps pillars from another framework the fix was linked to before', () => {
    const draft = { ...emptyDraft('t'), pillarIds: ['old-pillar'] };
    expect(withPillar(draft, 'empathy', true, SIX).pillarIds).toEqual(['empathy', 'old-pillar']);
  });
});

describe('draftAfterAdd', () => {
  it('starts the next fix blank for the same team, linked to no touchpoint and no pillar', () => {
    const added: FixDraft = { ...emptyDraft('t2'), title: 'Call back', touchpointIds: ['c1', 'c2'], pillarIds: ['empathy'], impact: 5 };
    expect(draftAfterAdd(added)).toEqual(emptyDraft('t2'));
  });
});
