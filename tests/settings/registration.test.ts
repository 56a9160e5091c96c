import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  ALL_NEWS_SCRIPT_ID,
  ALL_SITES_PATTERNS,
  AUTOCLEAN_SCRIPT_FILE,
  addAutoCleanSite,
  grantListedSites,
  isAutoCleaned,
  removeAutoCleanSite,
  scriptIdForOrigin,
  setAutoCleanMode,
  startAutoCleanSync,
  syncRegistrations,
  type AutoCleanApi,
  type RegisteredScript,
} from '../../utils/autoclean';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SettingsWriter, defineSettingsItem, readSettings, type Settings } from '../../utils/settings';

/** A small stand-in for chrome.permissions and chrome.scripting, with a log of calls in order. */
class FakeApi implements AutoCleanApi {
  granted = new Set<string>();
  scripts = new Map<string, RegisteredScript>();
  log: string[] = [];
  /** What the permission prompt answers. */
  answer = true;

  private covers(pattern: string): boolean {
    if (this.granted.has(pattern)) return true;
    const scheme = pattern.split(':')[0];
    return this.granted.has(`${scheme}://*/*`);
  }

  permissions = {
    contains: async ({ origins }: { origins: string[] }) => origins.every((o) => this.covers(o)),
    request: async ({ origins }: { origins: string[] }) => {
      this.log.push(`request ${origins.join(' ')}`);
      if (this.answer) origins.forEach((o) => this.granted.add(o));
      return this.answer;
    },
    remove: async ({ origins }: { origins: string[] }) => {
      this.log.push(`remove ${origins.join(' ')}`);
      origins.forEach((o) => this.granted.delete(o));
      return true;
    },
  };

