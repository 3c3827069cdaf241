// Several teams on one frame: each team sees its own cards; "All teams" shows everyone's, tagged, and drags keep a card's team.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClientCommand } from '../../shared/commands';
import type { Workshop } from '../../shared/model';
import { boardForTests, movedCards } from './support/board-session';
import { mouseDrag } from './support/pointer-drag';
import { buildWorkshop, extendWorkshop } from './support/seed-workshop';
import { outputDir } from './support/serve';

/** Cards per team: [title, stage, channel]. */
const CARDS: Record<string, readonly (readonly [string, string, string])[]> = {
  'Team 1': [
    ['Checkout page', 'Buy', 'Web'],
    ['Basket', 'Buy', 'Web'],
    ['Price comparison', 'Choose', 'Web'],
    ['Opening hours', 'Discover', 'Store'],
  ],
  'Blue team': [
    ['Store visit', 'Buy', 'Web'],
    ['Phone order', 'Use', 'Phone'],
    ['Loyalty app', 'Use', 'App'],
  ],
  Operations: [
    ['Delivery e-mail', 'Receive', 'E-mail'],
    ['Courier call', 'Receive', 'Phone'],
    ['Returns desk', 'Get help', 'Store'],
  ],
};

const workshop: Workshop = extendWorkshop(
  buildWorkshop('Three teams', () => [
    { type: 'team/add', name: 'Blue team' },
    { type: 'team/add', name: 'Operations' },
  ]),
  (w) =>
    Object.entries(CARDS).flatMap(([teamName, cards]) =>
      cards.map(
        ([title, stage, channel]): ClientCommand => ({
          type: 'touchpoint/add',
          teamId: w.teams.find((t) => t.name === teamName)?.id ?? '',
          stageId: w.stages.find((s) => s.name === stage)?.id ?? '',
          channelId: w.channels.find((c) => c.name === channel)?.id ?? '',
          title,
        }),
      ),
    ),
);

const session = boardForTests(workshop);

const page = () => session.page;
const cell = (stage: string, channel: string) => page().getByTestId(`cell-${stage}-${channel}`);
/** Card names in a cell, the feeling left out: "title" alone, or "T1 title, team" when every team is shown (the tag's initials first, as the card shows them). */
const labels = (stage: string, channel: string) =>
  cell(stage, channel)
    .getByTestId('card')
    .evaluateAll((els) => els.map((el) => (el.getAttribute('aria-label') ?? '').replace(/, [−+]?\d, feeling: [a-z ]+/, '')));
const allTitles = () =>
  page()
    .getByTestId('card')
    .evaluateAll((els) => els.map((el) => el.querySelector('.card-title')?.textContent ?? '').sort());
const titlesOf = (team: string) => (CARDS[team] ?? []).map(([title]) => title).sort();
const teamOf = (title: string) => {
  const saved = session.saved();
  const card = saved.touchpoints.find((t) => t.title === title);
  return saved.teams.find((t) => t.id === card?.teamId)?.name;
};

describe('teams on the board', () => {
  it('shows each team only its own cards', async () => {
    await expect.poll(allTitles).toEqual(titlesOf('Team 1'));
    await page().getByTestId('team-switcher').selectOption({ label: 'Blue team' });
    await expect.poll(allTitles).toEqual(titlesOf('Blue team'));
    await page().getByTestId('team-switcher').selectOption({ label: 'Operations' });
    await expect.poll(allTitles).toEqual(titlesOf('Operations'));
    await page().getByTestId('team-switcher').selectOption({ label: 'Team 1' });
    await expect.poll(allTitles).toEqual(titlesOf('Team 1'));
  });

  it('comes back to the team it was showing after a reload, not to the first team’s empty board', async () => {
    await page().getByTestId('team-switcher').selectOption({ label: 'Blue team' });
    await expect.poll(allTitles).toEqual(titlesOf('Blue team'));
    await page().reload();
    await page().getByTestId('team-switcher').waitFor();
    expect(await page().getByTestId('team-switcher').locator('option:checked').innerText()).toBe('Blue team');
    await expect.poll(allTitles).toEqual(titlesOf('Blue team'));
    await page().getByTestId('team-switcher').selectOption({ label: 'Team 1' });
    await expect.poll(allTitles).toEqual(titlesOf('Team 1'));
  });

  it('shows every team’s cards in All teams, each saying whose it is, with a legend', async () => {
    await page().getByRole('group', { name: 'Show the cards of' }).getByRole('button', { name: 'All teams' }).click();
    await expect.poll(allTitles).toEqual(Object.keys(CARDS).flatMap(titlesOf).sort());
    expect(await labels('Buy', 'Web')).toEqual(['T1 Checkout page, Team 1', 'T1 Basket, Team 1', 'BT Store visit, Blue team']);
    // The tag a sighted person reads on the card, and the legend that names it.
    expect(await cell('Buy', 'Web').locator('.card-team').allInnerTexts()).toEqual(['T1', 'T1', 'BT']);
    const legend = page().getByRole('list', { name: 'Teams on the board' });
    const entries = (await legend.getByRole('listitem').allInnerTexts()).map((text) => text.replace(/\s+/g, ' '));
    expect(entries).toEqual(['T1 Team 1 (new cards)', 'BT Blue team', 'OP Operations']);
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      await page().setViewportSize(size);
      await page().screenshot({ path: join(outputDir('screens'), `board-all-teams-${size.width}x${size.height}.png`) });
    }
    await page().setViewportSize({ width: 1280, height: 720 });
  });

  it('moves another team’s card in All teams, and it stays that team’s', async () => {
    const before = session.saved();
    await mouseDrag(page(), page().getByRole('button', { name: /^BT Store visit, / }), cell('Use', 'Phone'));
    await expect.poll(() => movedCards(before, session.saved())).toEqual(['Store visit: Buy/Web → Use/Phone']);
    expect(teamOf('Store visit')).toBe('Blue team');
    // Let go near the top of the cell: before the card already there.
    expect(await labels('Use', 'Phone')).toEqual(['BT Store visit, Blue team', 'BT Phone order, Blue team']);
  });

  it('adds a card typed in All teams to the chosen team', async () => {
    await page().getByRole('button', { name: 'Add a touchpoint in Discover, Web' }).click();
    await page().getByRole('combobox', { name: 'Title of the new touchpoint in Discover, Web' }).fill('Search advert');
    await page().keyboard.press('Enter');
    await page().keyboard.press('Escape');
    await expect.poll(() => teamOf('Search advert')).toBe('Team 1');
    // The file is written before the new state reaches the page, so wait for the page too.
    await expect.poll(() => labels('Discover', 'Web')).toEqual(['T1 Search advert, Team 1']);
    expect(session.pageErrors).toEqual([]);
  });
});
