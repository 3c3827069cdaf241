/**
 * The local-network room: one workshop served on one of the machine's
 * addresses, a code to join it, and a lobby of the devices that did. The
 * network listener itself is made by whoever runs the room (the serve CLI or
 * the desktop app) through `listen`, so the room's rules run and are tested
 * under plain Node.
 *
 * Opening makes a fresh code; closing stops listening, ends every device's
 * seat (their pages are told why, then cut off) and makes the code and every
 * credential void. The workshop itself stays open on the facilitator's side.
 */
import { nameKey } from '../../shared/reducers/common';
import type { OpenRoom, RoomInterface, RoomPreview, RoomStatus, SessionState } from '../../shared/room';
import { FACILITATOR } from '../../shared/seat';
import { ApiRefusal } from '../api/api-errors';
import type { WorkshopHost } from '../host/workshop-host';
import { JoinGuard } from './join-guard';
import { Lobby, memberSession, type Device, type DevicePage, type MemberSession } from './lobby';
import { roomInterfaces } from './network';
import { newDeviceId, newRoomCode, newSecret, sameSecret } from './secrets';

/** The room's network listener, as its maker hands it over. */
export interface RoomListener {
  readonly port: number;
  close(): Promise<void>;
}

export interface RoomOptions {
  readonly host: WorkshopHost;
  /** Starts listening on this address (port 0: any free one) for the room's pages. */
  readonly listen: (address: string, port: number) => Promise<RoomListener>;
  /** The addresses the room may listen on; the machine's own by default. */
  readonly interfaces?: () => RoomInterface[];
  /** The port people type; another free one is taken when it is busy. */
  readonly preferredPort?: number;
  readonly now?: () => Date;
  /** Keeps the machine from sleeping while the room is open (the desktop app's power blocker). */
  readonly keepAwake?: (awake: boolean) => void;
  /** How often the chosen address is checked (ms). */
  readonly addressCheckMs?: number;
}

interface Opened {
  readonly workshopId: string;
  readonly address: string;
  readonly listener: RoomListener;
  readonly code: string;
  addressProblem?: string;
  suggestedAddress?: string;
}

export type RoomEvent = { readonly kind: 'status'; readonly status: RoomStatus };

const DEFAULT_PORT = 5180;
const ROOM_CLOSED = 'The facilitator closed the room. Ask them for the new code when it opens again.';
const REMOVED = 'The facilitator took this device out of the room. Join again with the room code if that was a mistake.';
const WRONG_CODE = 'That room code is not right. Check the code on the screen and type it again.';
const NOT_OPEN = 'The room is not open just now. Ask the facilitator to open it.';

export class Room {
  private opened: Opened | null = null;
  private readonly lobby = new Lobby();
  private readonly listeners = new Set<(event: RoomEvent) => void>();
  private readonly guard = new JoinGuard();
  private readonly now: () => Date;
  private addressTimer: ReturnType<typeof setInterval> | undefined;
  /** A change of status waiting to be told (several joins in one tick are told once). */
  private statusQueued = false;

  constructor(private readonly options: RoomOptions) {
    this.now = options.now ?? (() => new Date());
  }

  get isOpen(): boolean {
    return this.opened !== null;
  }

  get workshopId(): string | null {
    return this.opened?.workshopId ?? null;
  }

  interfaces(): RoomInterface[] {
    return (this.options.interfaces ?? (() => roomInterfaces()))();
  }

  status(): RoomStatus {
    return { interfaces: this.interfaces(), room: this.openRoom() };
  }

