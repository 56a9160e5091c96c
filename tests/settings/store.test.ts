import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  MIN_WRITE_INTERVAL_MS,
  RATE_LIMIT_RETRY_MS,
  SETTINGS_VERSION,
  SettingsWriter,
  WRITE_DEBOUNCE_MS,
  defineSettingsItem,
  readSettings,
  watchSettings,
  type LoadedSettings,
  type SaveStatus,
} from '../../utils/settings';

// The item's key in chrome.storage.sync, and WXT's version record beside it.
const KEY = 'settings';
const META = 'settings$';

async function seed(value: unknown, version?: number): Promise<void> {
  const items: Record<string, unknown> = { [KEY]: value };
  if (version !== undefined) items[META] = { v: version };
  await fakeBrowser.storage.sync.set(items);
}

async function stored(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.sync.get([KEY, META]);
}

async function openWriter(statuses: SaveStatus[] = [], watch = false): Promise<SettingsWriter> {
  const item = defineSettingsItem();
  const loaded = await readSettings(item);
  return new SettingsWriter(item, loaded, { onStatus: (s) => statuses.push(s), watch, checker: null });
}

const flushPromises = () => new Promise((ok) => setImmediate(ok));

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('reading', () => {
  it('gives the defaults when nothing is stored', async () => {
    const loaded = await readSettings();
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.storedVersion).toBeNull();
    expect(loaded.problems).toEqual({});
  });

  it('repairs a wrong type field by field on read', async () => {
    await seed({ ...DEFAULT_SETTINGS, theme: 'dark', fontSize: 'huge', sites: ['https://a.example'] }, SETTINGS_VERSION);
    const loaded = await readSettings();
    expect(loaded.settings.theme).toBe('dark');
    expect(loaded.settings.sites).toEqual(['https://a.example']);
    expect(loaded.settings.fontSize).toBe(DEFAULT_SETTINGS.fontSize);
    expect(loaded.problems).toEqual({ fontSize: 'type' });
  });

  it('reading never writes (safe for content scripts)', async () => {
    await seed({ autoClean: true, sites: ['lemonde.fr'] }, 1);
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const loaded = await readSettings();
    expect(loaded.settings.sites).toEqual(['https://lemonde.fr']);
    expect(set).not.toHaveBeenCalled();
    expect((await stored())[META]).toEqual({ v: 1 });
  });

  it('gives the defaults when storage itself fails', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('storage is gone'));
    expect((await readSettings()).settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('migrations through the WXT item', () => {
  it('migrates a v1 value and records the new version', async () => {
    await seed({ autoClean: true, sites: ['lemonde.fr'], theme: 'sepia' }, 1);
    const item = defineSettingsItem();
    const loaded = await readSettings(item);
    expect(loaded.settings).toMatchObject({ autoClean: 'sites', sites: ['https://lemonde.fr'], theme: 'sepia' });
    const after = await stored();
    expect(after[META]).toEqual({ v: SETTINGS_VERSION });
    expect(after[KEY]).toMatchObject({ autoClean: 'sites', sites: ['https://lemonde.fr'] });
  });

  it('a migration that throws: WXT logs it and keeps the old value; the read is still valid and keeps the good fields', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const boom = { 2: () => { throw new Error('cannot migrate'); } };
    await seed({ autoClean: true, theme: 'dark', lineHeight: 1.8 }, 1);
    const item = defineSettingsItem({ migrations: boom });
    const loaded = await readSettings(item, { migrations: boom });
    expect(logged).toHaveBeenCalled();
    expect(loaded.migrationFailedAt).toBe(2);
    expect(loaded.settings.theme).toBe('dark');
    expect(loaded.settings.lineHeight).toBe(1.8);
    expect(loaded.settings.autoClean).toBe('off');
    // The stored value is untouched, still marked v1.
    expect((await stored())[META]).toEqual({ v: 1 });
  });

  it('after a failed migration the first write stores the current format and version', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const boom = { 2: () => { throw new Error('cannot migrate'); } };
    await seed({ autoClean: true, theme: 'dark' }, 1);
    const item = defineSettingsItem({ migrations: boom });
    const writer = new SettingsWriter(item, await readSettings(item, { migrations: boom }), { watch: false });
    writer.update({ fontSize: 20 });
    await writer.flush();
    const after = await stored();
    expect(after[META]).toEqual({ v: SETTINGS_VERSION });
    expect(after[KEY]).toMatchObject({ theme: 'dark', fontSize: 20, autoClean: 'off' });
  });

  it('an unknown future version: WXT refuses to downgrade, we read the known fields and keep the rest on write', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const future = SETTINGS_VERSION + 1;
    await seed({ ...DEFAULT_SETTINGS, theme: 'sepia', readingRuler: true }, future);
    const writer = await openWriter();
    expect(writer.settings.theme).toBe('sepia');
    writer.update({ font: 'sans' });
    await writer.flush();
    const after = await stored();
    expect(after[KEY]).toMatchObject({ theme: 'sepia', font: 'sans', readingRuler: true });
    expect(after[META]).toEqual({ v: future });
  });
});

