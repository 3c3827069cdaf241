/**
 * Read-only views computed from a workshop: pillar scores, the overall index
 * and the vote ranking. Screens, the PDF and benchmarks all use these, so a
 * number means the same everywhere.
 *
 * (Signatures fixed here; bodies are filled in by the selectors module.)
 */
export * from './selectors/index';
