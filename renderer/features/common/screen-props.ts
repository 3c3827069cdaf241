/**
 * What every workshop screen receives. Screens read the workshop and send
 * commands; they never talk to a transport themselves, so the same screen
 * works in the desktop window and in a browser.
 */
import type { ClientCommand } from '../../../shared/commands';
import type { Id } from '../../../shared/model';
import type { DispatchOutcome } from '../../store/live-workshop';
import type { Seat } from './seat';

export type { DispatchOutcome } from '../../store/live-workshop';

/** Screens read the open workshop themselves (renderer/store), each as much as it shows. */
export interface ScreenProps {
  /** Sends one command to the host. A refused command resolves with the reason, shown to the person. */
  readonly dispatch: (command: ClientCommand) => Promise<DispatchOutcome>;
  /** The team whose work is shown and edited (a workshop always has at least one team). */
  readonly teamId: Id;
  /** Undoes the last change (as the top bar's Undo does), for an "Undo" offered right after a delete. */
  readonly undo?: () => void;
  /**
   * Who uses this page. A team's page offers only what that team may do
   * (shared/roles.ts decides); absent means the facilitator, as in the desktop window.
   */
  readonly seat?: Seat;
}
