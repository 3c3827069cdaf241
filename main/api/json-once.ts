/**
 * JSON text made once per object: a seat's cut of an update is the reply to
 * the page that sent the command and, unchanged, what the seat's other pages
 * hear, and a snapshot may go to several pages at once. Entries are weak:
 * they go when the object does.
 */
const serialised = new WeakMap<object, string>();

/** JSON text of `value`, reusing the text made earlier for the same object. */
export function jsonOnce(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  let text = serialised.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    serialised.set(value, text);
  }
  return text;
}
