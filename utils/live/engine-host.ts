import { browser } from 'wxt/browser';
import { ARTIFACT_FILE, SHIPPED_FILTERS_DIR } from '../ads/artifact';
import { adSelectorsFor, engineFromGzip, type CosmeticEngine } from '../ads/engine';
import type { PageSurvey } from '../ads/survey';
import { LIMITS } from '../messages';

// The background's side of ad filtering: the EasyList engine (about 1 MB once loaded, too big for every tab's
// content script) is loaded once per service-worker life and answers "which selectors can hide ads here?".

export interface SelectorService {
  selectorsFor(survey: PageSurvey, pageUrl: string): Promise<string[]>;
}

/** Loads the committed, gzipped engine shipped inside the extension. */
export async function loadShippedEngine(): Promise<CosmeticEngine> {
  const response = await fetch(browser.runtime.getURL(`/${SHIPPED_FILTERS_DIR}/${ARTIFACT_FILE}` as '/'));
  if (!response.ok) throw new Error(`filter artifact: HTTP ${response.status}`);
  return engineFromGzip(await response.arrayBuffer());
}

export function createSelectorService(
  load: () => Promise<CosmeticEngine> = loadShippedEngine,
  lookup: typeof adSelectorsFor = adSelectorsFor,
): SelectorService {
  let engine: Promise<CosmeticEngine | null> | null = null;
  return {
    async selectorsFor(survey, pageUrl) {
      engine ??= load().catch((error: unknown) => {
        console.error('Broadsheet: the ad-filter engine did not load', error);
        return null;
      });
      const loaded = await engine;
      if (!loaded) return [];
      return lookup(loaded, survey, pageUrl).slice(0, LIMITS.selectors);
    },
  };
}

/**
 * The user's own "hide on this site" selectors (options page) for the page at `pageUrl`. They were validated when
 * read from storage (utils/settings); they join the filter list's selectors for the clean view and for auto-clean.
 */
export function userSelectorsFor(hideSelectors: Readonly<Record<string, readonly string[]>>, pageUrl: string): string[] {
  let origin: string;
  try {
    origin = new URL(pageUrl).origin;
  } catch {
    return [];
  }
  return Object.hasOwn(hideSelectors, origin) ? [...(hideSelectors[origin] ?? [])] : [];
}
