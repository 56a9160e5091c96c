import { browser } from 'wxt/browser';
import type { Settings } from '../settings/schema';
import {
  ALL_NEWS_SCRIPT_ID,
  ALL_SITES_PATTERNS,
  AUTOCLEAN_SCRIPT_FILE,
  REGISTERED_RUN_AT,
  SCRIPT_ID_PREFIX,
} from './constants';
import { originToMatchPattern, scriptIdForOrigin } from './patterns';

// Keeping the registered auto-clean content scripts in line with the settings and the host permissions granted.

/** The part of a registered content script we set and compare. */
export interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: string;
  persistAcrossSessions?: boolean;
  allFrames?: boolean;
}

/** The browser APIs this module uses (browser.* in the extension, a fake in tests). */
export interface AutoCleanApi {
  permissions: {
    contains(permissions: { origins: string[] }): Promise<boolean>;
    request(permissions: { origins: string[] }): Promise<boolean>;
    remove(permissions: { origins: string[] }): Promise<boolean>;
  };
  scripting: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
    registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  };
}

export function browserApi(): AutoCleanApi {
  return browser as unknown as AutoCleanApi;
}

/** The registration for one origin, or for every page in 'all-news' mode. Persisted: it survives restarts. */
export function scriptFor(id: string, matches: readonly string[]): RegisteredScript {
  return {
    id,
    matches: [...matches],
    js: [AUTOCLEAN_SCRIPT_FILE],
    runAt: REGISTERED_RUN_AT,
    persistAcrossSessions: true,
    allFrames: false,
  };
}

export interface DesiredRegistrations {
  scripts: RegisteredScript[];
  /** Listed sites whose host permission is not granted (the options page offers to grant them). */
  missingPermission: string[];
  /** 'all-news' was chosen but the broad permission is not granted: the listed sites are used instead. */
  allNewsWithoutPermission: boolean;
}

async function granted(api: AutoCleanApi, origins: readonly string[]): Promise<boolean> {
  try {
    return await api.permissions.contains({ origins: [...origins] });
  } catch {
    return false;
  }
}

/** Which scripts should be registered for these settings, given the permissions granted now. */
export async function desiredRegistrations(settings: Pick<Settings, 'autoClean' | 'sites'>, api: AutoCleanApi = browserApi()): Promise<DesiredRegistrations> {
  const none: DesiredRegistrations = { scripts: [], missingPermission: [], allNewsWithoutPermission: false };
  if (settings.autoClean === 'off') return none;
  if (settings.autoClean === 'all-news' && (await granted(api, ALL_SITES_PATTERNS))) {
    return { ...none, scripts: [scriptFor(ALL_NEWS_SCRIPT_ID, ALL_SITES_PATTERNS)] };
  }
  const checks = await Promise.all(
    settings.sites.map(async (origin) => {
      const pattern = originToMatchPattern(origin);
      return { origin, pattern, ok: await granted(api, [pattern]) };
    }),
  );
  return {
    scripts: checks.filter((c) => c.ok).map((c) => scriptFor(scriptIdForOrigin(c.origin), [c.pattern])),
    missingPermission: checks.filter((c) => !c.ok).map((c) => c.origin),
    allNewsWithoutPermission: settings.autoClean === 'all-news',
  };
}

function sameScript(a: RegisteredScript, b: RegisteredScript): boolean {
  const list = (x?: string[]) => JSON.stringify([...(x ?? [])].sort());
  return list(a.matches) === list(b.matches) && list(a.js) === list(b.js) && (a.runAt ?? 'document_idle') === b.runAt;
}

export interface SyncReport extends DesiredRegistrations {
  registered: string[];
  unregistered: string[];
  kept: string[];
  errors: string[];
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function syncOnce(settings: Pick<Settings, 'autoClean' | 'sites'>, api: AutoCleanApi): Promise<SyncReport> {
  const desired = await desiredRegistrations(settings, api);
  const report: SyncReport = { ...desired, registered: [], unregistered: [], kept: [], errors: [] };
  let existing: RegisteredScript[];
  try {
    existing = (await api.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(SCRIPT_ID_PREFIX));
  } catch (error) {
    report.errors.push(`list: ${message(error)}`);
    return report;
  }
  const wanted = new Map(desired.scripts.map((s) => [s.id, s]));
  const stale = existing.filter((s) => {
    const want = wanted.get(s.id);
    return !want || !sameScript(s, want);
  });
  const current = new Set(existing.filter((s) => !stale.includes(s)).map((s) => s.id));
  if (stale.length) {
    const ids = stale.map((s) => s.id);
    try {
      await api.scripting.unregisterContentScripts({ ids });
      report.unregistered.push(...ids);
    } catch (error) {
      report.errors.push(`unregister: ${message(error)}`);
    }
  }
  const toRegister = desired.scripts.filter((s) => !current.has(s.id));
  report.kept.push(...desired.scripts.filter((s) => current.has(s.id)).map((s) => s.id));
  // One at a time: a single bad one (another page registered it a moment ago) must not block the others.
  for (const script of toRegister) {
    try {
      await api.scripting.registerContentScripts([script]);
      report.registered.push(script.id);
    } catch (error) {
      // Another extension page may have registered the same id in the meantime: that is the state we want.
      if (/duplicate/i.test(message(error))) report.kept.push(script.id);
      else report.errors.push(`register ${script.id}: ${message(error)}`);
    }
  }
  return report;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Makes the registered auto-clean scripts match the settings and the permissions granted: registers what is
 * missing, unregisters what is no longer wanted, leaves the rest. Safe to call often (startup, every change);
 * calls within one page run one after another.
 */
export function syncRegistrations(settings: Pick<Settings, 'autoClean' | 'sites'>, api: AutoCleanApi = browserApi()): Promise<SyncReport> {
  const run = queue.then(() => syncOnce(settings, api));
  queue = run.catch(() => undefined);
  return run;
}
