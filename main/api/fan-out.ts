/**
 * Tells every open connection about the host's changes. Each update goes to
 * the connections watching its workshop, cut to each one's seat and written
 * as text once per seat; the connection that sent the change is left out,
 * since its reply already carried it. Library changes go to everyone.
 */
import { PROTOCOL_VERSION, type WorkshopUpdate } from '../../shared/wire';
import type { HostEvent, WorkshopHost } from '../host/workshop-host';
import type { Connection } from './connection';
import { jsonOnce } from './json-once';
import { seatOf, updateForSeat } from './seat-views';

export function fanOut(host: WorkshopHost, connections: () => Iterable<Connection>): () => void {
  return host.subscribe((event: HostEvent) => {
    if (event.name === 'library/changed') {
      const text = `{"v":${PROTOCOL_VERSION},"event":"library/changed","data":{}}`;
      for (const connection of connections()) if (connection.session.kind !== 'guest') connection.sendText(text);
      return;
    }
    const update = event.data;
    const texts = new Map<WorkshopUpdate, string>();
    for (const connection of connections()) {
      if (!connection.isWatching(update.workshopId) || connection.id === update.origin.connectionId) continue;
      // Seats that see the same view with the same undo state share one cut, and so one text.
      const cut = updateForSeat(update, seatOf(connection), host);
      let text = texts.get(cut);
      if (text === undefined) {
        // The same cut is the sender's reply when it is of this seat: its text is made once for both.
        text = `{"v":${PROTOCOL_VERSION},"event":"workshop/changes","data":${jsonOnce(cut)}}`;
        texts.set(cut, text);
      }
      connection.sendText(text);
    }
  });
}
