import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Preact has no WXT module: the preset is added as a plain Vite plugin.
export default defineConfig({
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Broadsheet',
    description: 'A clean view of news articles: the story, its source, photo credit and See Also links, without the ads.',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      'open-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Open the clean view of this page in a tab',
      },
    },
    browser_specific_settings: {
      gecko: { id: 'broadsheet@broadsheet.example' },
    },
  },
});
