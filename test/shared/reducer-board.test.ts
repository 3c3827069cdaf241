// Touchpoint cards on the journey grid: placing, editing, moving, removing.
import { describe, expect, it } from 'vitest';
import { NAME_MAX, type Workshop } from '../../shared/model';
import { copyTitle } from '../../shared/reducers/board';
import { apply, at, blank, refuse, sample } from './helpers';

/** A blank workshop with two teams and three cards: A1, A2 (team A) and B1 (team B) in one cell. */
function board(): Workshop {
  let w = apply(blank(), { type: 'team/add', name: 'Team 2' });
  const [a, b] = [at(w.teams, 0).id, at(w.teams, 1).id];
  const cell = { stageId: at(w.stages, 0).id, channelId: at(w.channels, 0).id };
  w = apply(w, { type: 'touchpoint/add', teamId: a, ...cell, title: 'A1' });
  w = apply(w, { type: 'touchpoint/add', teamId: b, ...cell, title: 'B1' });
  w = apply(w, { type: 'touchpoint/add', teamId: a, ...cell, title: 'A2' });
  return w;
}

/** Each team's cards in order, team after team (every card here sits in one cell). */
const titles = (w: Workshop) => w.teams.flatMap((team) => w.touchpoints.filter((t) => t.teamId === team.id).map((t) => t.title));
const byTitle = (w: Workshop, title: string) => {
  const card = w.touchpoints.find((t) => t.title === title);
  if (!card) throw new Error(`No card ${title}`);
  return card;
};

describe('touchpoint/add', () => {
  it('places a card with defaults', () => {
    const w = board();
    expect(byTitle(w, 'A1')).toMatchObject({ description: '', momentOfTruth: false, feeling: 0 });
    // A new card goes right after the team's last card in that cell.
    expect(titles(w)).toEqual(['A1', 'A2', 'B1']);
  });

  it('inserts at a position among the same team’s cards in the cell', () => {
    const w = board();
    const a1 = byTitle(w, 'A1');
    const next = apply(w, {
      type: 'touchpoint/add',
      teamId: a1.teamId,
      stageId: a1.stageId,
      channelId: a1.channelId,
      title: 'A0',
      feeling: -2,
      momentOfTruth: true,
      index: 1,
    });
    expect(titles(next)).toEqual(['A1', 'A0', 'A2', 'B1']);
    expect(byTitle(next, 'A0')).toMatchObject({ feeling: -2, momentOfTruth: true });
  });

  it('places a card at any position up to just after the team’s last card in the cell, and refuses one past that', () => {
    const w = board();
    const a1 = byTitle(w, 'A1');
    const place = { type: 'touchpoint/add', teamId: a1.teamId, stageId: a1.stageId, channelId: a1.channelId, title: 'A3' } as const;
    expect(titles(apply(w, { ...place, index: 2 }))).toEqual(['A1', 'A2', 'A3', 'B1']);
    // "Team 1" already says team, so it is not "the Team 1 team".
    expect(refuse(w, { ...place, index: 3 }, 'invalid').message).toBe("There is no position 4 in that cell; it holds 2 of Team 1's cards.");
  });

  it('refuses unknown teams, stages and channels, and bad titles', () => {
    const w = board();
    const a1 = byTitle(w, 'A1');
    const place = { teamId: a1.teamId, stageId: a1.stageId, channelId: a1.channelId, title: 'X' };
    refuse(w, { type: 'touchpoint/add', ...place, teamId: 'gone' }, 'not-found');
    refuse(w, { type: 'touchpoint/add', ...place, stageId: 'gone' }, 'not-found');
    refuse(w, { type: 'touchpoint/add', ...place, channelId: 'gone' }, 'not-found');
    refuse(w, { type: 'touchpoint/add', ...place, title: '' }, 'invalid');
    refuse(w, { type: 'touchpoint/add', ...place, title: 'y'.repeat(200) }, 'invalid');
    refuse(w, { type: 'touchpoint/add', ...place, feeling: 3 }, 'invalid');
  });
});

