/**
 * A workshop snapshot is broadcast to every watching browser and also sent
 * back as the reply to the command that made it. Serialising the whole
 * workshop once for both, instead of twice, keeps a command's round trip on
 * a large workshop within a frame. Entries are weak: they go when the
 * snapshot does. Every facilitator connection gets the same snapshot object,
 * so its text is made once for all of them; each team's view is its own
 * object (main/api/team-seat.ts), made and serialised once per team.
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
