// Words for settings problems a user may see (import refusals, save errors). Data: render as text only.

import type { FieldProblem } from './validate';

export type ImportError =
  | 'too-large'
  | 'not-json'
  | 'not-settings-file'
  | 'bad-version'
  | 'newer-version'
  | 'migration-failed'
  | 'unknown-fields'
  | 'bad-fields'
  | 'too-big-for-sync';

/** `{name}` placeholders are filled by formatMessage. */
export const IMPORT_ERROR_MESSAGES: Readonly<Record<ImportError, string>> = {
  'too-large': 'This file is too large to be a Broadsheet settings file ({bytes} bytes; at most {max}).',
  'not-json': 'This file is not valid JSON, so it is not a Broadsheet settings file: {detail}',
  'not-settings-file': 'This JSON file is not a Broadsheet settings export (it has no "format": "{format}" and "settings" object).',
  'bad-version': 'This settings file has no valid format version.',
  'newer-version':
    'This settings file was made by a newer version of Broadsheet (format {version}; this one reads up to {supported}). Update the extension, then import it again.',
  'migration-failed': 'This settings file is in an old format that could not be converted (step to version {version} failed).',
  'unknown-fields': 'This settings file has settings Broadsheet does not know: {fields}.',
  'bad-fields': 'These settings in the file are not valid: {fields}.',
  'too-big-for-sync': 'These settings are too large to sync ({bytes} bytes; at most {max}). Remove some sites or selectors from the file.',
};

/** How a field problem is named in a message. */
export const FIELD_PROBLEM_WORDS: Readonly<Record<FieldProblem, string>> = {
  type: 'wrong type or value',
  range: 'out of range',
  entries: 'invalid entries',
  'too-many': 'too many entries',
};

/** Fills `{name}` placeholders; unknown names are left as they are. */
export function formatMessage(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}
