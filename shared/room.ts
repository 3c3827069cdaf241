/**
 * The local-network room's part of the wire contract. A page is one of three
 * things (its session): the facilitator (the desktop window, or in serve mode
 * a page opened with the facilitator key), a member (a device that joined the
 * room as one person of one team, and holds that seat's credential), or a
 * guest (anything else: it may look at the join screen and join, nothing
 * more). A seat comes only from a credential, never from a URL.
 */
import { z } from 'zod';
import { idSchema, nameSchema, phaseSchema } from './model';

/** Six letters and digits, without the ones people misread (0/O, 1/I/L). */
export const ROOM_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const ROOM_CODE_LENGTH = 6;

export const roomCodeSchema = z
  .string()
  .max(20)
  .transform((code) => code.replace(/[\s-]/g, '').toUpperCase())
  .pipe(z.string().regex(/^[A-HJKMNP-Z2-9]{6}$/, 'A room code is six letters and digits, like K7M2QX.'));

/** A seat's credential: 32 random bytes, base64url. It also travels as a WebSocket subprotocol, so only token characters. */
export const credentialSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'That is not a room credential.');
export const CREDENTIAL_PROTOCOL_PREFIX = 'seat.';
/** The subprotocol every page asks for; the credential, when it has one, rides along as `seat.<credential>`. */
export const ROOM_PROTOCOL = 'journey-room';

/** What this page is, told when it connects and again whenever it changes. */
export const sessionStateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('facilitator') }),
  z.object({
    kind: z.literal('member'),
    workshopId: idSchema,
    teamId: idSchema,
    participantId: idSchema,
    deviceId: idSchema,
    /** The person's name, as the room knows it. */
    name: z.string().max(200),
  }),
  z.object({
    kind: z.literal('guest'),
    /** Why a seat this page held has ended, in a sentence (removed, room closed), when it has. */
    ended: z.string().max(400).optional(),
  }),
]);
export type SessionState = z.infer<typeof sessionStateSchema>;

/** A network address the room can listen on. */
export const roomInterfaceSchema = z.object({
  /** The system's name for it (en0, Wi-Fi, eth0). */
  name: z.string().max(100),
  address: z.string().max(64),
  /** In words: "Wi-Fi (en0) — 192.168.1.20". */
  label: z.string().max(200),
});
export type RoomInterface = z.infer<typeof roomInterfaceSchema>;

/** One device in the lobby. */
export const roomDeviceSchema = z.object({
  id: idSchema,
  name: z.string().max(200),
  teamId: idSchema,
  participantId: idSchema,
  /** Whether a page holding its credential is connected now. */
  connected: z.boolean(),
  joinedAt: z.string(),
  lastSeenAt: z.string(),
});
export type RoomDevice = z.infer<typeof roomDeviceSchema>;

export const openRoomSchema = z.object({
  workshopId: idSchema,
  address: z.string().max(64),
  port: z.number().int().min(1).max(65535),
  /** `http://<address>:<port>`: what people type. */
  url: z.string().max(200),
  code: z.string().max(ROOM_CODE_LENGTH),
  /** The address with the code in it, for the QR code. */
  joinUrl: z.string().max(300),
  /** One address per team: its QR code puts a person straight into their team. */
  teamJoinUrls: z.array(z.object({ teamId: idSchema, url: z.string().max(400) })).max(20),
  /** Set when the chosen address has gone from this machine (Wi-Fi changed): what to tell the room. */
  addressProblem: z.string().max(400).optional(),
  /** Another address this machine has now, when the chosen one went away. */
  suggestedAddress: z.string().max(64).optional(),
  devices: z.array(roomDeviceSchema).max(1000),
});
export type OpenRoom = z.infer<typeof openRoomSchema>;

/** Where the room stands, for the facilitator. */
export const roomStatusSchema = z.object({
  interfaces: z.array(roomInterfaceSchema).max(50),
  room: openRoomSchema.nullable(),
});
export type RoomStatus = z.infer<typeof roomStatusSchema>;

/** What a guest who typed the right code sees before joining: the workshop's teams and people. */
export const roomPreviewSchema = z.object({
  workshopTitle: z.string().max(200),
  /** Where the room is, so the join screen can fetch that step's screen while the person types their name. */
  phase: phaseSchema,
  teams: z
    .array(
      z.object({
        id: idSchema,
        name: z.string().max(200),
        color: z.string().max(20),
        /** The team's people; `joined` ones already have a device in the room. */
        people: z.array(z.object({ id: idSchema, name: z.string().max(200), joined: z.boolean() })).max(500),
      }),
    )
    .max(20),
});
export type RoomPreview = z.infer<typeof roomPreviewSchema>;

export const roomRequestSchemas = {
  /** The room as the facilitator sees it: the machine's addresses, and the open room with its lobby. */
  'room/status': z.object({}).strict(),
  /** Opens the room for this workshop on one of the machine's addresses. */
  'room/open': z.object({ workshopId: idSchema, address: z.string().min(1).max(64) }).strict(),
  /** Stops listening on the network, disconnects every device and makes every code and credential void. */
  'room/close': z.object({}).strict(),
  'room/device-rename': z.object({ deviceId: idSchema, name: nameSchema }).strict(),
  'room/device-move': z.object({ deviceId: idSchema, teamId: idSchema }).strict(),
  /** The device's credential stops working at once. */
  'room/device-remove': z.object({ deviceId: idSchema }).strict(),
  /** A guest with the room code: the workshop's title, teams and people, to choose from. */
  'room/preview': z.object({ code: roomCodeSchema }).strict(),
  /**
   * A guest joins as a person of a team: a new person by name, or one from the
   * team's list. The answer carries the seat's credential, which the page keeps.
   */
  'room/join': z
    .object({ code: roomCodeSchema, teamId: idSchema, name: nameSchema, participantId: idSchema.optional() })
    .strict(),
} as const;

export const roomResultSchemas = {
  'room/status': roomStatusSchema,
  'room/open': roomStatusSchema,
  'room/close': roomStatusSchema,
  'room/device-rename': roomStatusSchema,
  'room/device-move': roomStatusSchema,
  'room/device-remove': roomStatusSchema,
  'room/preview': roomPreviewSchema,
  'room/join': z.object({ credential: credentialSchema, session: sessionStateSchema }),
} as const;

export const roomEventSchemas = {
  /** The facilitator's pages: the room opened, closed, or someone joined, left or dropped. */
  'room/changed': roomStatusSchema,
  /** This page's session changed (joined, moved, removed, room closed). */
  'session/state': sessionStateSchema,
} as const;
