/**
 * Updates for pages go out a little after the change, in turns, not in the
 * middle of the change itself. In a full room every change goes to every
 * device — two hundred writes — and doing them at once held up the
 * facilitator's own reply behind them. So each connection keeps its updates
 * in an outbox, and the outboxes are emptied a few connections at a time
 * between other work. A reply on a connection first sends everything in that
 * connection's outbox, so a page always hears of a change before the answer
 * to anything it asked afterwards.
 */

export interface Outbox {
  /** Sends everything this connection has waiting, in order. */
  flush(): void;
}

/** Outboxes emptied per turn: enough to keep up with a busy room, few enough to let requests in between. */
const PER_TURN = 25;

const waiting: Outbox[] = [];
const queued = new Set<Outbox>();
let turnScheduled = false;

/** Asks for this outbox to be emptied on a coming turn. */
export function scheduleFlush(outbox: Outbox): void {
  if (queued.has(outbox)) return;
  queued.add(outbox);
  waiting.push(outbox);
  if (!turnScheduled) {
    turnScheduled = true;
    setImmediate(turn);
  }
}

/** The outbox has been emptied by its connection itself (before a reply): it need not wait for a turn. */
export function flushed(outbox: Outbox): void {
  queued.delete(outbox);
}

function turn(): void {
  turnScheduled = false;
  let done = 0;
  while (done < PER_TURN && waiting.length > 0) {
    const outbox = waiting.shift();
    if (outbox === undefined || !queued.has(outbox)) continue;
    queued.delete(outbox);
    outbox.flush();
    done += 1;
  }
  if (waiting.length > 0) {
    turnScheduled = true;
    setImmediate(turn);
  }
}
