/**
 * Slows down guessing of the room code: after five wrong codes within a
 * minute, a page must wait a minute before trying again. With 31⁶ codes and
 * the room's cap on connections, guessing one takes longer than a workshop.
 */
const WINDOW_MS = 60_000;
const MAX_WRONG = 5;

export class JoinGuard {
  private readonly wrong = new Map<string, number[]>();

  /** How long (ms) this asker must wait before trying a code again; 0 when it may try now. */
  wait(asker: string, now: number): number {
    const times = this.recent(asker, now);
    if (times.length < MAX_WRONG) return 0;
    return (times[0] ?? now) + WINDOW_MS - now;
  }

  failed(asker: string, now: number): void {
    const times = this.recent(asker, now);
    times.push(now);
    this.wrong.set(asker, times);
  }

  private recent(asker: string, now: number): number[] {
    const times = (this.wrong.get(asker) ?? []).filter((t) => now - t < WINDOW_MS);
    if (times.length === 0) this.wrong.delete(asker);
    return times;
  }
}
