import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { MinifyOptions } from 'vite';
import { resolve } from 'node:path';
import { ARTIFACT_FILE, SHIPPED_FILTERS_DIR } from './utils/ads/artifact';
import { CONTENT_SCRIPT_FILES } from './utils/autoclean/constants';
import { OPEN_READER_COMMAND } from './utils/live/open-reader';
import { readabilityAsModule } from './scripts/readability-as-module';

// Size tuning of the two content scripts (entrypoints/extract.ts, entrypoints/autoclean.ts), which must each stay
// under CONTENT_SCRIPT_BUDGET_BYTES gzipped (tests/build/bundle-size.test.ts). Pages, popup and worker keep the
// default minifier settings: their size is not injected into anyone's page.

/** Entrypoint names of the content scripts (unlisted scripts: WXT writes entrypoints/<name>.ts to <name>.js). */
const CONTENT_SCRIPT_ENTRYPOINTS = new Set(CONTENT_SCRIPT_FILES.map((file) => file.replace(/\.js$/, '')));

/**
 * Readability's private members all start with one underscore (`_grabArticle`, `_readabilityDataTable`...) and are
 * spelled out in full at every use; the minifier may rename them, since nothing outside the bundle reads them: no
 * message, storage item or DOM API of ours has such a key. Double underscores (`__proto__`) are never touched.
 */
const MANGLED_PROPERTIES = /^_[A-Za-z]/;

const CONTENT_SCRIPT_MINIFY: MinifyOptions = {
  compress: { dropConsole: false, dropDebugger: true },
  mangle: true,
  mangleProps: { include: MANGLED_PROPERTIES },
};

// Preact has no WXT module: the preset is added as a plain Vite plugin.
export default defineConfig({
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // The EasyList artifact ships as a file the background fetches, not inlined into its bundle as base64;
    // its attribution ships beside it.
    'build:publicAssets': (_wxt, files) => {
      for (const name of [ARTIFACT_FILE, 'EASYLIST-ATTRIBUTION.md']) {
        files.push({ absoluteSrc: resolve(import.meta.dirname, 'utils/ads/data', name), relativeDest: `${SHIPPED_FILTERS_DIR}/${name}` });
      }
    },
    // Each unlisted script is built on its own: the content scripts get the tighter settings above.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => CONTENT_SCRIPT_ENTRYPOINTS.has(e.name))) return;
      config.plugins = [...(config.plugins ?? []), readabilityAsModule()];
      config.build ??= {};
      config.build.rolldownOptions ??= {};
      const output = config.build.rolldownOptions.output;
      if (Array.isArray(output)) return;
      config.build.rolldownOptions.output = { ...output, minify: CONTENT_SCRIPT_MINIFY };
    },
  },
  manifest: {
    name: 'Broadsheet',
    description: 'A clean view of news articles: the story, its source, photo credit and See Also links, without the ads.',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      [OPEN_READER_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Open the clean view of this page in a tab',
      },
    },
    browser_specific_settings: {
      gecko: { id: 'broadsheet@broadsheet.example' },
    },
  },
});
