import { originOf } from '../autoclean/patterns';
import {
  SETTING_KEYS,
  SETTINGS_SCHEMA,
  SETTINGS_STORAGE_KEY,
  defaultSettings,
  type NumberField,
  type OriginListField,
  type SelectorMapField,
  type SettingKey,
  type Settings,
} from './schema';

// Validation over the schema: any value in, a valid Settings out. A bad field becomes its default (or loses only
// its bad entries); every other field survives. Used on every read, on import and before every write.

/** What was wrong with a field: its type, a number out of bounds, some bad entries dropped, too many entries. */
export type FieldProblem = 'type' | 'range' | 'entries' | 'too-many';

export interface FieldCheck<V> {
  value: V;
  problem: FieldProblem | null;
}

export interface ValidationResult {
  settings: Settings;
  /** Fields that were not as stored (reset to the default or trimmed), with what was wrong. */
  problems: Partial<Record<SettingKey, FieldProblem>>;
  /** Top-level keys this version does not know (a newer version's fields, or junk). */
  unknownKeys: string[];
}

/** Something that can check CSS selector syntax: a Document, or null where there is no DOM (service worker). */
export type SelectorChecker = Pick<Document, 'createDocumentFragment'> | null;

/**
 * Characters that could end a rule or open a new one when a selector is written into a stylesheet
 * (`sel { display: none }`), or that never occur in a selector: braces, semicolons, comments, a markup "<", controls.
 */
const UNSAFE_SELECTOR = /[{};<]|\/\*|[\u0000-\u001f\u007f]/;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function defaultDocument(): SelectorChecker {
  return typeof document === 'undefined' ? null : document;
}

/**
 * A selector the content script can safely put in a hiding stylesheet: short, no rule-breaking characters, and
 * accepted by the browser's selector parser when a DOM is at hand.
 */
export function isValidSelector(selector: string, checker: SelectorChecker = defaultDocument()): boolean {
  const text = selector.trim();
  if (!text || text.length > SETTINGS_SCHEMA.hideSelectors.maxLength || UNSAFE_SELECTOR.test(text)) return false;
  if (!checker) return true;
  try {
    checker.createDocumentFragment().querySelector(text);
    return true;
  } catch {
    return false;
  }
}

