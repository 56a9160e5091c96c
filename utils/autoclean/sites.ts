import { readSettings, watchSettings, type SettingsWriter, type Unwatch } from '../settings/store';
import { MAX_SITES, type AutoCleanMode, type Settings } from '../settings/schema';
import { ALL_SITES_PATTERNS } from './constants';
import { originToMatchPattern } from './patterns';
import { browserApi, syncRegistrations, type AutoCleanApi, type SyncReport } from './registration';

// What the user's clicks do: ask for the permission first (the browser only shows the prompt during a click),
// then change the settings and the registrations. Call these straight from the click handler, awaiting nothing
// before them.

export type SiteActionError = 'denied' | 'too-many' | 'too-large' | 'save-failed' | 'request-failed';

export type SiteActionResult =
  | { ok: true; settings: Settings; report: SyncReport }
  | { ok: false; error: SiteActionError; detail?: string };

function failed(error: SiteActionError, detail?: string): SiteActionResult {
  return { ok: false, error, detail };
}

async function request(api: AutoCleanApi, origins: string[]): Promise<boolean | string> {
  try {
    return await api.permissions.request({ origins });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

async function saveAndSync(writer: SettingsWriter, api: AutoCleanApi): Promise<SiteActionResult> {
  const status = await writer.flush();
  const report = await syncRegistrations(writer.settings, api);
  if (status.state === 'error') return failed('save-failed', status.detail);
  return { ok: true, settings: writer.settings, report };
}

/**
 * Adds an origin (from parseSiteInput or originOf) to the auto-clean sites: asks for its host permission, then saves
 * and registers. Auto-clean mode 'off' becomes 'sites' (adding a site means wanting it cleaned).
 */
export async function addAutoCleanSite(origin: string, writer: SettingsWriter, api: AutoCleanApi = browserApi()): Promise<SiteActionResult> {
  const pattern = originToMatchPattern(origin);
  const { sites } = writer.settings;
  if (!sites.includes(origin) && sites.length >= MAX_SITES) return failed('too-many');
  const answer = await request(api, [pattern]);
  if (typeof answer === 'string') return failed('request-failed', answer);
  if (!answer) return failed('denied');
  const mode = writer.settings.autoClean === 'off' ? 'sites' : writer.settings.autoClean;
  const result = writer.update({ sites: [...writer.settings.sites.filter((s) => s !== origin), origin], autoClean: mode });
  if (!result.ok) {
    // Nothing was added: give back the permission we just took.
    await api.permissions.remove({ origins: [pattern] }).catch(() => false);
    return failed(result.reason === 'too-large' ? 'too-large' : 'too-many');
  }
  return saveAndSync(writer, api);
}

/** Removes an origin: saves, unregisters its script, and gives its host permission back. */
export async function removeAutoCleanSite(origin: string, writer: SettingsWriter, api: AutoCleanApi = browserApi()): Promise<SiteActionResult> {
  writer.update({ sites: writer.settings.sites.filter((s) => s !== origin) });
  const result = await saveAndSync(writer, api);
  await api.permissions.remove({ origins: [originToMatchPattern(origin)] }).catch(() => false);
  return result;
}

/** Asks at once for the permissions of listed sites that lack them (after an import, or a permission revoked). */
export async function grantListedSites(origins: readonly string[], writer: SettingsWriter, api: AutoCleanApi = browserApi()): Promise<SiteActionResult> {
  const answer = await request(api, origins.map(originToMatchPattern));
  if (typeof answer === 'string') return failed('request-failed', answer);
  if (!answer) return failed('denied');
  return saveAndSync(writer, api);
}

/**
 * Switches the auto-clean mode. 'all-news' asks for the broad http/https permission first; leaving 'all-news'
 * gives it back, so Broadsheet holds access to every site only while the user wants that.
 */
export async function setAutoCleanMode(mode: AutoCleanMode, writer: SettingsWriter, api: AutoCleanApi = browserApi()): Promise<SiteActionResult> {
  if (mode === 'all-news') {
    const answer = await request(api, [...ALL_SITES_PATTERNS]);
    if (typeof answer === 'string') return failed('request-failed', answer);
    if (!answer) return failed('denied');
  }
  writer.update({ autoClean: mode });
  const status = await writer.flush();
  if (mode !== 'all-news' && (await api.permissions.contains({ origins: [...ALL_SITES_PATTERNS] }).catch(() => false))) {
    await api.permissions.remove({ origins: [...ALL_SITES_PATTERNS] }).catch(() => false);
  }
  const report = await syncRegistrations(writer.settings, api);
  if (status.state === 'error') return failed('save-failed', status.detail);
  return { ok: true, settings: writer.settings, report };
}

/** Whether auto-clean is on for this origin now: covered by the mode and the site list, and permission granted. */
export async function isAutoCleaned(origin: string, settings: Pick<Settings, 'autoClean' | 'sites'>, api: AutoCleanApi = browserApi()): Promise<boolean> {
  const has = (origins: string[]) => api.permissions.contains({ origins }).catch(() => false);
  if (settings.autoClean === 'off') return false;
  if (settings.autoClean === 'all-news' && (await has([...ALL_SITES_PATTERNS]))) return true;
  // 'sites', or 'all-news' without the broad permission (which falls back to the listed sites).
  return settings.sites.includes(origin) && has([originToMatchPattern(origin)]);
}

/** For the background: sync now, then on every settings change and permission change. Returns a stop function. */
export function startAutoCleanSync(api: AutoCleanApi = browserApi(), events: PermissionEvents | null = defaultPermissionEvents()): Unwatch {
  const run = () => {
    void readSettings().then(({ settings }) => syncRegistrations(settings, api));
  };
  run();
  const unwatch = watchSettings(({ settings }) => void syncRegistrations(settings, api));
  events?.onAdded.addListener(run);
  events?.onRemoved.addListener(run);
  return () => {
    unwatch();
    events?.onAdded.removeListener(run);
    events?.onRemoved.removeListener(run);
  };
}

interface PermissionEvent {
  addListener(cb: () => void): void;
  removeListener(cb: () => void): void;
}
export interface PermissionEvents {
  onAdded: PermissionEvent;
  onRemoved: PermissionEvent;
}

function defaultPermissionEvents(): PermissionEvents | null {
  const permissions = (browserApi() as unknown as { permissions?: Partial<PermissionEvents> }).permissions;
  return permissions?.onAdded && permissions.onRemoved ? (permissions as PermissionEvents) : null;
}

/**
 * After the site list was replaced as a whole (an import): registrations follow the new list, and the sites no
 * longer listed give their permission back.
 */
export async function reconcileSiteList(previousSites: readonly string[], settings: Pick<Settings, 'autoClean' | 'sites'>, api: AutoCleanApi = browserApi()): Promise<SyncReport> {
  const report = await syncRegistrations(settings, api);
  const dropped = previousSites.filter((origin) => !settings.sites.includes(origin));
  if (dropped.length) await api.permissions.remove({ origins: dropped.map(originToMatchPattern) }).catch(() => false);
  return report;
}

export interface SiteAccess {
  /** Listed sites whose own host permission is granted. */
  granted: string[];
  /** Listed sites without it. */
  missing: string[];
  /** The broad http/https permission ('all-news') is granted. */
  allSites: boolean;
}

/** Which listed sites Broadsheet may run on now (for the options page's site list). */
export async function siteAccess(sites: readonly string[], api: AutoCleanApi = browserApi()): Promise<SiteAccess> {
  const has = (origins: string[]) => api.permissions.contains({ origins }).catch(() => false);
  const [allSites, checks] = await Promise.all([
    has([...ALL_SITES_PATTERNS]),
    Promise.all(sites.map(async (origin) => ({ origin, ok: await has([originToMatchPattern(origin)]) }))),
  ]);
  return {
    granted: checks.filter((c) => c.ok).map((c) => c.origin),
    missing: checks.filter((c) => !c.ok).map((c) => c.origin),
    allSites,
  };
}
