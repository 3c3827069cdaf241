/**
 * Only pages we served may talk to us. `ws` does not check where a WebSocket
 * comes from, and any web page the person visits could try to connect to a
 * port on 127.0.0.1; checking Host (against DNS rebinding) and Origin (against
 * other sites) at upgrade time keeps them out.
 */
import type { IncomingHttpHeaders } from 'node:http';

export function isOwnHost(headers: IncomingHttpHeaders, hosts: ReadonlySet<string>): boolean {
  const host = headers.host?.toLowerCase();
  return host !== undefined && hosts.has(host);
}

/** The page's origin must be this server itself, as reached through an allowed host. */
export function isOwnOrigin(headers: IncomingHttpHeaders, hosts: ReadonlySet<string>): boolean {
  const origin = headers.origin?.toLowerCase();
  const host = headers.host?.toLowerCase();
  if (origin === undefined || host === undefined || !hosts.has(host)) return false;
  return origin === `http://${host}`;
}
