// PLACEHOLDER until the ad-filter helper lands: the ad-label words table and its test.
const LABELS = new Set(['advertisement', 'ad', 'ads', 'sponsored', 'anzeige', 'werbung', 'publicité', 'publicidad', 'pubblicità']);

/** True when a block's whole text is an ad label ("Advertisement", "Anzeige", "Story continues below advertisement"). */
export function isAdLabel(text: string): boolean {
  return LABELS.has(text.replace(/\s+/g, ' ').trim().toLowerCase());
}