describe('touchpoint/update', () => {
  it('changes only the fields given', () => {
    const w = board();
    const a1 = byTitle(w, 'A1');
    const next = apply(w, { type: 'touchpoint/update', touchpointId: a1.id, feeling: 2 });
    expect(byTitle(next, 'A1')).toEqual({ ...a1, feeling: 2 });
  });

  it('keeps notes and evidence', () => {
    const w = board();
    const a1 = byTitle(w, 'A1');
    const notes = 'Three complaints a week say the page times out.';
    const next = apply(w, { type: 'touchpoint/update', touchpointId: a1.id, notes });
    expect(byTitle(next, 'A1')).toEqual({ ...a1, notes });
    // Notes are checked like every free text.
    refuse(w, { type: 'touchpoint/update', touchpointId: a1.id, notes: 'n'.repeat(2001) }, 'invalid');
  });

  it('hands a card to another team, at the end of that team’s cards in the same cell', () => {
    const w = board();
    const a1 = byTitle(w, 'A1');
    const teamB = at(w.teams, 1).id;
    const next = apply(w, { type: 'touchpoint/update', touchpointId: a1.id, teamId: teamB, feeling: -1 });
    expect(titles(next)).toEqual(['A2', 'B1', 'A1']);
    // It gets a new place (order key) among team B's cards.
    expect(byTitle(next, 'A1')).toEqual({ ...a1, teamId: teamB, feeling: -1, order: expect.any(String) });
    // Handing it to the team it already has changes nothing.
    const same = apply(w, { type: 'touchpoint/update', touchpointId: a1.id, teamId: a1.teamId });
    expect(same.touchpoints).toBe(w.touchpoints);
  });

  it('leaves ratings with the teams that gave them when a card changes hands', () => {
    const w = sample();
    const card = at(w.touchpoints, 0);
    const other = w.teams.find((t) => t.id !== card.teamId);
    if (!other) throw new Error('The sample has several teams.');
    const next = apply(w, { type: 'touchpoint/update', touchpointId: card.id, teamId: other.id });
    expect(next.ratings).toBe(w.ratings);
    expect(next.touchpoints.find((t) => t.id === card.id)?.teamId).toBe(other.id);
  });

  it('refuses an unknown team, and empty or overlong titles, changing nothing', () => {
    const w = board();
    const a1 = byTitle(w, 'A1');
    expect(refuse(w, { type: 'touchpoint/update', touchpointId: a1.id, teamId: 'gone' }, 'not-found').message).toBe(
      'That team no longer exists — it may have been deleted.',
    );
    expect(refuse(w, { type: 'touchpoint/update', touchpointId: a1.id, title: '   ' }, 'invalid').message).toMatch(
      /cannot be empty/,
    );
    expect(refuse(w, { type: 'touchpoint/update', touchpointId: a1.id, title: 'x'.repeat(200) }, 'invalid').message).toMatch(
      /120 characters or fewer/,
    );
  });

  it('says when the card is gone', () => {
    expect(refuse(board(), { type: 'touchpoint/update', touchpointId: 'gone', title: 'X' }, 'not-found').message).toBe(
      'That touchpoint no longer exists — it may have been deleted.',
    );
  });
});

describe('touchpoint/move', () => {
  it('reorders within a cell by the same team’s cards only', () => {
    const w = board();
    const a2 = byTitle(w, 'A2');
    const next = apply(w, { type: 'touchpoint/move', touchpointId: a2.id, stageId: a2.stageId, channelId: a2.channelId, index: 0 });
    expect(titles(next)).toEqual(['A2', 'A1', 'B1']);
    const b1 = byTitle(next, 'B1');
    const same = apply(next, { type: 'touchpoint/move', touchpointId: b1.id, stageId: b1.stageId, channelId: b1.channelId, index: 0 });
    expect(same.touchpoints).toBe(next.touchpoints);
  });

  it('moves to another cell at a position, up to just after the last card there', () => {
    let w = board();
    const target = { stageId: at(w.stages, 3).id, channelId: at(w.channels, 2).id };
    w = apply(w, { type: 'touchpoint/move', touchpointId: byTitle(w, 'A1').id, ...target, index: 0 });
    w = apply(w, { type: 'touchpoint/move', touchpointId: byTitle(w, 'A2').id, ...target, index: 1 });
    expect(byTitle(w, 'A2')).toMatchObject(target);
    const inTarget = w.touchpoints.filter((t) => t.stageId === target.stageId).map((t) => t.title);
    expect(inTarget).toEqual(['A1', 'A2']);
  });

  it('refuses a position past the end of the team’s cards in the cell, naming how many there are', () => {
    const w = apply(board(), { type: 'team/rename', teamId: at(board().teams, 0).id, name: 'Blue' });
    const [a1, a2] = [byTitle(w, 'A1'), byTitle(w, 'A2')];
    const home = { stageId: a1.stageId, channelId: a1.channelId };
    // In its own cell the card can take positions 1 and 2 among the team's two cards; B1 is another team's and does not count.
    expect(refuse(w, { type: 'touchpoint/move', touchpointId: a1.id, ...home, index: 2 }, 'invalid').message).toBe(
      "There is no position 3 in that cell; it holds 2 of the Blue team's cards.",
    );
    expect(refuse(w, { type: 'touchpoint/move', touchpointId: a1.id, ...home, index: 7 }, 'invalid').message).toBe(
      "There is no position 8 in that cell; it holds 2 of the Blue team's cards.",
    );
    // Elsewhere it can also go just after the last card.
    const other = { stageId: at(w.stages, 3).id, channelId: at(w.channels, 2).id };
    const moved = apply(w, { type: 'touchpoint/move', touchpointId: a1.id, ...other, index: 0 });
    expect(refuse(moved, { type: 'touchpoint/move', touchpointId: a2.id, ...other, index: 2 }, 'invalid').message).toBe(
      "There is no position 3 in that cell; it holds 1 of the Blue team's cards.",
    );
    const empty = { stageId: at(w.stages, 4).id, channelId: at(w.channels, 0).id };
    expect(refuse(w, { type: 'touchpoint/move', touchpointId: a2.id, ...empty, index: 1 }, 'invalid').message).toBe(
      "There is no position 2 in that cell; it holds none of the Blue team's cards.",
    );
  });

  it('keeps the card’s ratings when it moves', () => {
    const w = sample();
    const card = at(w.touchpoints, 0);
    const before = w.ratings.filter((r) => r.touchpointId === card.id);
    const next = apply(w, { type: 'touchpoint/move', touchpointId: card.id, stageId: at(w.stages, 6).id, channelId: card.channelId, index: 0 });
    expect(next.ratings.filter((r) => r.touchpointId === card.id)).toEqual(before);
  });

  it('a drop in the same place changes nothing', () => {
    const w = board();
    const a1 = byTitle(w, 'A1');
    const next = apply(w, { type: 'touchpoint/move', touchpointId: a1.id, stageId: a1.stageId, channelId: a1.channelId, index: 0 });
    expect(next.touchpoints).toBe(w.touchpoints);
  });

  it('refuses a move to a cell that no longer exists', () => {
    const w = board();
    const a1 = byTitle(w, 'A1');
    refuse(w, { type: 'touchpoint/move', touchpointId: a1.id, stageId: 'gone', channelId: a1.channelId, index: 0 }, 'not-found');
    refuse(w, { type: 'touchpoint/move', touchpointId: 'gone', stageId: a1.stageId, channelId: a1.channelId, index: 0 }, 'not-found');
    refuse(w, { type: 'touchpoint/move', touchpointId: a1.id, stageId: a1.stageId, channelId: a1.channelId, index: -1 }, 'invalid');
  });
});

