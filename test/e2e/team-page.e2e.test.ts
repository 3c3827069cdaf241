// A team's page in a real browser, a device that joined the room as one of
// the team's people: it works as that team only, never receives another team's
// silent ratings or hidden dots over its WebSocket, is not offered what only
// the facilitator may do, and sees everything once the facilitator reveals it.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPatch } from '../../shared/changes/patch';
import type { Patch } from '../../shared/changes/types';
import type { Workshop } from '../../shared/model';
import { launchBrowser, openApp, type OpenedPage } from './support/browser';
import { openTeamPage } from './support/room';
import { readSavedWorkshop } from './support/saved-workshop';
import { dataDirWith, extendWorkshop } from './support/seed-workshop';
import { outputDir, startApp, type RunningApp } from './support/serve';
import { BILLS, CALL_BACK, voteRoom } from './support/vote-room';

const eventually = expect.poll;

/** Front line and Back office each rated the same card; Ama (front) and Bartosz (back) voted, in secret. */
function teamRoom(): Workshop {
  const room = voteRoom('Team pages', { people: true });
  const [front, back] = room.teams.map((t) => t.id);
  const withCard = extendWorkshop(room, (w) => [
    { type: 'touchpoint/add', teamId: front ?? '', stageId: w.stages[0]?.id ?? '', channelId: w.channels[0]?.id ?? '', title: 'Engineer visit' },
  ]);
  const card = withCard.touchpoints[0]?.id ?? '';
  const pillar = withCard.framework.pillars[0]?.id ?? '';
  const fixId = (title: string) => withCard.fixes.find((f) => f.title === title)?.id ?? '';
  return extendWorkshop(withCard, (w) => [
    { type: 'rating/set', teamId: front ?? '', touchpointId: card, pillarId: pillar, score: 2 },
    { type: 'rating/set', teamId: back ?? '', touchpointId: card, pillarId: pillar, score: 5 },
    { type: 'vote/set', participantId: w.participants[0]?.id ?? '', fixId: fixId(BILLS), dots: 2 },
    { type: 'vote/set', participantId: w.participants[1]?.id ?? '', fixId: fixId(CALL_BACK), dots: 3 },
  ]);
}

interface Frame {
  readonly event?: string;
  readonly data?: { readonly seq: number; readonly patch: Patch };
  readonly result?: { readonly kind?: string; readonly snapshot?: { readonly state: Workshop }; readonly seq?: number; readonly patch?: Patch };
}

/**
 * Every workshop the page held, rebuilt from the WebSocket frames it
 * received: the snapshot it opened with, then each update's patch in turn
 * (replies to its own commands and the host's events alike).
 */
function workshopsIn(frames: readonly string[]): Workshop[] {
  const held: Workshop[] = [];
  let current: Workshop | undefined;
  for (const text of frames) {
    const message = JSON.parse(text) as Frame;
    if (message.result?.kind === 'snapshot' && message.result.snapshot) {
      current = message.result.snapshot.state;
    } else {
      const patch = message.event === 'workshop/changes' ? message.data?.patch : message.result?.patch;
      if (!patch || !current) continue;
      current = applyPatch(current, patch);
    }
    held.push(current);
  }
  return held;
}

describe('a team’s page', () => {
  const workshop = teamRoom();
  const front = workshop.teams[0]?.id ?? '';
  const back = workshop.teams[1]?.id ?? '';
  const frontPeople = new Set(workshop.participants.filter((p) => p.teamId === front).map((p) => p.id));
  let dataDir: string;
  let browser: Browser;
  let app: RunningApp;
  let team: OpenedPage;
  let page: Page;
  const frames: string[] = [];

  beforeAll(async () => {
    dataDir = dataDirWith(workshop);
    [browser, app] = await Promise.all([launchBrowser(), startApp(dataDir)]);
    // Ama, already on Front line's list, joins from her own device; every frame it receives is kept.
    team = await openTeamPage(browser, app, workshop.id, front, 'Ama Mensah', {
      beforeJoin: ({ page: joining }) =>
        joining.on('websocket', (socket) => socket.on('framereceived', ({ payload }) => frames.push(String(payload)))),
    });
    page = team.page;
  });

  afterAll(async () => {
    await browser.close();
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('works as its own team and receives nothing of the other team’s before the reveal', async () => {
    await page.getByRole('tab', { name: 'Rate', exact: true }).click();
    await expect.poll(() => page.getByTestId('joined-team').innerText()).toMatch(/Team\s+Front line/);
    await expect(page.getByTestId('team-switcher').count()).resolves.toBe(0);
    await page.screenshot({ path: join(outputDir('screens'), 'team-page-rate.png') });

    const received = workshopsIn(frames);
    expect(received.length).toBeGreaterThan(0);
    for (const state of received) {
      expect(state.ratings.map((r) => r.teamId)).toEqual([front]);
      expect(state.votes.every((v) => frontPeople.has(v.participantId))).toBe(true);
    }
    // Choosing a tab on a team's page does not move the room.
    const saved = readSavedWorkshop(dataDir);
    expect(saved.phase).toBe(workshop.phase);
  });

  it('is not offered the reveal, and is told plainly that the facilitator reveals', async () => {
    await page.getByRole('tab', { name: 'Insights', exact: true }).click();
    await expect.poll(() => page.getByTestId('silent-notice').innerText()).toContain('The facilitator reveals them all');
    await expect(page.getByTestId('reveal-ratings').count()).resolves.toBe(0);
    await page.screenshot({ path: join(outputDir('screens'), 'team-page-silent.png') });
    const saved = readSavedWorkshop(dataDir);
    expect(saved.ratingsRevealed).toBe(false);
    expect(team.pageErrors.filter((e) => !e.includes('Only the facilitator'))).toEqual([]);
  });

  it('receives every team’s ratings once the facilitator reveals them', async () => {
    const facilitator = await openApp(browser, `${app.url}#/workshop/${encodeURIComponent(workshop.id)}`);
    await facilitator.page.getByRole('tab', { name: 'Insights', exact: true }).click();
    await facilitator.page.getByTestId('reveal-ratings').click();
    await eventually(() => workshopsIn(frames).some((state) => state.ratings.some((r) => r.teamId === back))).toBe(true);
    await eventually(() => page.getByTestId('silent-notice').count()).toBe(0);
    await page.screenshot({ path: join(outputDir('screens'), 'team-page-revealed.png') });
    expect(team.foreignRequests).toEqual([]);
  });
});
