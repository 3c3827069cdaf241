/** What a benchmark module gives the runner. */
export interface Figure {
  /** The name the issue gives, e.g. `core.apply_persist_p95_ms`. */
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The target from the issue, for the printed line only. */
  readonly goal?: number;
  /** Whether the goal is a ceiling (the usual: times, bytes) or a floor (a smallest text size). */
  readonly goalKind?: 'at-most' | 'at-least';
}

export interface Benchmark {
  readonly name: string;
  run(): Promise<readonly Figure[]>;
}