describe('touchpoint/remove', () => {
  it('takes its ratings and unlinks it from fixes and actions', () => {
    const w = sample();
    const card = at(w.touchpoints, 14); // First bill arrives: in a fix and an action
    expect(w.fixes.some((f) => f.touchpointIds.includes(card.id))).toBe(true);
    const next = apply(w, { type: 'touchpoint/remove', touchpointId: card.id });
    expect(next.touchpoints).toHaveLength(w.touchpoints.length - 1);
    expect(next.ratings.some((r) => r.touchpointId === card.id)).toBe(false);
    expect(next.fixes.some((f) => f.touchpointIds.includes(card.id))).toBe(false);
    expect(next.fixes).toHaveLength(w.fixes.length);
    expect(next.actions.find((a) => a.title.startsWith('Explain the first bill'))?.touchpointId).toBeNull();
    refuse(next, { type: 'touchpoint/remove', touchpointId: card.id }, 'not-found');
  });
});

describe('touchpoint/duplicate', () => {
  it('copies the card right after it in its cell, with “(copy)” in the title', () => {
    let w = board();
    const a1 = byTitle(w, 'A1');
    w = apply(w, { type: 'touchpoint/update', touchpointId: a1.id, description: 'd', notes: 'n', feeling: 2, momentOfTruth: true });
    const next = apply(w, { type: 'touchpoint/duplicate', touchpointId: a1.id });
    expect(titles(next)).toEqual(['A1', 'A1 (copy)', 'A2', 'B1']);
    const copy = byTitle(next, 'A1 (copy)');
    expect(copy.id).not.toBe(a1.id);
    expect(copy).toEqual({ ...byTitle(w, 'A1'), id: copy.id, title: 'A1 (copy)', order: expect.any(String) });
  });

  it('does not copy the ratings', () => {
    const w = sample();
    const card = at(w.touchpoints, 0);
    expect(w.ratings.some((r) => r.touchpointId === card.id)).toBe(true);
    const next = apply(w, { type: 'touchpoint/duplicate', touchpointId: card.id });
    expect(next.ratings).toBe(w.ratings);
    expect(next.touchpoints).toHaveLength(w.touchpoints.length + 1);
  });

  it('keeps a long title within the name limit', () => {
    expect(copyTitle('Checkout')).toBe('Checkout (copy)');
    const long = 'y'.repeat(NAME_MAX);
    expect(copyTitle(long)).toHaveLength(NAME_MAX);
    expect(copyTitle(long).endsWith(' (copy)')).toBe(true);
    let w = board();
    const a1 = byTitle(w, 'A1');
    w = apply(w, { type: 'touchpoint/update', touchpointId: a1.id, title: long });
    const next = apply(w, { type: 'touchpoint/duplicate', touchpointId: a1.id });
    expect(next.touchpoints.find((t) => t.title.endsWith(' (copy)'))?.title).toHaveLength(NAME_MAX);
  });

  it('refuses a card that is gone', () => {
    expect(refuse(board(), { type: 'touchpoint/duplicate', touchpointId: 'gone' }, 'not-found').message).toBe(
      'That touchpoint no longer exists — it may have been deleted.',
    );
  });
});
