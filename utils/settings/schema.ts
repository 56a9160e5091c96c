// The settings as data: every field, its kind, bounds and default. Validation (validate.ts) is the logic over this.

/** Version of the stored format. Bump it and add a migration in migrations.ts whenever a field changes meaning. */
export const SETTINGS_VERSION = 2;

/** One compact item in sync storage: it syncs between the user's browsers and stays under the per-item quota. */
export const SETTINGS_STORAGE_KEY = 'sync:settings' as const;

// chrome.storage.sync quotas (measured and documented: 8 KB per item, 100 KB in all, 120 writes a minute).
/** Largest item sync storage accepts, counting the key and the JSON of the value, in bytes. */
export const SYNC_ITEM_MAX_BYTES = 8192;
/** What we allow ourselves: under the quota with room for rounding and WXT's own version record. */
export const SETTINGS_BYTE_BUDGET = SYNC_ITEM_MAX_BYTES - 256;
/** Sync storage's write rate limit per minute. */
export const SYNC_MAX_WRITES_PER_MINUTE = 120;

/** Sites the user can list for auto-clean; ~35 bytes each keeps 100 of them near 3.5 KB. */
export const MAX_SITES = 100;
/** Sites that can carry extra hide selectors. */
export const MAX_SELECTOR_SITES = 40;
/** Extra selectors per site. */
export const MAX_SELECTORS_PER_SITE = 20;
/** Longest extra selector, in characters. */
export const MAX_SELECTOR_LENGTH = 200;

export type AutoCleanMode = 'off' | 'sites' | 'all-news';
export type Theme = 'system' | 'light' | 'dark' | 'sepia';
export type FontFamily = 'serif' | 'sans';
export type TextAlign = 'start' | 'justify';

/** Everything the user can set. Plain JSON data; read it with readSettings(), which always returns a valid one. */
export interface Settings {
  /** When pages are cleaned without a click: never, on `sites`, or on every page detected as news. */
  autoClean: AutoCleanMode;
  /** Origins ("https://www.example.com") auto-cleaned in 'sites' mode. */
  sites: string[];
  /** Show the number of hidden ad blocks on the toolbar badge. */
  badgeCount: boolean;
  theme: Theme;
  font: FontFamily;
  /** Body text size in CSS pixels. */
  fontSize: number;
  /** Line length of the article column, in characters (CSS `ch`). */
  lineWidth: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  textAlign: TextAlign;
  showImages: boolean;
  showCaptions: boolean;
  showCredits: boolean;
  showSeeAlso: boolean;
  showReadingTime: boolean;
  /** Load images from the news site's servers; off shows their captions and alt text only. */
  remoteImages: boolean;
  /** Extra CSS selectors to hide, per origin. */
  hideSelectors: Record<string, string[]>;
}

export type SettingKey = keyof Settings;

export interface EnumField<T extends string> {
  kind: 'enum';
  values: readonly T[];
  default: T;
}
export interface BoolField {
  kind: 'bool';
  default: boolean;
}
export interface NumberField {
  kind: 'number';
  min: number;
  max: number;
  /** Values are rounded to this step (from min). */
  step: number;
  default: number;
  /** CSS unit, for display and styles. */
  unit: 'px' | 'ch' | '';
}
export interface OriginListField {
  kind: 'origins';
  maxItems: number;
  default: readonly string[];
}
export interface SelectorMapField {
  kind: 'selectorMap';
  maxOrigins: number;
  maxPerOrigin: number;
  maxLength: number;
  default: Readonly<Record<string, readonly string[]>>;
}

/** The field description that fits a value type (tuple-wrapped so unions of literals do not distribute). */
export type FieldFor<V> = [V] extends [boolean]
  ? BoolField
  : [V] extends [number]
    ? NumberField
    : [V] extends [string]
      ? EnumField<V>
      : [V] extends [string[]]
        ? OriginListField
        : SelectorMapField;

export type SettingsSchema = { readonly [K in SettingKey]: FieldFor<Settings[K]> };

const bool = (value: boolean): BoolField => ({ kind: 'bool', default: value });

export const SETTINGS_SCHEMA: SettingsSchema = {
  autoClean: { kind: 'enum', values: ['off', 'sites', 'all-news'], default: 'off' },
  sites: { kind: 'origins', maxItems: MAX_SITES, default: [] },
  badgeCount: bool(true),
  theme: { kind: 'enum', values: ['system', 'light', 'dark', 'sepia'], default: 'system' },
  font: { kind: 'enum', values: ['serif', 'sans'], default: 'serif' },
  fontSize: { kind: 'number', min: 14, max: 28, step: 1, default: 18, unit: 'px' },
  // 45-90 characters is the readable range typographers give; 66 is the classic middle.
  lineWidth: { kind: 'number', min: 45, max: 90, step: 1, default: 66, unit: 'ch' },
  lineHeight: { kind: 'number', min: 1.2, max: 2.2, step: 0.05, default: 1.6, unit: '' },
  textAlign: { kind: 'enum', values: ['start', 'justify'], default: 'start' },
  showImages: bool(true),
  showCaptions: bool(true),
  showCredits: bool(true),
  showSeeAlso: bool(true),
  showReadingTime: bool(true),
  remoteImages: bool(true),
  hideSelectors: {
    kind: 'selectorMap',
    maxOrigins: MAX_SELECTOR_SITES,
    maxPerOrigin: MAX_SELECTORS_PER_SITE,
    maxLength: MAX_SELECTOR_LENGTH,
    default: {},
  },
};

/** Field names in schema order (the order of the stored JSON and of the options page). */
export const SETTING_KEYS = Object.keys(SETTINGS_SCHEMA) as SettingKey[];

/** A fresh copy of the defaults (callers may mutate it). */
export function defaultSettings(): Settings {
  const out: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) out[key] = structuredClone(SETTINGS_SCHEMA[key].default);
  return out as unknown as Settings;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(defaultSettings());
