/**
 * The desktop app's JSON file adapter: electron-store, configured exactly as
 * the plain-Node adapter configures conf (compact JSON, never parsing or
 * clearing a file on its own — the store checks files itself first).
 */
import Store from 'electron-store';
import { engineJsonFile, JSON_FILE_ENGINE_OPTIONS } from '../store/json-file-engine';
import type { JsonFileFactory } from '../store/json-file';

export const electronJsonFiles: JsonFileFactory = (dir, name) =>
  engineJsonFile(new Store<Record<string, unknown>>({ cwd: dir, name, ...JSON_FILE_ENGINE_OPTIONS }));
