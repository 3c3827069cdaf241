/**
 * Finds and launches the Chromium the browser tests drive. Debian's chromium
 * is the default; JOURNEY_ROOM_CHROMIUM points at any other Chromium or Chrome
 * (for a contributor on macOS or Windows). The flags keep Chromium from
 * reaching for the network, which a workshop room does not have.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findChromium(): string {
  const fromEnv = process.env['JOURNEY_ROOM_CHROMIUM'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`JOURNEY_ROOM_CHROMIUM is set to ${fromEnv}, but there is no file there.`);
    }
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium or Chrome was found for the browser tests. Install one ' +
        '(Debian/Ubuntu: `sudo apt-get install chromium`; macOS/Windows: Google Chrome), ' +
        'or set JOURNEY_ROOM_CHROMIUM to the browser executable.',
    );
  }
  return found;
}

/** `extraArgs`: more flags, such as `--host-resolver-rules` to reach the room by a name (room.e2e.test.ts). */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    // playwright gives every launch a fresh, empty profile of its own.
    args: [...CHROMIUM_FLAGS, ...extraArgs],
    headless: true,
  });
}

export interface OpenedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every URL the page asked for that is not the app itself. Must stay empty. */
  readonly foreignRequests: string[];
  /** Errors the page logged or threw. */
  readonly pageErrors: string[];
}

/** A phone held upright (390×844), touch and all, as the join screen must work on it: `openApp(b, url, PHONE.viewport, PHONE.device)`. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  device: { isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
} as const;

/**
 * A fresh page at the app's address that records anything that leaves the app.
 * `device`: a phone's emulation (PHONE.device) or anything else a context may take.
 */
export async function openApp(
  browser: Browser,
  appUrl: string,
  viewport = { width: 1280, height: 720 },
  device: Omit<BrowserContextOptions, 'viewport' | 'acceptDownloads'> = {},
): Promise<OpenedPage> {
  const opened = await newAppPage(browser, appUrl, viewport, device);
  await opened.page.goto(appUrl);
  return opened;
}

/**
 * The same page before it goes anywhere, so a test can listen from the very
 * start (its WebSocket frames, say) and then go to `appUrl` itself. Only
 * `appUrl`'s origin counts as the app.
 */
export async function newAppPage(
  browser: Browser,
  appUrl: string,
  viewport = { width: 1280, height: 720 },
  device: Omit<BrowserContextOptions, 'viewport' | 'acceptDownloads'> = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport, acceptDownloads: true, ...device });
  const page = await context.newPage();
  const origin = new URL(appUrl).origin;
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    const local =
      url.startsWith(origin) ||
      url.startsWith(origin.replace(/^http/, 'ws')) ||
      url.startsWith('data:') ||
      url.startsWith('blob:');
    if (!local) foreignRequests.push(url);
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  return { context, page, foreignRequests, pageErrors };
}
