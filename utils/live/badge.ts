// The toolbar badge: how many blocks auto-clean hides in this tab now.

/** Badge background: the reader view's accent ink, legible under white text. */
export const BADGE_COLOR = '#8a1c1c';
/** The badge has room for about four characters. */
const BADGE_MAX = 999;

export function badgeText(hidden: number, enabled: boolean): string {
  if (!enabled || !Number.isFinite(hidden) || hidden <= 0) return '';
  return hidden > BADGE_MAX ? `${BADGE_MAX}+` : String(Math.floor(hidden));
}
