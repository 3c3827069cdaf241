/**
 * What a person hears while reordering stages or channels: where the item
 * is, in positions and neighbours ("Moved Buy to position 3 of 7, after
 * Choose"), never in ids or pixels.
 */

/** The names in their order after moving the one at `from` to `to`. */
export function reordered(names: readonly string[], from: number, to: number): readonly string[] {
  const copy = [...names];
  const [moved] = copy.splice(from, 1);
  if (moved === undefined) return names;
  copy.splice(Math.max(0, Math.min(to, copy.length)), 0, moved);
  return copy;
}

/** "position 3 of 7, after Choose" — or "before Discover" when it is first. */
export function placeWords(names: readonly string[], from: number, to: number): string {
  const after = reordered(names, from, to);
  const at = Math.max(0, Math.min(to, names.length - 1));
  const position = `position ${at + 1} of ${names.length}`;
  if (names.length === 1) return position;
  const neighbour = at === 0 ? `before ${after[1] ?? ''}` : `after ${after[at - 1] ?? ''}`;
  return `${position}, ${neighbour}`;
}

/** The sentence said once an item has moved (by a drop or the up and down buttons). */
export function movedSentence(names: readonly string[], from: number, to: number): string {
  const name = names[from] ?? '';
  if (from === to) return `${name} stays at position ${from + 1} of ${names.length}.`;
  return `Moved ${name} to ${placeWords(names, from, to)}.`;
}

/** Said while an item is carried over a place (pointer or arrow keys). */
export function overSentence(names: readonly string[], from: number, to: number): string {
  const name = names[from] ?? '';
  if (from === to) return `${name} would stay at position ${from + 1} of ${names.length}.`;
  return `${name} would go to ${placeWords(names, from, to)}.`;
}

export function pickedUpSentence(names: readonly string[], from: number, noun: string): string {
  return `Picked up the ${noun} ${names[from] ?? ''}, at position ${from + 1} of ${names.length}. Use the up and down arrow keys to move it, Space to drop it, Escape to cancel.`;
}

export function cancelledSentence(names: readonly string[], from: number): string {
  return `Cancelled. ${names[from] ?? ''} stays at position ${from + 1} of ${names.length}.`;
}
