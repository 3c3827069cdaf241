/**
 * The plain-Node JSON file adapter, on `conf` — the same engine electron-store
 * uses in the desktop app, so both write files the same way (temp file, fsync,
 * rename).
 */
import Conf from 'conf';
import type { JsonFileFactory } from './json-file';
import { engineJsonFile, JSON_FILE_ENGINE_OPTIONS } from './json-file-engine';

export const confJsonFiles: JsonFileFactory = (dir, name) =>
  engineJsonFile(new Conf<Record<string, unknown>>({ cwd: dir, configName: name, ...JSON_FILE_ENGINE_OPTIONS }));