describe('writing', () => {
  it('applies a change in memory at once and writes once after the debounce, however many changes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const writer = await openWriter();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    for (let size = 14; size <= 28; size++) writer.update({ fontSize: size });
    expect(writer.settings.fontSize).toBe(28);
    expect(set).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(WRITE_DEBOUNCE_MS + 10);
    await flushPromises();
    const valueWrites = set.mock.calls.filter(([items]) => KEY in items);
    expect(valueWrites).toHaveLength(1);
    expect((await stored())[KEY]).toMatchObject({ fontSize: 28 });
    expect(writer.status).toEqual({ state: 'saved' });
  });

  it('keeps writes at least MIN_WRITE_INTERVAL_MS apart (sync allows 120 a minute)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const writer = await openWriter();
    const realSet = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    const times: number[] = [];
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if (KEY in items) times.push(Date.now());
      await realSet(items);
    });
    // A change just slower than the debounce, for 10 s: the debounce alone would write after every one of them.
    const every = WRITE_DEBOUNCE_MS + 100;
    for (let i = 0; i < 10_000 / every; i++) {
      writer.update({ lineWidth: 45 + (i % 40) });
      await vi.advanceTimersByTimeAsync(every);
    }
    await vi.advanceTimersByTimeAsync(MIN_WRITE_INTERVAL_MS * 2);
    expect(times.length).toBeGreaterThanOrEqual(10_000 / MIN_WRITE_INTERVAL_MS / 2);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(MIN_WRITE_INTERVAL_MS);
    expect(times.length).toBeLessThanOrEqual(10_000 / MIN_WRITE_INTERVAL_MS + 2);
    expect((await stored())[KEY]).toMatchObject({ lineWidth: writer.settings.lineWidth });
  });

  it('refuses an invalid value and changes nothing', async () => {
    const writer = await openWriter();
    const result = writer.update({ fontSize: 99, theme: 'dark' });
    expect(result).toMatchObject({ ok: false, reason: 'invalid', fields: { fontSize: 'range' } });
    expect(writer.settings).toEqual(DEFAULT_SETTINGS);
    expect(writer.status).toEqual({ state: 'saved' });
  });

  it('refuses a change that would not fit in one sync item', async () => {
    const writer = await openWriter();
    const hideSelectors = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [`https://site-${i}.example`, Array.from({ length: 20 }, (_, j) => `.a-long-class-name-${j}`)]),
    );
    const result = writer.update({ hideSelectors });
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    expect(writer.settings.hideSelectors).toEqual({});
  });

  it('a quota error is caught and reported; the settings are kept in memory and storage keeps the last good value', async () => {
    await seed({ ...DEFAULT_SETTINGS, theme: 'light' }, SETTINGS_VERSION);
    const statuses: SaveStatus[] = [];
    const writer = await openWriter(statuses);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    writer.update({ theme: 'dark' });
    const status = await writer.flush();
    expect(status).toMatchObject({ state: 'error', reason: 'quota' });
    expect(statuses.at(-1)).toMatchObject({ state: 'error', reason: 'quota' });
    expect(writer.settings.theme).toBe('dark');
    vi.mocked(fakeBrowser.storage.sync.set).mockRestore();
    expect((await stored())[KEY]).toMatchObject({ theme: 'light' });
    // The change is still pending and goes out with the next write.
    expect((await writer.flush()).state).toBe('saved');
    expect((await stored())[KEY]).toMatchObject({ theme: 'dark' });
  });

  it('a rate-limit error is retried later without any new change', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const writer = await openWriter();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    set.mockRejectedValueOnce(new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'));
    writer.update({ font: 'sans' });
    expect(await writer.flush()).toMatchObject({ state: 'error', reason: 'rate' });
    await vi.advanceTimersByTimeAsync(RATE_LIMIT_RETRY_MS + MIN_WRITE_INTERVAL_MS);
    await flushPromises();
    expect(writer.status).toEqual({ state: 'saved' });
    expect((await stored())[KEY]).toMatchObject({ font: 'sans' });
  });
});

describe('watching', () => {
  it('tells an open page about changes at once, validated', async () => {
    const seen: LoadedSettings[] = [];
    const unwatch = watchSettings((loaded) => seen.push(loaded), { checker: null });
    await seed({ ...DEFAULT_SETTINGS, theme: 'dark', fontSize: -3 }, SETTINGS_VERSION);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]!.settings.theme).toBe('dark');
    expect(seen[0]!.settings.fontSize).toBe(DEFAULT_SETTINGS.fontSize);
    unwatch();
    await seed({ ...DEFAULT_SETTINGS, theme: 'light' }, SETTINGS_VERSION);
    await flushPromises();
    expect(seen).toHaveLength(1);
  });

  it('a writer adopts changes made elsewhere but keeps its own unsaved ones', async () => {
    const changes: string[] = [];
    const item = defineSettingsItem();
    const writer = new SettingsWriter(item, await readSettings(item), {
      debounceMs: 60_000,
      checker: null,
      onChange: (s) => changes.push(`${s.theme}/${s.font}`),
    });
    writer.update({ font: 'sans' });
    // Another page (the popup) saves a theme and an older font.
    await seed({ ...DEFAULT_SETTINGS, theme: 'sepia', font: 'serif' }, SETTINGS_VERSION);
    await vi.waitFor(() => expect(writer.settings.theme).toBe('sepia'));
    expect(writer.settings.font).toBe('sans');
    expect(changes.at(-1)).toBe('sepia/sans');
    await writer.flush();
    expect((await stored())[KEY]).toMatchObject({ theme: 'sepia', font: 'sans' });
    writer.dispose();
  });
});
