import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { SETTINGS_MIGRATIONS, migrateValue, type MigrationTable } from './migrations';
import {
  SETTING_KEYS,
  SETTINGS_BYTE_BUDGET,
  SETTINGS_STORAGE_KEY,
  SETTINGS_VERSION,
  SYNC_MAX_WRITES_PER_MINUTE,
  type SettingKey,
  type Settings,
} from './schema';
import {
  checkField,
  isPlainObject,
  storedByteSize,
  validateSettings,
  type FieldProblem,
  type SelectorChecker,
  type ValidationResult,
} from './validate';

// Reading, watching and writing the settings item. Reads never write (content scripts and the background may read);
// only a SettingsWriter, created by the extension's own pages (options, popup), writes.

/** Wait this long after the last change before writing, so a dragged slider is one write, not fifty. */
export const WRITE_DEBOUNCE_MS = 400;
/** At least this long between two writes from one page: half of sync's rate limit, leaving room for other pages. */
export const MIN_WRITE_INTERVAL_MS = Math.ceil((60_000 / SYNC_MAX_WRITES_PER_MINUTE) * 2);
/** After sync refuses a write for going over its per-minute rate, try again this much later. */
export const RATE_LIMIT_RETRY_MS = 30_000;

export type SettingsMeta = { v: number };
export type SettingsItem = WxtStorageItem<unknown, SettingsMeta>;

/** Where settings are read from: the WXT item (pages) or the read-only view below (content scripts, background). */
export interface SettingsSource {
  getValue(): Promise<unknown>;
  getMeta(): Promise<{ v?: number | null }>;
}

export interface ItemOptions {
  version?: number;
  migrations?: MigrationTable;
}

/**
 * The versioned WXT item. Defining it starts WXT's migrations, which may write: only pages define it (through
 * openSettingsWriter); everything else reads through readSettings() with the read-only source.
 */
export function defineSettingsItem(options: ItemOptions = {}): SettingsItem {
  return storage.defineItem<unknown, SettingsMeta>(SETTINGS_STORAGE_KEY, {
    version: options.version ?? SETTINGS_VERSION,
    migrations: { ...(options.migrations ?? SETTINGS_MIGRATIONS) },
  });
}

/** Reads the same item without defining it: no migration runs, nothing is written. */
export const readOnlySource: SettingsSource = {
  getValue: () => storage.getItem<unknown>(SETTINGS_STORAGE_KEY),
  getMeta: () => storage.getMeta<{ v?: number | null }>(SETTINGS_STORAGE_KEY),
};

export interface LoadedSettings extends ValidationResult {
  /** The version recorded with the stored value; null when nothing is stored yet. */
  storedVersion: number | null;
  /** When the stored value is older and a migration throws: the version whose migration failed. */
  migrationFailedAt: number | null;
  /** Fields of a newer version's value, kept as they are when this version writes (so nothing is lost). */
  carry: Record<string, unknown>;
}

export interface ReadOptions {
  migrations?: MigrationTable;
  checker?: SelectorChecker;
}

/** Stored value + its version record -> valid settings. Pure: exported for tests and for import. */
export function interpretStored(
  raw: unknown,
  meta: { v?: number | null } | null | undefined,
  options: ReadOptions = {},
): LoadedSettings {
  if (raw === null || raw === undefined) {
    return { ...validateSettings(undefined, options.checker), storedVersion: null, migrationFailedAt: null, carry: {} };
  }
  const recorded = meta?.v;
  // A value without a version record is from before versioning (WXT reads it the same way).
  const storedVersion = typeof recorded === 'number' && Number.isInteger(recorded) && recorded >= 1 ? recorded : 1;
  let value: unknown = raw;
  let migrationFailedAt: number | null = null;
  if (storedVersion < SETTINGS_VERSION) {
    // WXT ran these already when it could; if one threw, it kept the old value. Retrying on a copy gives the same
    // answer without writing, and validation below keeps whatever fields are still good.
    ({ value, failedAt: migrationFailedAt } = migrateValue(raw, storedVersion, SETTINGS_VERSION, options.migrations));
  }
  const result = validateSettings(value, options.checker);
  const carry: Record<string, unknown> = {};
  if (storedVersion > SETTINGS_VERSION && isPlainObject(value)) {
    for (const key of result.unknownKeys) carry[key] = value[key];
  }
  return { ...result, storedVersion, migrationFailedAt, carry };
}

/** The current settings, always valid. Never writes: safe from content scripts and the background. */
export async function readSettings(source: SettingsSource = readOnlySource, options: ReadOptions = {}): Promise<LoadedSettings> {
  let raw: unknown = null;
  let meta: { v?: number | null } | null = null;
  try {
    [raw, meta] = await Promise.all([source.getValue(), source.getMeta()]);
  } catch (error) {
    // Storage unavailable or failing: the defaults are still a usable answer.
    console.warn('[broadsheet] settings could not be read; using defaults', error);
  }
  return interpretStored(raw, meta, options);
}