function decimalsOf(step: number): number {
  const text = String(step);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

export function checkNumber(field: NumberField, value: unknown): FieldCheck<number> {
  if (typeof value !== 'number' || !Number.isFinite(value)) return { value: field.default, problem: 'type' };
  if (value < field.min || value > field.max) return { value: field.default, problem: 'range' };
  const stepped = Math.round((value - field.min) / field.step) * field.step + field.min;
  const rounded = Number(Math.min(field.max, stepped).toFixed(decimalsOf(field.step)));
  return { value: rounded, problem: null };
}

export function checkOrigins(field: OriginListField, value: unknown): FieldCheck<string[]> {
  if (!Array.isArray(value)) return { value: [...field.default], problem: 'type' };
  const seen = new Set<string>();
  let dropped = false;
  // Look at a bounded number of entries: a hostile or runaway list must not cost more than the cap.
  for (const entry of value.slice(0, field.maxItems * 2)) {
    const origin = typeof entry === 'string' ? originOf(entry) : null;
    if (!origin) dropped = true;
    else seen.add(origin);
  }
  const list = [...seen];
  if (list.length > field.maxItems || value.length > field.maxItems * 2) {
    return { value: list.slice(0, field.maxItems), problem: 'too-many' };
  }
  return { value: list, problem: dropped ? 'entries' : null };
}

export function checkSelectorMap(
  field: SelectorMapField,
  value: unknown,
  checker: SelectorChecker,
): FieldCheck<Record<string, string[]>> {
  if (!isPlainObject(value)) return { value: {}, problem: 'type' };
  const entries: [string, string[]][] = [];
  let problem: FieldProblem | null = null;
  const keys = Object.keys(value);
  if (keys.length > field.maxOrigins) problem = 'too-many';
  for (const key of keys.slice(0, field.maxOrigins)) {
    const origin = originOf(key);
    const list = value[key];
    if (!origin || origin !== key || !Array.isArray(list)) {
      problem ??= 'entries';
      continue;
    }
    if (list.length > field.maxPerOrigin) problem = 'too-many';
    const good: string[] = [];
    for (const selector of list.slice(0, field.maxPerOrigin)) {
      if (typeof selector === 'string' && isValidSelector(selector, checker)) {
        const trimmed = selector.trim();
        if (!good.includes(trimmed)) good.push(trimmed);
      } else problem ??= 'entries';
    }
    // A site with no selectors left is dropped: nothing to store for it.
    if (good.length) entries.push([origin, good]);
  }
  return { value: Object.fromEntries(entries), problem };
}

/** One field of raw stored data -> a valid value for it, and what was wrong. */
export function checkField<K extends SettingKey>(
  key: K,
  value: unknown,
  checker: SelectorChecker = defaultDocument(),
): FieldCheck<Settings[K]> {
  const field = SETTINGS_SCHEMA[key];
  let check: FieldCheck<unknown>;
  if (value === undefined) {
    // A missing field (an older or partial value) is not a problem: it takes the default.
    check = { value: structuredClone(field.default), problem: null };
  } else {
    switch (field.kind) {
      case 'bool':
        check = typeof value === 'boolean' ? { value, problem: null } : { value: field.default, problem: 'type' };
        break;
      case 'enum':
        check = (field.values as readonly unknown[]).includes(value)
          ? { value, problem: null }
          : { value: field.default, problem: 'type' };
        break;
      case 'number':
        check = checkNumber(field, value);
        break;
      case 'origins':
        check = checkOrigins(field, value);
        break;
      case 'selectorMap':
        check = checkSelectorMap(field, value, checker);
        break;
    }
  }
  return check as FieldCheck<Settings[K]>;
}

/** Any value (from storage, an import, a message) -> valid Settings. Never throws. */
export function validateSettings(raw: unknown, checker: SelectorChecker = defaultDocument()): ValidationResult {
  const problems: ValidationResult['problems'] = {};
  if (!isPlainObject(raw)) {
    const settings = defaultSettings();
    if (raw !== null && raw !== undefined) for (const key of SETTING_KEYS) problems[key] = 'type';
    return { settings, problems, unknownKeys: [] };
  }
  const out: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const { value, problem } = checkField(key, raw[key], checker);
    out[key] = value;
    if (problem) problems[key] = problem;
  }
  const known = new Set<string>(SETTING_KEYS);
  const unknownKeys = Object.keys(raw).filter((key) => !known.has(key));
  return { settings: out as unknown as Settings, problems, unknownKeys };
}

/** Bytes sync storage counts for the settings item: its key plus the JSON of its value, UTF-8. */
export function storedByteSize(value: unknown): number {
  const key = SETTINGS_STORAGE_KEY.slice(SETTINGS_STORAGE_KEY.indexOf(':') + 1);
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

export interface SelectorListResult {
  /** Valid selectors, trimmed, duplicates removed, in the order typed. */
  selectors: string[];
  /** Lines (1-based) that are not usable selectors. */
  bad: { line: number; text: string }[];
  /** More valid selectors than one site may have. */
  tooMany: boolean;
}

/** Text typed in a "one selector per line" box -> the selectors, and which lines are wrong. Blank lines are ignored. */
export function parseSelectorList(text: string, checker: SelectorChecker = defaultDocument()): SelectorListResult {
  const selectors: string[] = [];
  const bad: SelectorListResult['bad'] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    if (!isValidSelector(line, checker)) bad.push({ line: index + 1, text: line });
    else if (!selectors.includes(line)) selectors.push(line);
  });
  return { selectors, bad, tooMany: selectors.length > SETTINGS_SCHEMA.hideSelectors.maxPerOrigin };
}
