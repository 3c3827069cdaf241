/**
 * The join screen's addresses. The room's QR codes carry them
 * (shared/room.ts `joinUrl`, `teamJoinUrls`): `#/join/<code>` for the room,
 * `#/join/<code>/<teamId>` to put a person straight into their team. The
 * code in an address is only a starting point: it is checked like a typed
 * one, and the host says whether it is right.
 */
import { roomCodeSchema } from '../../../shared/room';

export interface JoinRoute {
  /** The code as it stands in the address (not yet checked). */
  readonly code: string;
  readonly teamId: string | null;
}

const JOIN_HASH = /^#\/join(?:\/([^/]*))?(?:\/([^/]*))?\/?$/;

/** The code and team in a join address, or null for any other address (or a join address without a code). */
export function joinRouteOf(hash: string): JoinRoute | null {
  const match = JOIN_HASH.exec(hash);
  const code = decodePart(match?.[1]);
  if (!code) return null;
  return { code, teamId: decodePart(match?.[2]) || null };
}

/** The address of the join screen for a code (and team), or of the bare screen that asks for one. */
export function joinHash(route: JoinRoute | null): string {
  if (!route) return '#/join';
  const code = `#/join/${encodeURIComponent(route.code)}`;
  return route.teamId ? `${code}/${encodeURIComponent(route.teamId)}` : code;
}

export type CodeCheck = { readonly ok: true; readonly code: string } | { readonly ok: false; readonly message: string };

/** A code as people type it (lower case, spaces, dashes) made into the room's form, or why it cannot be one. */
export function checkRoomCode(typed: string): CodeCheck {
  const parsed = roomCodeSchema.safeParse(typed);
  if (parsed.success) return { ok: true, code: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? 'That is not a room code.' };
}

function decodePart(part: string | undefined): string {
  if (!part) return '';
  try {
    return decodeURIComponent(part).trim();
  } catch {
    return part.trim();
  }
}