  subscribe(listener: (event: RoomEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async open(workshopId: string, address: string): Promise<RoomStatus> {
    this.options.host.openWorkshop(workshopId); // refuses a workshop that is not there, with its sentence
    if (!this.interfaces().some((i) => i.address === address)) {
      throw new ApiRefusal('invalid', `This computer has no network address ${address} now. Choose one from the list.`);
    }
    if (this.opened && this.opened.workshopId !== workshopId) {
      throw new ApiRefusal('conflict', 'The room is open for another workshop. Close it there first.');
    }
    if (this.opened?.address === address) return this.status();
    // Moving to another address: the lobby and its credentials stay, the old listener goes.
    const previous = this.opened;
    const listener = await this.listenOn(address);
    if (previous) await previous.listener.close();
    this.opened = { workshopId, address, listener, code: previous?.code ?? newRoomCode() };
    this.options.keepAwake?.(true);
    this.watchAddress();
    this.tell();
    return this.status();
  }

  async close(): Promise<RoomStatus> {
    const opened = this.opened;
    if (!opened) return this.status();
    this.opened = null;
    clearInterval(this.addressTimer);
    this.addressTimer = undefined;
    for (const device of this.lobby.clear()) endPages(device, ROOM_CLOSED);
    await opened.listener.close();
    this.options.keepAwake?.(false);
    this.tell();
    return this.status();
  }

  /** A guest with the code: the teams and their people, to choose from. */
  preview(code: string, asker: string): RoomPreview {
    const opened = this.checkCode(code, asker);
    const workshop = this.options.host.currentState(opened.workshopId);
    return {
      workshopTitle: workshop.title,
      phase: workshop.phase,
      teams: workshop.teams.map((team) => ({
        id: team.id,
        name: team.name,
        color: team.color,
        people: workshop.participants
          .filter((p) => p.teamId === team.id)
          .map((p) => ({ id: p.id, name: p.name, joined: this.lobby.ofParticipant(p.id) !== undefined })),
      })),
    };
  }

  /** Seats a guest as a person of a team; the credential is theirs to keep. */
  async join(
    input: { readonly code: string; readonly teamId: string; readonly name: string; readonly participantId?: string | undefined },
    asker: string,
  ): Promise<{ credential: string; session: MemberSession; device: Device }> {
    const opened = this.checkCode(input.code, asker);
    const workshop = this.options.host.currentState(opened.workshopId);
    const team = workshop.teams.find((t) => t.id === input.teamId);
    if (!team) throw new ApiRefusal('not-found', 'That team is no longer in the workshop. Choose another.');
    const participantId = await this.personFor(opened.workshopId, team, input);
    // Adding a new person waited for the disk: the room may have closed, or the same person been seated, meanwhile.
    if (this.opened !== opened) throw new ApiRefusal('not-found', 'The room closed while you were joining. Ask the facilitator for the code when it opens again.');
    const already = this.lobby.ofParticipant(participantId);
    if (already) throw new ApiRefusal('conflict', alreadyJoined(already.name));
    const person = this.options.host.currentState(opened.workshopId).participants.find((p) => p.id === participantId);
    const credential = newSecret();
    const at = this.now();
    const device = this.lobby.add(
      {
        id: newDeviceId(),
        workshopId: opened.workshopId,
        teamId: team.id,
        participantId,
        name: person?.name ?? input.name,
        joinedAt: at,
        lastSeenAt: at,
        viewFromSeq: 0,
      },
      credential,
    );
    this.tell();
    return { credential, session: memberSession(device), device };
  }

  /** The device a credential seats, while the room is open and it has not been removed. */
  deviceFor(credential: string): Device | undefined {
    return this.opened ? this.lobby.withCredential(credential) : undefined;
  }

  /** A page holding the device's credential connected; the returned function says it left. */
  attach(device: Device, page: DevicePage): () => void {
    device.pages.add(page);
    device.lastSeenAt = this.now();
    this.tell();
    return () => {
      if (!device.pages.delete(page)) return;
      device.lastSeenAt = this.now();
      this.tell();
    };
  }

  /** Renames the person on the device, in the workshop's list too (their dots stay theirs). */
  async rename(deviceId: string, name: string): Promise<RoomStatus> {
    const device = this.device(deviceId);
    await this.updatePerson(device, { name });
    device.name = name;
    for (const page of device.pages) page.setSession(memberSession(device));
    this.tell();
    return this.status();
  }

  /**
   * Seats the person and their device with another team. Their pages are
   * told, and open that team's view afresh: a page that was away asks with
   * `since`, and is given the whole workshop rather than updates cut for a
   * team it no longer holds.
   */
  async move(deviceId: string, teamId: string): Promise<RoomStatus> {
    const device = this.device(deviceId);
    const workshop = this.options.host.currentState(device.workshopId);
    if (!workshop.teams.some((t) => t.id === teamId)) throw new ApiRefusal('not-found', 'That team is not in this workshop.');
    await this.updatePerson(device, { teamId });
    device.teamId = teamId;
    device.viewFromSeq = this.options.host.openWorkshop(device.workshopId).seq;
    for (const page of device.pages) page.setSession(memberSession(device));
    this.tell();
    return this.status();
  }

  /** The seq from which this device's pages hold its present team's view; a page behind it needs the whole workshop. */
  viewFromSeq(deviceId: string): number {
    return this.lobby.get(deviceId)?.viewFromSeq ?? 0;
  }

  /** Changes the person in the workshop as the facilitator would, outside anyone's undo. */
  private async updatePerson(device: Device, change: { readonly name?: string; readonly teamId?: string }): Promise<void> {
    const outcome = await this.options.host.dispatch(
      device.workshopId,
      { type: 'participant/update', participantId: device.participantId, ...change },
      { seat: FACILITATOR },
      'not-recorded',
    );
    if (!outcome.ok) throw new ApiRefusal(outcome.error.code, outcome.error.message);
  }

  /** The credential stops working at once, and the device's pages are told why. */
  remove(deviceId: string): RoomStatus {
    const device = this.lobby.remove(deviceId);
    if (!device) throw new ApiRefusal('not-found', 'That device has already left the room.');
    endPages(device, REMOVED);
    this.tell();
    return this.status();
  }

  /** Stops the address watch; the desktop app and the serve CLI call close() first. */
  dispose(): void {
    clearInterval(this.addressTimer);
  }

  private device(deviceId: string): Device {
    const device = this.lobby.get(deviceId);
    if (!device) throw new ApiRefusal('not-found', 'That device has already left the room.');
    return device;
  }

  private checkCode(code: string, asker: string): Opened {
    const opened = this.opened;
    if (!opened) throw new ApiRefusal('not-found', NOT_OPEN);
    const wait = this.guard.wait(asker, this.now().getTime());
    if (wait > 0) {
      throw new ApiRefusal('invalid', `Too many wrong codes from this device. Try again in ${Math.ceil(wait / 1000)} seconds.`);
    }
    if (!sameSecret(code, opened.code)) {
      this.guard.failed(asker, this.now().getTime());
      throw new ApiRefusal('invalid', WRONG_CODE);
    }
    return opened;
  }

  /** The person this guest joins as: one from the team's list, or a new one added by name. */
  private async personFor(
    workshopId: string,
    team: { readonly id: string; readonly name: string },
    input: { readonly name: string; readonly participantId?: string | undefined },
  ): Promise<string> {
    const workshop = this.options.host.currentState(workshopId);
    const chosen =
      input.participantId !== undefined
        ? workshop.participants.find((p) => p.id === input.participantId)
        : workshop.participants.find((p) => nameKey(p.name) === nameKey(input.name));
    if (input.participantId !== undefined && (!chosen || chosen.teamId !== team.id)) {
      throw new ApiRefusal('not-found', `That person is not on the list of ${team.name}. Choose your name again.`);
    }
    if (chosen && chosen.teamId !== team.id) {
      const theirs = workshop.teams.find((t) => t.id === chosen.teamId)?.name ?? 'another team';
      throw new ApiRefusal('conflict', `Someone called “${chosen.name}” is already in ${theirs}. Add an initial to tell you apart.`);
    }
    if (chosen) {
      if (this.lobby.ofParticipant(chosen.id)) throw new ApiRefusal('conflict', alreadyJoined(chosen.name));
      return chosen.id;
    }
    // A new person: added as the facilitator would add them, outside anyone's undo.
    const outcome = await this.options.host.dispatch(workshopId, { type: 'participant/add', name: input.name, teamId: team.id }, { seat: FACILITATOR }, 'not-recorded');
    if (!outcome.ok) throw new ApiRefusal(outcome.error.code, outcome.error.message);
    const added = outcome.update.after.participants.find((p) => p.teamId === team.id && nameKey(p.name) === nameKey(input.name));
    if (!added) throw new Error('The new participant is not in the workshop after adding them.');
    return added.id;
  }

  private async listenOn(address: string): Promise<RoomListener> {
    const preferred = this.options.preferredPort ?? DEFAULT_PORT;
    try {
      return await this.options.listen(address, preferred);
    } catch (error) {
      if (!isAddressInUse(error)) throw roomListenError(error, address);
      return this.options.listen(address, 0).catch((again: unknown) => {
        throw roomListenError(again, address);
      });
    }
  }

  private openRoom(): OpenRoom | null {
    const opened = this.opened;
    if (!opened) return null;
    const url = `http://${opened.address}:${opened.listener.port}`;
    const joinUrl = `${url}/#/join/${opened.code}`;
    const workshop = this.options.host.currentState(opened.workshopId);
    return {
      workshopId: opened.workshopId,
      address: opened.address,
      port: opened.listener.port,
      url,
      code: opened.code,
      joinUrl,
      teamJoinUrls: workshop.teams.map((t) => ({ teamId: t.id, url: `${joinUrl}/${encodeURIComponent(t.id)}` })),
      ...(opened.addressProblem === undefined ? {} : { addressProblem: opened.addressProblem }),
      ...(opened.suggestedAddress === undefined ? {} : { suggestedAddress: opened.suggestedAddress }),
      devices: this.lobby.list(),
    };
  }

  /** Tells listeners the status once per tick, however many things changed in it. */
  private tell(): void {
    if (this.statusQueued) return;
    this.statusQueued = true;
    queueMicrotask(() => {
      this.statusQueued = false;
      const status = this.status();
      for (const listener of this.listeners) listener({ kind: 'status', status });
    });
  }

  /** Notices when the chosen address leaves this machine (Wi-Fi changed, cable out) and says so. */
  private watchAddress(): void {
    clearInterval(this.addressTimer);
    this.addressTimer = setInterval(() => this.checkAddress(), this.options.addressCheckMs ?? 5000);
    this.addressTimer.unref();
  }

  /** Public for the tests' clock: compares the chosen address with the machine's now. */
  checkAddress(): void {
    const opened = this.opened;
    if (!opened) return;
    const interfaces = this.interfaces();
    const present = interfaces.some((i) => i.address === opened.address);
    const problem = present
      ? undefined
      : `This computer no longer has the address ${opened.address}, so devices cannot reach the room there.`;
    const suggestion = present ? undefined : interfaces[0]?.address;
    if (problem === opened.addressProblem && suggestion === opened.suggestedAddress) return;
    if (problem === undefined) delete opened.addressProblem;
    else opened.addressProblem = problem;
    if (suggestion === undefined) delete opened.suggestedAddress;
    else opened.suggestedAddress = suggestion;
    this.tell();
  }
}

function alreadyJoined(name: string): string {
  return `${name} has already joined from another device. If that was you, ask the facilitator to take the old one out of the room.`;
}

function endPages(device: Device, reason: string): void {
  const ended: SessionState = { kind: 'guest', ended: reason };
  for (const page of device.pages) page.setSession(ended);
  device.pages.clear();
}

function isAddressInUse(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EADDRINUSE';
}

function roomListenError(error: unknown, address: string): ApiRefusal {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'EADDRNOTAVAIL') return new ApiRefusal('invalid', `This computer cannot listen on ${address} now. Choose another address.`);
  if (code === 'EACCES') return new ApiRefusal('invalid', `The system did not allow listening on ${address}. Choose another address.`);
  return new ApiRefusal('internal', `The room could not open on ${address}: ${error instanceof Error ? error.message : code}`);
}