  scripting = {
    getRegisteredContentScripts: async () => [...this.scripts.values()].map((s) => structuredClone(s)),
    registerContentScripts: async (scripts: RegisteredScript[]) => {
      for (const s of scripts) {
        if (this.scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        this.log.push(`register ${s.id}`);
        this.scripts.set(s.id, structuredClone(s));
      }
    },
    unregisterContentScripts: async (filter?: { ids?: string[] }) => {
      for (const id of filter?.ids ?? [...this.scripts.keys()]) {
        this.log.push(`unregister ${id}`);
        this.scripts.delete(id);
      }
    },
  };
}

const A = 'https://www.thelocal.ch';
const B = 'https://www.lemonde.fr';
const pattern = (origin: string) => `${origin}/*`;

let api: FakeApi;
beforeEach(() => {
  fakeBrowser.reset();
  api = new FakeApi();
});

function settings(patch: Partial<Settings>): Settings {
  return { ...DEFAULT_SETTINGS, ...patch };
}

async function writer(patch: Partial<Settings> = {}): Promise<SettingsWriter> {
  await fakeBrowser.storage.sync.set({ settings: settings(patch), settings$: { v: SETTINGS_VERSION } });
  const item = defineSettingsItem();
  return new SettingsWriter(item, await readSettings(item), { watch: false, checker: null });
}

describe('syncRegistrations', () => {
  it('registers one persistent script per listed site that has its permission, and reports the others', async () => {
    api.granted.add(pattern(A));
    const report = await syncRegistrations(settings({ autoClean: 'sites', sites: [A, B] }), api);
    expect(report.registered).toEqual([scriptIdForOrigin(A)]);
    expect(report.missingPermission).toEqual([B]);
    expect(api.scripts.get(scriptIdForOrigin(A))).toEqual({
      id: scriptIdForOrigin(A),
      matches: [pattern(A)],
      js: [AUTOCLEAN_SCRIPT_FILE],
      runAt: 'document_end',
      persistAcrossSessions: true,
      allFrames: false,
    });
    expect(api.scripts.has(scriptIdForOrigin(B))).toBe(false);
  });

  it('is idempotent: a second run keeps everything and registers nothing', async () => {
    api.granted.add(pattern(A));
    await syncRegistrations(settings({ autoClean: 'sites', sites: [A] }), api);
    api.log = [];
    const report = await syncRegistrations(settings({ autoClean: 'sites', sites: [A] }), api);
    expect(report.kept).toEqual([scriptIdForOrigin(A)]);
    expect(api.log).toEqual([]);
  });

  it('unregisters sites removed from the list, and everything when auto-clean is off', async () => {
    api.granted.add(pattern(A)).add(pattern(B));
    await syncRegistrations(settings({ autoClean: 'sites', sites: [A, B] }), api);
    const report = await syncRegistrations(settings({ autoClean: 'sites', sites: [B] }), api);
    expect(report.unregistered).toEqual([scriptIdForOrigin(A)]);
    expect([...api.scripts.keys()]).toEqual([scriptIdForOrigin(B)]);
    await syncRegistrations(settings({ autoClean: 'off', sites: [B] }), api);
    expect(api.scripts.size).toBe(0);
  });

  it('never touches scripts it did not register', async () => {
    api.scripts.set('someone-else', { id: 'someone-else', matches: ['https://x.example/*'], js: ['other.js'] });
    await syncRegistrations(settings({ autoClean: 'off' }), api);
    expect(api.scripts.has('someone-else')).toBe(true);
  });

  it('replaces a registration whose file or matches are out of date (after an update)', async () => {
    api.granted.add(pattern(A));
    api.scripts.set(scriptIdForOrigin(A), { id: scriptIdForOrigin(A), matches: [pattern(A)], js: ['old/content.js'], runAt: 'document_end' });
    const report = await syncRegistrations(settings({ autoClean: 'sites', sites: [A] }), api);
    expect(report.unregistered).toEqual([scriptIdForOrigin(A)]);
    expect(report.registered).toEqual([scriptIdForOrigin(A)]);
    expect(api.scripts.get(scriptIdForOrigin(A))?.js).toEqual([AUTOCLEAN_SCRIPT_FILE]);
  });

  it("'all-news' with the broad permission: one script on every http(s) page instead of the per-site ones", async () => {
    api.granted.add(pattern(A));
    await syncRegistrations(settings({ autoClean: 'sites', sites: [A] }), api);
    ALL_SITES_PATTERNS.forEach((p) => api.granted.add(p));
    await syncRegistrations(settings({ autoClean: 'all-news', sites: [A] }), api);
    expect([...api.scripts.keys()]).toEqual([ALL_NEWS_SCRIPT_ID]);
    expect(api.scripts.get(ALL_NEWS_SCRIPT_ID)?.matches).toEqual([...ALL_SITES_PATTERNS]);
  });

  it("'all-news' without the broad permission falls back to the listed sites", async () => {
    api.granted.add(pattern(A));
    const report = await syncRegistrations(settings({ autoClean: 'all-news', sites: [A] }), api);
    expect(report.allNewsWithoutPermission).toBe(true);
    expect([...api.scripts.keys()]).toEqual([scriptIdForOrigin(A)]);
  });

  it('treats "duplicate id" from a concurrent registration as done', async () => {
    api.granted.add(pattern(A));
    const racing = { ...api.scripting, getRegisteredContentScripts: async () => [] };
    api.scripts.set(scriptIdForOrigin(A), { id: scriptIdForOrigin(A), matches: [pattern(A)], js: [AUTOCLEAN_SCRIPT_FILE], runAt: 'document_end' });
    const report = await syncRegistrations(settings({ autoClean: 'sites', sites: [A] }), { ...api, permissions: api.permissions, scripting: racing });
    expect(report.errors).toEqual([]);
    expect(report.kept).toEqual([scriptIdForOrigin(A)]);
  });
});

describe('user actions', () => {
  it('adding a site asks for its permission before anything else, then saves and registers', async () => {
    const w = await writer();
    const result = await addAutoCleanSite(A, w, api);
    expect(result.ok).toBe(true);
    expect(api.log[0]).toBe(`request ${pattern(A)}`);
    expect(w.settings.sites).toEqual([A]);
    expect(w.settings.autoClean).toBe('sites');
    expect((await readSettings()).settings.sites).toEqual([A]);
    expect(api.scripts.has(scriptIdForOrigin(A))).toBe(true);
    expect(await isAutoCleaned(A, w.settings, api)).toBe(true);
    w.dispose();
  });

  it('a refused permission adds nothing', async () => {
    const w = await writer();
    api.answer = false;
    const result = await addAutoCleanSite(A, w, api);
    expect(result).toEqual({ ok: false, error: 'denied', detail: undefined });
    expect(w.settings.sites).toEqual([]);
    expect(w.settings.autoClean).toBe('off');
    expect(api.scripts.size).toBe(0);
    expect((await readSettings()).settings.sites).toEqual([]);
  });

  it('removing a site unregisters it and gives its permission back', async () => {
    const w = await writer();
    await addAutoCleanSite(A, w, api);
    await addAutoCleanSite(B, w, api);
    const result = await removeAutoCleanSite(A, w, api);
    expect(result.ok).toBe(true);
    expect(w.settings.sites).toEqual([B]);
    expect(api.scripts.has(scriptIdForOrigin(A))).toBe(false);
    expect(api.granted.has(pattern(A))).toBe(false);
    expect(api.granted.has(pattern(B))).toBe(true);
    expect(await isAutoCleaned(A, w.settings, api)).toBe(false);
  });

  it("'all-news' asks for the broad permission; refused, the mode stays as it was", async () => {
    const w = await writer({ autoClean: 'sites' });
    api.answer = false;
    expect(await setAutoCleanMode('all-news', w, api)).toMatchObject({ ok: false, error: 'denied' });
    expect(w.settings.autoClean).toBe('sites');
    expect(api.log).toEqual([`request ${ALL_SITES_PATTERNS.join(' ')}`]);
  });

  it("'all-news' granted registers the broad script; leaving it gives the broad permission back", async () => {
    const w = await writer({ autoClean: 'sites' });
    await setAutoCleanMode('all-news', w, api);
    expect(w.settings.autoClean).toBe('all-news');
    expect([...api.scripts.keys()]).toEqual([ALL_NEWS_SCRIPT_ID]);
    expect(await isAutoCleaned('https://any.example', w.settings, api)).toBe(true);
    await setAutoCleanMode('sites', w, api);
    expect(ALL_SITES_PATTERNS.some((p) => api.granted.has(p))).toBe(false);
    expect(api.scripts.size).toBe(0);
    expect((await readSettings()).settings.autoClean).toBe('sites');
  });

  it('grants the listed sites that lack permission in one request', async () => {
    const w = await writer({ autoClean: 'sites', sites: [A, B] });
    const result = await grantListedSites([A, B], w, api);
    expect(result.ok).toBe(true);
    expect(api.log[0]).toBe(`request ${pattern(A)} ${pattern(B)}`);
    expect(api.scripts.size).toBe(2);
  });
});

describe('startAutoCleanSync (the background)', () => {
  it('syncs at start and again whenever the settings change', async () => {
    api.granted.add(pattern(A)).add(pattern(B));
    await fakeBrowser.storage.sync.set({ settings: settings({ autoClean: 'sites', sites: [A] }), settings$: { v: SETTINGS_VERSION } });
    const stop = startAutoCleanSync(api, null);
    await new Promise((ok) => setTimeout(ok, 20));
    expect([...api.scripts.keys()]).toEqual([scriptIdForOrigin(A)]);
    await fakeBrowser.storage.sync.set({ settings: settings({ autoClean: 'sites', sites: [B] }) });
    await new Promise((ok) => setTimeout(ok, 20));
    expect([...api.scripts.keys()]).toEqual([scriptIdForOrigin(B)]);
    stop();
  });
});
