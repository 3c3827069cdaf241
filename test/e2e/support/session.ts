/**
 * The usual start of a browser test file: the real app on its own temp data
 * folder, a Chromium, and one page on the app that records anything leaving
 * it — and one call to take it all down again; or, for tests that share one
 * session, the hooks that start it before them and close it after them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, openApp, type OpenedPage } from './browser';
import { startApp, type RunningApp } from './serve';

export interface AppSession extends OpenedPage {
  readonly browser: Browser;
  readonly app: RunningApp;
  close(): Promise<void>;
}

/** `dataDir`: a folder that already holds workshops (seeded-session.ts); by default a new empty one. */
export async function startSession(dataDir?: string): Promise<AppSession> {
  const [browser, app] = await Promise.all([launchBrowser(), startApp(dataDir)]);
  const opened = await openApp(browser, app.url);
  return {
    ...opened,
    browser,
    app,
    close: async () => {
      await opened.context.close();
      await browser.close();
      await app.stop();
    },
  };
}

/** A session on the sample workshop, opened from the library as a newcomer opens it (Open the sample). */
export async function startSampleSession(): Promise<AppSession> {
  const session = await startSession();
  try {
    await session.page.getByTestId('open-sample').click();
    await session.page.getByTestId('workshop-title').waitFor();
  } catch (error) {
    await session.close();
    throw error;
  }
  return session;
}

/** The session the tests of a file (or of a describe block) share, while they run. */
export type SharedSession = Omit<AppSession, 'close'>;

/**
 * Starts a session (`start`, startSession by default: the library of an empty
 * data folder) before the first test of the file or describe block it is
 * called in, and closes it after the last. Its parts are there once the tests
 * run: reading one earlier, at the top of the file, throws.
 */
export function sessionForTests(start: () => Promise<AppSession> = () => startSession()): SharedSession {
  let started: AppSession | undefined;
  beforeAll(async () => {
    started = await start();
  });
  afterAll(async () => {
    await started?.close();
  });
  const current = (): AppSession => {
    if (!started) throw new Error('The session starts before the first test: read it inside a test or a hook.');
    return started;
  };
  return {
    get browser() {
      return current().browser;
    },
    get app() {
      return current().app;
    },
    get context() {
      return current().context;
    },
    get page() {
      return current().page;
    },
    get foreignRequests() {
      return current().foreignRequests;
    },
    get pageErrors() {
      return current().pageErrors;
    },
  };
}
