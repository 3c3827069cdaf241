/**
 * Board browser tests on a workshop made with the real reducer: the app on
 * its own data folder, a Chromium page (with touch when asked) open at the
 * Map, and the workshop as saved on disk, to check what a drag really
 * changed; boardForTests starts it all before a file's tests and closes it
 * after them.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Workshop } from '../../../shared/model';
import { readSavedWorkshop } from '../../../main/store/saved-workshop';
import { launchBrowser } from './browser';
import { dataDirWith } from './seed-workshop';
import { startApp, type RunningApp } from './serve';

export interface BoardPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Errors the page logged or threw. */
  readonly pageErrors: string[];
}

export interface BoardOptions {
  readonly viewport?: { width: number; height: number };
  readonly hasTouch?: boolean;
}

export interface BoardSession {
  readonly browser: Browser;
  readonly app: RunningApp;
  readonly workshopId: string;
  /** Another window on the same workshop (a second person, or the facilitator's laptop). */
  openBoard(options?: BoardOptions): Promise<BoardPage>;
  /** The workshop as the app saved it. */
  saved(): Workshop;
  close(): Promise<void>;
}

export async function startBoardSession(workshop: Workshop): Promise<BoardSession> {
  const dataDir = dataDirWith(workshop);
  const [browser, app] = await Promise.all([launchBrowser(), startApp(dataDir)]);
  const contexts: BrowserContext[] = [];

  async function openBoard(options: BoardOptions = {}) {
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 720 }, hasTouch: options.hasTouch ?? false });
    contexts.push(context);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(`${app.url}#/workshop/${encodeURIComponent(workshop.id)}`);
    await page.getByRole('tab', { name: /Map/ }).click();
    await page.locator('.board-grid').waitFor();
    return { context, page, pageErrors };
  }

  function saved(): Workshop {
    const read = readSavedWorkshop(join(dataDir, 'workshops', `${workshop.id}.json`));
    if (!read.ok) throw new Error(`The saved workshop does not read back: ${read.message}`);
    return read.workshop;
  }

  return {
    browser,
    app,
    workshopId: workshop.id,
    openBoard,
    saved,
    close: async () => {
      for (const context of contexts) await context.close();
      await browser.close();
      await app.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The board session a file's tests share, with the board page opened on it before them (`page`, `pageErrors`). */
export type SharedBoardSession = Omit<BoardSession, 'close'> & BoardPage;

/**
 * Starts a board session on `workshop` and opens one board page on it
 * (`options` as openBoard takes them) before the first test of the file, and
 * closes it all after the last. Its parts are there once the tests run.
 */
export function boardForTests(workshop: Workshop, options?: BoardOptions): SharedBoardSession {
  let started: { readonly session: BoardSession; readonly board: BoardPage } | undefined;
  let session: BoardSession | undefined;
  beforeAll(async () => {
    session = await startBoardSession(workshop);
    started = { session, board: await session.openBoard(options) };
  });
  afterAll(async () => {
    await session?.close();
  });
  const current = () => {
    if (!started) throw new Error('The board starts before the first test: read it inside a test or a hook.');
    return started;
  };
  return {
    get browser() {
      return current().session.browser;
    },
    get app() {
      return current().session.app;
    },
    workshopId: workshop.id,
    openBoard: (more) => current().session.openBoard(more),
    saved: () => current().session.saved(),
    get context() {
      return current().board.context;
    },
    get page() {
      return current().board.page;
    },
    get pageErrors() {
      return current().board.pageErrors;
    },
  };
}

/**
 * The touchpoints whose place or team differ between two saved workshops,
 * as "title: from → to" lines. Order inside a cell is not compared.
 */
export function movedCards(before: Workshop, after: Workshop): string[] {
  const where = (w: Workshop, stageId: string, channelId: string) =>
    `${w.stages.find((s) => s.id === stageId)?.name ?? '?'}/${w.channels.find((c) => c.id === channelId)?.name ?? '?'}`;
  const lines: string[] = [];
  for (const card of after.touchpoints) {
    const old = before.touchpoints.find((t) => t.id === card.id);
    if (!old) lines.push(`${card.title}: new in ${where(after, card.stageId, card.channelId)}`);
    else if (old.stageId !== card.stageId || old.channelId !== card.channelId || old.teamId !== card.teamId) {
      lines.push(`${card.title}: ${where(before, old.stageId, old.channelId)} → ${where(after, card.stageId, card.channelId)}`);
    }
  }
  for (const card of before.touchpoints) {
    if (!after.touchpoints.some((t) => t.id === card.id)) lines.push(`${card.title}: gone`);
  }
  return lines;
}
