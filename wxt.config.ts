import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { ARTIFACT_FILE, SHIPPED_FILTERS_DIR } from './utils/ads/artifact';
import { OPEN_READER_COMMAND } from './utils/live/open-reader';
import { readabilityAsModule } from './scripts/readability-as-module';

export default defineConfig({
  vite: () => ({
    // Preact has no WXT module: the preset is added as a plain Vite plugin. Readability (run by the views, which
    // finish the Article from what the content script sent) is built from its parser file alone, without logging.
    plugins: [preact(), readabilityAsModule()],
  }),
  hooks: {
    // The EasyList artifact ships as a file the background fetches, not inlined into its bundle as base64;
    // its attribution ships beside it.
    'build:publicAssets': (_wxt, files) => {
      for (const name of [ARTIFACT_FILE, 'EASYLIST-ATTRIBUTION.md']) {
        files.push({ absoluteSrc: resolve(import.meta.dirname, 'utils/ads/data', name), relativeDest: `${SHIPPED_FILTERS_DIR}/${name}` });
      }
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
