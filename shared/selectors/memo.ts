/**
 * Remembering a figure for as long as the parts it is read from stay the
 * same objects. The reducers keep untouched arrays as the same objects, so a
 * rating changes `ratings` but leaves `touchpoints`, `stages` and `channels`
 * as they were: whatever is read only from those (the journey order, the
 * emotion curve) is worked out once, not once per team and per redraw.
 */

/**
 * Wraps `compute` so that it runs again only when one of `partsOf`'s parts
 * is a different object from last time (compared by identity, per first part).
 */
export function rememberedBy<Input, Parts extends readonly [object, ...unknown[]], Result>(
  partsOf: (input: Input) => Parts,
  compute: (input: Input) => Result,
): (input: Input) => Result {
  const remembered = new WeakMap<object, { readonly parts: Parts; readonly result: Result }>();
  return (input) => {
    const parts = partsOf(input);
    const hit = remembered.get(parts[0]);
    if (hit && hit.parts.every((part, i) => part === parts[i])) return hit.result;
    const result = compute(input);
    remembered.set(parts[0], { parts, result });
    return result;
  };
}
