/**
 * The usual start of a browser test file: the real app on its own temp data
 * folder, a Chromium, and one page on the app that records anything leaving
 * it — and one call to take it all down again.
 */
import type { Browser } from 'playwright-core';
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
