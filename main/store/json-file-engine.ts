/**
 * How we drive a conf-like JSON file engine (conf under plain Node,
 * electron-store in the desktop app): the same options and the same write
 * for both, kept free of either import so each side loads only its own.
 */
import type { JsonFile } from './json-file';

/**
 * Options for conf and electron-store alike. We read and check every file
 * ourselves (parseWorkshopFile) before the engine sees it, so the engine must
 * never parse: its constructor would throw on a damaged file, or with
 * `clearInvalidConfig` silently empty it, and it re-reads the whole file
 * before each write to keep its `__internal__` key — wasted milliseconds on a
 * large workshop. Compact JSON keeps each write small and fast.
 */
export const JSON_FILE_ENGINE_OPTIONS = {
  serialize: (value: unknown) => JSON.stringify(value),
  deserialize: () => ({}),
  accessPropertiesByDotNotation: false,
  clearInvalidConfig: false,
  fileExtension: 'json',
} as const;

/**
 * Before each write, the engine re-reads the file unless the new value already
 * carries its `__internal__` key. We hand it a copy with that key present but
 * not enumerable: the read is skipped and JSON.stringify leaves the key out of
 * the file. Should a future engine ignore this, it only costs one extra read.
 */
function withoutEngineReread(value: object): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...value };
  Object.defineProperty(copy, '__internal__', { value: {}, enumerable: false });
  return copy;
}

/** Wraps a conf-like engine (conf or electron-store) as a JsonFile. */
export function engineJsonFile(engine: { readonly path: string; store: Record<string, unknown> }): JsonFile {
  return {
    path: engine.path,
    write(value) {
      engine.store = withoutEngineReread(value);
    },
  };
}
