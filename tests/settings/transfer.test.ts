import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  EXPORT_FORMAT,
  MAX_IMPORT_BYTES,
  SETTINGS_VERSION,
  SettingsWriter,
  applySettingsFile,
  defineSettingsItem,
  exportFileName,
  exportSettings,
  parseSettingsFile,
  readSettings,
  type Settings,
} from '../../utils/settings';

const dom = new JSDOM('<!doctype html>').window.document;

const custom: Settings = {
  ...DEFAULT_SETTINGS,
  autoClean: 'sites',
  sites: ['https://www.thelocal.ch', 'http://127.0.0.1:8080'],
  badgeCount: false,
  theme: 'sepia',
  font: 'sans',
  fontSize: 21,
  lineWidth: 72,
  lineHeight: 1.85,
  textAlign: 'justify',
  showCredits: false,
  showSeeAlso: false,
  remoteImages: false,
  hideSelectors: { 'https://www.thelocal.ch': ['.newsletter-signup', '#comments-teaser'] },
};

function file(settings: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: SETTINGS_VERSION, exportedAt: '2026-01-01T00:00:00Z', settings, ...extra });
}

beforeEach(() => fakeBrowser.reset());

describe('export', () => {
  it('writes a versioned, readable JSON file with a dated name', () => {
    const text = exportSettings(custom, new Date('2026-03-04T05:06:07Z'));
    const data = JSON.parse(text);
    expect(data).toMatchObject({ format: EXPORT_FORMAT, version: SETTINGS_VERSION, exportedAt: '2026-03-04T05:06:07.000Z' });
    expect(data.settings).toEqual(custom);
    expect(exportFileName(new Date('2026-03-04T05:06:07Z'))).toBe('broadsheet-settings-2026-03-04.json');
  });

  it('round-trips: export then import gives the same settings', () => {
    const result = parseSettingsFile(exportSettings(custom), { checker: dom });
    expect(result).toMatchObject({ ok: true, fromVersion: SETTINGS_VERSION });
    expect(result.ok && result.settings).toEqual(custom);
  });

  it('imports a v1 export through the migrations', () => {
    const result = parseSettingsFile(file({ autoClean: true, sites: ['lemonde.fr'] }, { version: 1 }), { checker: dom });
    expect(result.ok && result.settings).toMatchObject({ autoClean: 'sites', sites: ['https://lemonde.fr'] });
  });

  it('fills fields missing from an older export with their defaults', () => {
    const { hideSelectors: _drop, ...partial } = custom;
    const result = parseSettingsFile(file(partial), { checker: dom });
    expect(result.ok && result.settings).toEqual({ ...custom, hideSelectors: {} });
  });
});

describe('import refuses a malformed file with a clear message', () => {
  it.each([
    ['not JSON', 'this is { not json', 'not-json', /not valid JSON/],
    ['JSON of another kind', JSON.stringify({ theme: 'dark' }), 'not-settings-file', /not a Broadsheet settings export/],
    ['a bare array', '[1,2,3]', 'not-settings-file', /not a Broadsheet settings export/],
    ['settings not an object', JSON.stringify({ format: EXPORT_FORMAT, version: 2, settings: 'dark' }), 'not-settings-file', /format/],
    ['no version', JSON.stringify({ format: EXPORT_FORMAT, settings: {} }), 'bad-version', /version/],
    ['a newer version', file(custom, { version: SETTINGS_VERSION + 1 }), 'newer-version', /newer version of Broadsheet/],
    ['a bad field', file({ ...custom, fontSize: 300 }), 'bad-fields', /fontSize \(out of range\)/],
    ['a bad site', file({ ...custom, sites: ['javascript:alert(1)'] }), 'bad-fields', /sites \(invalid entries\)/],
    ['an unsafe selector', file({ ...custom, hideSelectors: { 'https://a.example': ['.x } body { display: none'] } }), 'bad-fields', /hideSelectors/],
    ['an unknown field', file({ ...custom, telemetry: true }), 'unknown-fields', /telemetry/],
    ['too many sites', file({ ...custom, sites: Array.from({ length: 150 }, (_, i) => `https://s${i}.example`) }), 'bad-fields', /too many/],
    ['a huge file', ' '.repeat(MAX_IMPORT_BYTES + 1), 'too-large', /too large/],
  ])('%s', (_name, text, error, message) => {
    const result = parseSettingsFile(text, { checker: dom });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe(error);
    expect(result.message).toMatch(message);
  });

  it('a failing migration of an old file is a refusal, not a half import', () => {
    const result = parseSettingsFile(file(custom, { version: 1 }), {
      migrations: { 2: () => { throw new Error('x'); } },
    });
    expect(result).toMatchObject({ ok: false, error: 'migration-failed' });
  });
});

describe('applying an import', () => {
  async function writerWith(settings: Settings): Promise<SettingsWriter> {
    await fakeBrowser.storage.sync.set({ settings, settings$: { v: SETTINGS_VERSION } });
    const item = defineSettingsItem();
    return new SettingsWriter(item, await readSettings(item), { watch: false, checker: dom });
  }

  it('a refused file changes nothing: not the page, not storage', async () => {
    const writer = await writerWith(custom);
    const before = await fakeBrowser.storage.sync.get(null);
    const result = await applySettingsFile(file({ ...custom, theme: 'dark', lineHeight: 'tall' }), writer, { checker: dom });
    expect(result.ok).toBe(false);
    expect(writer.settings).toEqual(custom);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(before);
  });

  it('an accepted file replaces the settings and is saved at once', async () => {
    const writer = await writerWith(DEFAULT_SETTINGS);
    const result = await applySettingsFile(exportSettings(custom), writer, { checker: dom });
    expect(result).toMatchObject({ ok: true, saved: { state: 'saved' } });
    expect(writer.settings).toEqual(custom);
    expect((await readSettings()).settings).toEqual(custom);
  });
});