export type Unwatch = () => void;

/**
 * Calls `onChange` with the new valid settings whenever any page or device changes them, so an open popup or
 * reader page applies them at once. Later changes win over slower reads of earlier ones.
 */
export function watchSettings(onChange: (loaded: LoadedSettings) => void, options: ReadOptions = {}): Unwatch {
  let sequence = 0;
  let stopped = false;
  const unwatch = storage.watch<unknown>(SETTINGS_STORAGE_KEY, () => {
    const mine = ++sequence;
    void readSettings(readOnlySource, options).then((loaded) => {
      if (!stopped && mine === sequence) onChange(loaded);
    });
  });
  return () => {
    stopped = true;
    unwatch();
  };
}

export type SaveStatus =
  | { state: 'saved' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'error'; reason: 'quota' | 'rate' | 'too-large' | 'failed'; detail: string };

export type UpdateResult =
  | { ok: true; settings: Settings }
  | { ok: false; reason: 'invalid'; fields: Partial<Record<SettingKey, FieldProblem>> }
  | { ok: false; reason: 'too-large'; bytes: number; budget: number };

export interface WriterOptions {
  debounceMs?: number;
  minIntervalMs?: number;
  rateLimitRetryMs?: number;
  /** The settings in memory changed (a local update or another page's change adopted). */
  onChange?: (settings: Settings) => void;
  onStatus?: (status: SaveStatus) => void;
  checker?: SelectorChecker;
  /** Follow changes made elsewhere (default true). */
  watch?: boolean;
}

function classifyStorageError(error: unknown): SaveStatus {
  const detail = error instanceof Error ? error.message : String(error);
  // Chrome: "QUOTA_BYTES_PER_ITEM quota exceeded", "MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded";
  // Firefox: "QuotaExceededError: storage.sync API call exceeded its quota limitations".
  if (/WRITE_OPERATIONS/i.test(detail)) return { state: 'error', reason: 'rate', detail };
  if (/quota/i.test(detail)) return { state: 'error', reason: 'quota', detail };
  return { state: 'error', reason: 'failed', detail };
}

/**
 * The one way settings are written: validated changes, applied in memory at once, written debounced and
 * rate-limited. A refused write (quota, rate) is reported through onStatus and the change is kept in memory
 * (and retried on the next change, or after the rate window).
 */
export class SettingsWriter {
  readonly #item: SettingsItem;
  readonly #options: Required<Omit<WriterOptions, 'onChange' | 'onStatus' | 'checker'>> &
    Pick<WriterOptions, 'onChange' | 'onStatus' | 'checker'>;
  #settings: Settings;
  #carry: Record<string, unknown>;
  #storedVersion: number | null;
  /** Fields changed here and not yet written: a change from elsewhere does not overwrite them. */
  readonly #dirty = new Set<SettingKey>();
  #timer: ReturnType<typeof setTimeout> | null = null;
  #lastWriteAt = Number.NEGATIVE_INFINITY;
  #writing: Promise<void> | null = null;
  #status: SaveStatus = { state: 'saved' };
  #unwatch: Unwatch | null = null;

  constructor(item: SettingsItem, loaded: LoadedSettings, options: WriterOptions = {}) {
    this.#item = item;
    this.#options = {
      debounceMs: WRITE_DEBOUNCE_MS,
      minIntervalMs: MIN_WRITE_INTERVAL_MS,
      rateLimitRetryMs: RATE_LIMIT_RETRY_MS,
      watch: true,
      ...options,
    };
    this.#settings = loaded.settings;
    this.#carry = loaded.carry;
    this.#storedVersion = loaded.storedVersion;
    if (this.#options.watch) this.#unwatch = watchSettings((next) => this.#adopt(next), { checker: options.checker });
  }

  /** The settings as shown (including changes not yet written). Replaced, never mutated, on each change. */
  get settings(): Settings {
    return this.#settings;
  }

  get status(): SaveStatus {
    return this.#status;
  }

