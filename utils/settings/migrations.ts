import { isPlainObject } from './validate';

// Stored-format migrations: version N's function turns a version N-1 value into a version N value.
// WXT runs them when the item is defined; when one throws, WXT only logs it and keeps the old value, so
// readSettings() validates whatever comes out, and migrateValue() below retries them safely in memory.

export type Migration = (old: unknown) => unknown;
export type MigrationTable = Readonly<Record<number, Migration>>;

/**
 * v1 -> v2. Version 1 was the draft format: `autoClean` a boolean, `sites` bare host names ("lemonde.fr").
 * Version 2 has the three-way mode and full origins. Tolerant of values already in the v2 shape (a value written
 * without WXT's version record is taken as v1).
 */
function toV2(old: unknown): unknown {
  if (!isPlainObject(old)) return old;
  const next: Record<string, unknown> = { ...old };
  if (typeof old.autoClean === 'boolean') next.autoClean = old.autoClean ? 'sites' : 'off';
  if (Array.isArray(old.sites)) {
    next.sites = old.sites.map((site) =>
      typeof site === 'string' && site && !site.includes('://') ? `https://${site}` : site,
    );
  }
  return next;
}

export const SETTINGS_MIGRATIONS: MigrationTable = {
  2: toV2,
};

/**
 * Runs the migrations from `fromVersion` up to `toVersion` in memory, each on a copy. Stops at the first one that
 * throws and returns the last good value: validation then keeps every field that is still fine.
 */
export function migrateValue(
  value: unknown,
  fromVersion: number,
  toVersion: number,
  migrations: MigrationTable = SETTINGS_MIGRATIONS,
): { value: unknown; failedAt: number | null } {
  let current = value;
  for (let version = fromVersion + 1; version <= toVersion; version++) {
    const migrate = migrations[version];
    if (!migrate) continue;
    try {
      current = migrate(structuredClone(current)) ?? current;
    } catch {
      return { value: current, failedAt: version };
    }
  }
  return { value: current, failedAt: null };
}
