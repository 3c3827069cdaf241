// The desktop window answers IPC only for its own pages; this is the check
// that decides what "its own" means.
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isAppUrl } from '../../../main/electron/app-origin';

describe('isAppUrl', () => {
  it('accepts our own pages', () => {
    expect(isAppUrl(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isAppUrl(`${APP_ORIGIN}/`)).toBe(true);
  });

  it.each([
    'https://journey-room/index.html',
    'app://evil/index.html',
    'app://journey-room.evil.example/',
    'app://user@journey-room/',
    'file:///C:/out/renderer/index.html',
    'http://localhost:5173/',
    'about:blank',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('accepts the dev server only when one is running', () => {
    expect(isAppUrl('http://localhost:5173/index.html', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/index.html', 'http://localhost:5173/')).toBe(false);
  });
});
