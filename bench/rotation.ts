// Browser-safe (bundled into the Chromium runner too): the order extractors take turns in.

/**
 * A rotation: each call returns the names shifted one further than the last call's, so each extractor runs first
 * (right after the page is parsed, when the garbage collector still has the parse to deal with) as often as the
 * others: a fixed order put that cost on one.
 */
export function rotation(): <T>(names: readonly T[]) => T[] {
  let turn = 0;
  return (names) => {
    const shift = turn++ % Math.max(names.length, 1);
    return [...names.slice(shift), ...names.slice(0, shift)];
  };
}