  /** Apply a change: every field is checked first; a bad value or a result over the sync quota changes nothing. */
  update(patch: Partial<Settings>): UpdateResult {
    const fields: Partial<Record<SettingKey, FieldProblem>> = {};
    const next: Record<string, unknown> = { ...this.#settings };
    const changed: SettingKey[] = [];
    for (const key of Object.keys(patch) as SettingKey[]) {
      if (!SETTING_KEYS.includes(key)) continue;
      const { value, problem } = checkField(key, patch[key], this.#options.checker);
      if (problem) fields[key] = problem;
      next[key] = value;
      if (JSON.stringify(value) !== JSON.stringify(this.#settings[key])) changed.push(key);
    }
    if (Object.keys(fields).length) return { ok: false, reason: 'invalid', fields };
    const bytes = storedByteSize(next);
    if (bytes > SETTINGS_BYTE_BUDGET) return { ok: false, reason: 'too-large', bytes, budget: SETTINGS_BYTE_BUDGET };
    if (!changed.length) return { ok: true, settings: this.#settings };
    this.#settings = next as unknown as Settings;
    for (const key of changed) this.#dirty.add(key);
    this.#options.onChange?.(this.#settings);
    this.#schedule(this.#options.debounceMs);
    return { ok: true, settings: this.#settings };
  }

  /** Replace everything (import, reset to defaults). */
  replace(settings: Settings): UpdateResult {
    return this.update(settings);
  }

  /** Write pending changes now (discrete actions, page hide). Resolves when the write is done or refused. */
  async flush(): Promise<SaveStatus> {
    if (this.#timer !== null) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
    if (this.#writing) await this.#writing;
    if (this.#dirty.size) await this.#write();
    return this.#status;
  }

  dispose(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#unwatch?.();
    this.#unwatch = null;
  }

  #setStatus(status: SaveStatus): void {
    this.#status = status;
    this.#options.onStatus?.(status);
  }

  #schedule(delay: number): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    const sinceLast = Date.now() - this.#lastWriteAt;
    const wait = Math.max(delay, this.#options.minIntervalMs - sinceLast);
    if (this.#status.state !== 'error') this.#setStatus({ state: 'pending' });
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.#write();
    }, wait);
  }

  async #write(): Promise<void> {
    if (this.#writing) {
      // One write at a time; whatever changed meanwhile goes in the next one.
      await this.#writing;
      if (this.#dirty.size && this.#timer === null) this.#schedule(0);
      return;
    }
    const snapshot = this.#settings;
    let value: Record<string, unknown> = { ...this.#carry, ...snapshot };
    if (storedByteSize(value) > SETTINGS_BYTE_BUDGET) value = { ...snapshot };
    const written = [...this.#dirty];
    this.#setStatus({ state: 'saving' });
    this.#lastWriteAt = Date.now();
    this.#writing = (async () => {
      try {
        await this.#item.setValue(value);
        if (this.#storedVersion === null || this.#storedVersion < SETTINGS_VERSION) {
          // The value is now in this version's format: record it, so an old failed migration is not rerun on it.
          await this.#item.setMeta({ v: SETTINGS_VERSION });
          this.#storedVersion = SETTINGS_VERSION;
        }
        for (const key of written) {
          if (this.#settings[key] === snapshot[key]) this.#dirty.delete(key);
        }
        this.#setStatus(this.#dirty.size ? { state: 'pending' } : { state: 'saved' });
      } catch (error) {
        const status = classifyStorageError(error);
        this.#setStatus(status);
        if (status.state === 'error' && status.reason === 'rate') this.#schedule(this.#options.rateLimitRetryMs);
      }
    })();
    try {
      await this.#writing;
    } finally {
      this.#writing = null;
    }
    if (this.#dirty.size && this.#timer === null && this.#status.state !== 'error') this.#schedule(this.#options.debounceMs);
  }

  /** A change from another page or device: take it, except fields changed here and not yet written. */
  #adopt(loaded: LoadedSettings): void {
    const next: Record<string, unknown> = { ...this.#settings };
    let changed = false;
    for (const key of SETTING_KEYS) {
      if (this.#dirty.has(key)) continue;
      if (JSON.stringify(loaded.settings[key]) !== JSON.stringify(this.#settings[key])) {
        next[key] = loaded.settings[key];
        changed = true;
      }
    }
    this.#carry = loaded.carry;
    // Never step the version back: a read racing our own two-step write (value, then version) sees the old one.
    if (loaded.storedVersion !== null) this.#storedVersion = Math.max(this.#storedVersion ?? 0, loaded.storedVersion);
    if (!changed) return;
    this.#settings = next as unknown as Settings;
    this.#options.onChange?.(this.#settings);
  }
}

let sharedItem: SettingsItem | null = null;

/** The page-wide settings item (defined once per page, on first use). */
export function settingsItem(): SettingsItem {
  sharedItem ??= defineSettingsItem();
  return sharedItem;
}

/** For the extension's own pages: read the settings through the versioned item and get a writer for changes. */
export async function openSettingsWriter(options: WriterOptions = {}): Promise<{ writer: SettingsWriter; loaded: LoadedSettings }> {
  const item = settingsItem();
  const loaded = await readSettings(item, { checker: options.checker });
  return { writer: new SettingsWriter(item, loaded, options), loaded };
}
