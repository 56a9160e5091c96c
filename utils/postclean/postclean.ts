import type { Removal } from '../article';
import { isAdLabel } from '../ads/labels';
import { COMMENT_PITCHES, LONE_CONTROLS, MAX_LEFTOVER_CHARS, NEWSLETTER_PITCHES, SHARE_WORDS } from './patterns';

/** Blocks post-clean looks at: the smallest units a leftover can be. */
const CANDIDATE_SELECTOR = 'p, div, li, h1, h2, h3, h4, h5, h6, span, a, section, aside, ul, button, figure';

function normalized(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function describe(el: Element, text: string): string {
  return `${el.tagName.toLowerCase()}: ${text.slice(0, 60)}`;
}

function isShareBar(text: string): boolean {
  const words = text.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean);
  return words.length > 0 && words.length <= 14 && words.every((w) => SHARE_WORDS.has(w));
}

function leftoverReason(text: string): string | null {
  if (!text) return null;
  if (text.length > MAX_LEFTOVER_CHARS) return null;
  if (isAdLabel(text)) return 'ad label';
  if (COMMENT_PITCHES.some((re) => re.test(text))) return 'comment pitch';
  if (NEWSLETTER_PITCHES.some((re) => re.test(text))) return 'newsletter box';
  if (LONE_CONTROLS.some((re) => re.test(text))) return 'lone control';
  if (isShareBar(text)) return 'share bar';
  return null;
}

function sameHeadline(a: string, b: string): boolean {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return key(a) === key(b);
}

/**
 * Remove what extraction left behind: ad labels, comment and newsletter pitches, share bars, lone controls,
 * the headline repeated at the top. Works on the extracted content element in place; returns what it removed.
 */
export function postClean(content: Element, title: string | null): Removal[] {
  const removed: Removal[] = [];
  const remove = (el: Element, reason: string, text: string) => {
    removed.push({ stage: 'postclean', reason, what: describe(el, text) });
    el.remove();
  };

  if (title) {
    const first = content.querySelector('h1, h2, h3, p');
    if (first && /^H[1-3]$/.test(first.tagName) && sameHeadline(normalized(first), title)) {
      remove(first, 'repeated headline', normalized(first));
    }
  }

  // Outermost first: once a block goes, its descendants go with it.
  for (const el of Array.from(content.querySelectorAll(CANDIDATE_SELECTOR))) {
    if (!el.isConnected || !content.contains(el)) continue;
    if (el.querySelector('img, picture, video, table')) continue;
    const text = normalized(el);
    const reason = leftoverReason(text);
    if (reason) remove(el, reason, text);
  }

  // Containers emptied by the removals above.
  for (const el of Array.from(content.querySelectorAll('div, section, aside, ul, ol, li, p, span')).reverse()) {
    if (el.isConnected && !normalized(el) && !el.querySelector('img, picture, video, iframe, table, hr, br')) el.remove();
  }
  return removed;
}
