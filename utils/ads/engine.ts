// PLACEHOLDER until the ad-filter helper lands. The real module wraps @ghostery/adblocker's cosmetic filters.

/** The page's classes, ids and link targets, surveyed once so only filters that can match are looked up. */
export interface PageSurvey {
  classes: string[];
  ids: string[];
  hrefs: string[];
}

export interface CosmeticEngine {
  readonly placeholder: true;
}

export function surveyPage(doc: Document): PageSurvey {
  const classes = new Set<string>();
  const ids = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    el.classList.forEach((c) => classes.add(c));
    if (el.id) ids.add(el.id);
  }
  return { classes: [...classes], ids: [...ids], hrefs: [] };
}

export function adSelectorsFor(_engine: CosmeticEngine, _survey: PageSurvey, _url: string): string[] {
  return [];
}
