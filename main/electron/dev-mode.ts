/**
 * What only a developer's run of the desktop app may do: load the renderer
 * from the dev server, and open DevTools (a window has them only when it
 * loads from the dev server). A packaged app never does either;
 * an unpackaged one only when `npm run dev` (electron-vite dev) started it
 * and the address is the dev server on this computer. Kept free of Electron
 * so it is tested in Node.
 */

/** electron-vite dev sets this for the app it starts; a plain `electron .` does not. */
const DEV_MARK = 'NODE_ENV_ELECTRON_VITE';

/** The dev server's address when the dev command started this run, or undefined (load the app's own files). */
export function devServerUrlFor(isPackaged: boolean, env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (isPackaged || env[DEV_MARK] !== 'development') return undefined;
  const raw = env['ELECTRON_RENDERER_URL'];
  if (raw === undefined) return undefined;
  try {
    const url = new URL(raw);
    const loopback = url.hostname === 'localhost' || url.hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(url.hostname);
    // Only the dev server on this computer: never a page elsewhere that would then be trusted with the bridge.
    return (url.protocol === 'http:' || url.protocol === 'https:') && loopback ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A data folder named by JOURNEY_ROOM_DATA_DIR, for the desktop smoke test and a
 * developer's trial runs; an installed app always keeps its workshops in its userData folder.
 */
export function dataDirOverride(isPackaged: boolean, env: Readonly<Record<string, string | undefined>>): string | undefined {
  const dir = env['JOURNEY_ROOM_DATA_DIR'];
  return isPackaged || dir === undefined || dir.trim() === '' ? undefined : dir;
}
