// Data for auto-clean registration: names and patterns shared by the options page, the popup and the background.

/**
 * The extraction content script the popup and reader page inject on demand (entrypoints/extract.ts).
 * WXT writes an unlisted script entrypoints/<name>.ts to <name>.js; these two constants are the only places spelled.
 */
export const CONTENT_SCRIPT_FILE = 'extract.js';

/**
 * The auto-clean content script the background registers on auto-clean sites (entrypoints/autoclean.ts): ad
 * hiding in the live page only, a fraction of the extraction script's size, since it runs on every page load there.
 */
export const AUTOCLEAN_SCRIPT_FILE = 'autoclean.js';

/** Every content script the build ships (the size budget applies to each). */
export const CONTENT_SCRIPT_FILES: readonly string[] = [CONTENT_SCRIPT_FILE, AUTOCLEAN_SCRIPT_FILE];

/** Every script this module registers has an id starting with this, so unrelated registrations are never touched. */
export const SCRIPT_ID_PREFIX = 'broadsheet-autoclean:';

/** Id of the single registration used in 'all-news' mode (the content script then decides per page). */
export const ALL_NEWS_SCRIPT_ID = `${SCRIPT_ID_PREFIX}all-news`;

/** The broad host permission asked for only when the user picks 'all-news'. Must be in optional_host_permissions. */
export const ALL_SITES_PATTERNS: readonly string[] = ['http://*/*', 'https://*/*'];

/** Only pages served over these schemes can be auto-cleaned (no file:, chrome:, about:, data:, the web store...). */
export const ALLOWED_SCHEMES: readonly string[] = ['http:', 'https:'];

/** Scheme assumed when the user types a bare site name ("lemonde.fr"). */
export const DEFAULT_SCHEME = 'https:';

/**
 * When the registered script runs: after the DOM is parsed, before images and frames finish, so ad slots are hidden
 * early without waiting for the slowest ad server.
 */
export const REGISTERED_RUN_AT = 'document_end' as const;

/** Longest origin we accept ("https://" + a 253-character host name + a port fits). */
export const MAX_ORIGIN_LENGTH = 280;
