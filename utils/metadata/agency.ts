// PLACEHOLDER until the metadata helper lands.
/** The wire agency named in a dateline at the start of a story ("LAUSANNE (AFP) -"), or null. */
export function agencyFromDateline(firstParagraph: string): string | null {
  const m = /^[^()]{0,60}\((AFP|Reuters|AP|dpa)\)/.exec(firstParagraph);
  return m?.[1] ?? null;
}
