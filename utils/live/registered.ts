import { MatchPattern } from 'wxt/utils/match-patterns';

// "Is this page one the user asked to auto-clean?", answered from the browser's own record of the content scripts
// utils/autoclean registered (scripting.registerContentScripts), so there is one source of truth: if the
// registration is there, the user granted the site; when they remove it, the registration goes with it.

export interface RegisteredScript {
  id: string;
  matches?: string[];
  excludeMatches?: string[];
  js?: string[];
}

function matchesAny(patterns: readonly string[] | undefined, url: string): boolean {
  return (patterns ?? []).some((pattern) => {
    try {
      return new MatchPattern(pattern).includes(url);
    } catch {
      return false;
    }
  });
}

/** True when one of our registrations (id prefix, content script file) covers `url`. */
export function isRegisteredFor(url: string, scripts: readonly RegisteredScript[], idPrefix: string, file: string): boolean {
  return scripts.some(
    (s) =>
      s.id.startsWith(idPrefix) &&
      (s.js ?? []).some((js) => js.replace(/^\//, '') === file) &&
      matchesAny(s.matches, url) &&
      !matchesAny(s.excludeMatches, url),
  );
}
