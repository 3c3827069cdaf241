/**
 * The desktop window's own origin, `app://journey-room`, and the check that
 * a URL belongs to it. Kept free of Electron so it can be tested in Node.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'journey-room';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Whether a URL is one of our own pages (the only ones IPC answers), or the dev server's in `npm run dev`. */
export function isAppUrl(raw: string, devServerUrl?: string): boolean {
  try {
    const url = new URL(raw);
    // URL.origin is "null" for custom schemes, so compare the parts.
    if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '') {
      return true;
    }
    return devServerUrl !== undefined && url.origin === new URL(devServerUrl).origin;
  } catch {
    return false;
  }
}
