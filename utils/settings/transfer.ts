import { IMPORT_ERROR_MESSAGES, FIELD_PROBLEM_WORDS, formatMessage, type ImportError } from './messages';
import { SETTINGS_MIGRATIONS, migrateValue, type MigrationTable } from './migrations';
import { SETTING_KEYS, SETTINGS_BYTE_BUDGET, SETTINGS_VERSION, type SettingKey, type Settings } from './schema';
import { checkField, isPlainObject, storedByteSize, type FieldProblem, type SelectorChecker } from './validate';
import type { SaveStatus, SettingsWriter } from './store';

// Export and import of the settings as a JSON file. Import is strict: anything malformed is refused as a whole with
// a message saying why, and nothing is changed (unlike reads from storage, which repair field by field).

/** Marks a file as ours. */
export const EXPORT_FORMAT = 'broadsheet-settings';
/** Files larger than this are refused before parsing (a real export is a few KB). */
export const MAX_IMPORT_BYTES = 64 * 1024;
/** How many bad or unknown field names a refusal message lists. */
const MAX_FIELDS_NAMED = 5;

export interface SettingsFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
}

export type ImportResult =
  | { ok: true; settings: Settings; fromVersion: number }
  | { ok: false; error: ImportError; message: string };

export function exportSettings(settings: Settings, now: Date = new Date()): string {
  const file: SettingsFile = { format: EXPORT_FORMAT, version: SETTINGS_VERSION, exportedAt: now.toISOString(), settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function exportFileName(now: Date = new Date()): string {
  return `broadsheet-settings-${now.toISOString().slice(0, 10)}.json`;
}

function refuse(error: ImportError, values: Record<string, string | number> = {}): ImportResult {
  return { ok: false, error, message: formatMessage(IMPORT_ERROR_MESSAGES[error], values) };
}

function nameList(names: string[]): string {
  const shown = names.slice(0, MAX_FIELDS_NAMED).join(', ');
  return names.length > MAX_FIELDS_NAMED ? `${shown} and ${names.length - MAX_FIELDS_NAMED} more` : shown;
}

export interface ImportOptions {
  migrations?: MigrationTable;
  checker?: SelectorChecker;
}

/** The text of a chosen file -> settings to apply, or a refusal with a message for the user. */
export function parseSettingsFile(text: string, options: ImportOptions = {}): ImportResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) return refuse('too-large', { bytes, max: MAX_IMPORT_BYTES });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return refuse('not-json', { detail: error instanceof Error ? error.message : String(error) });
  }
  if (!isPlainObject(data) || data.format !== EXPORT_FORMAT || !isPlainObject(data.settings)) {
    return refuse('not-settings-file', { format: EXPORT_FORMAT });
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return refuse('bad-version');
  if (version > SETTINGS_VERSION) return refuse('newer-version', { version, supported: SETTINGS_VERSION });
  const migrated = migrateValue(data.settings, version, SETTINGS_VERSION, options.migrations ?? SETTINGS_MIGRATIONS);
  if (migrated.failedAt !== null) return refuse('migration-failed', { version: migrated.failedAt });
  if (!isPlainObject(migrated.value)) return refuse('not-settings-file', { format: EXPORT_FORMAT });
  const raw = migrated.value;
  const known = new Set<string>(SETTING_KEYS);
  const unknown = Object.keys(raw).filter((key) => !known.has(key));
  if (unknown.length) return refuse('unknown-fields', { fields: nameList(unknown) });
  const out: Record<string, unknown> = {};
  const bad: string[] = [];
  for (const key of SETTING_KEYS) {
    const { value, problem } = checkField(key as SettingKey, raw[key], options.checker);
    if (problem) bad.push(`${key} (${FIELD_PROBLEM_WORDS[problem as FieldProblem]})`);
    out[key] = value;
  }
  if (bad.length) return refuse('bad-fields', { fields: nameList(bad) });
  const size = storedByteSize(out);
  if (size > SETTINGS_BYTE_BUDGET) return refuse('too-big-for-sync', { bytes: size, max: SETTINGS_BYTE_BUDGET });
  return { ok: true, settings: out as unknown as Settings, fromVersion: version };
}

/** The outcome of applying a chosen file: the import result, and on success the save status. */
export type ApplyResult = ImportResult & { saved?: SaveStatus };

/**
 * Import as the options page does it: parse strictly; on refusal nothing is touched; on success the settings are
 * replaced and written at once.
 */
export async function applySettingsFile(text: string, writer: SettingsWriter, options: ImportOptions = {}): Promise<ApplyResult> {
  const result = parseSettingsFile(text, options);
  if (!result.ok) return result;
  const update = writer.replace(result.settings);
  if (!update.ok) return refuse('too-big-for-sync', { bytes: storedByteSize(result.settings), max: SETTINGS_BYTE_BUDGET });
  return { ...result, saved: await writer.flush() };
}
