/**
 * The machine's network addresses a room can listen on: IPv4, not loopback
 * (a phone cannot reach 127.0.0.1). The facilitator picks one; the room
 * listens there and nowhere else. Serve mode may add extra addresses (a
 * second loopback address stands in for a LAN address in the tests).
 */
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import type { RoomInterface } from '../../shared/room';

export type InterfaceSource = () => NodeJS.Dict<NetworkInterfaceInfo[]>;

/** The addresses people in the room could reach, with a label a person recognises. */
export function roomInterfaces(source: InterfaceSource = networkInterfaces, extra: readonly string[] = []): RoomInterface[] {
  const found: RoomInterface[] = [];
  for (const [name, infos] of Object.entries(source())) {
    for (const info of infos ?? []) {
      if (info.family !== 'IPv4' || info.internal) continue;
      found.push({ name, address: info.address, label: `${friendlyName(name)} — ${info.address}` });
    }
  }
  for (const address of extra) {
    if (!found.some((i) => i.address === address)) found.push({ name: 'extra', address, label: `Set at start — ${address}` });
  }
  return found;
}

/** "Wi-Fi (en0)" for the names systems give; others as they are. */
function friendlyName(name: string): string {
  if (/^(wl|wlan|wi-?fi)/i.test(name)) return `Wi-Fi (${name})`;
  if (/^(en|eth|ethernet)/i.test(name)) return `Network (${name})`;
  return name;
}
