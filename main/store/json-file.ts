/**
 * The one seam between the workshop store and the library that writes JSON
 * files. In the desktop app it is electron-store; under plain Node (serve
 * mode, tests) it is `conf`, the engine electron-store is built on. The store
 * receives a factory, so nothing under main/store imports `electron`.
 */

/** One JSON file on disk that can be replaced atomically. */
export interface JsonFile {
  /** Absolute path of the file. */
  readonly path: string;
  /** Replaces the whole file (temp file, fsync, rename). Throws if the disk refuses. */
  write(value: object): void;
}

/** Opens (without reading) `<dir>/<name>.json`. The caller has already read and checked it. */
export type JsonFileFactory = (dir: string, name: string) => JsonFile;
