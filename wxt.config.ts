import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { parseSync, Visitor, type MinifyOptions, type Plugin } from 'vite';
import { resolve } from 'node:path';
import { ARTIFACT_FILE, SHIPPED_FILTERS_DIR } from './utils/ads/artifact';
import { CONTENT_SCRIPT_FILES } from './utils/autoclean/constants';
import { OPEN_READER_COMMAND } from './utils/live/open-reader';

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

/** Readability's parser file: the package's index also requires its readerable test, which we never import. */
const READABILITY_PACKAGE = '@mozilla/readability';
const READABILITY_PARSER = '@mozilla/readability/Readability.js';
const READABILITY_MODULE = /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/;

type Span = [start: number, end: number, replacement: string];

/**
 * Readability for the content scripts, as an ES module of the parser alone:
 * - `import { Readability } from '@mozilla/readability'` gets Readability.js, not the CommonJS index, which also
 *   requires `isProbablyReaderable` (a bundler cannot drop half of a CommonJS exports object; detection measures
 *   the same thing in its own pass);
 * - its `module.exports = Readability` tail becomes `export { Readability }`, so no CommonJS wrapper is bundled;
 * - its ~20 `this.log(...)` statements go: they build long messages (and serialize the whole article once per
 *   parse) even with debugging off, which we never turn on.
 * The build fails if the tail is not found (a Readability release changed shape): nothing is guessed.
 */
function readabilityAsModule(): Plugin {
  return {
    name: 'broadsheet:readability-as-module',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === READABILITY_PACKAGE ? this.resolve(READABILITY_PARSER, importer, { skipSelf: true }) : null;
    },
    transform(code, id) {
      if (!READABILITY_MODULE.test(id)) return null;
      const { program } = parseSync(id, code);
      const spans: Span[] = [];
      for (const statement of program.body) {
        // if (typeof module === "object") { module.exports = Readability; }
        if (statement.type === 'IfStatement' && code.slice(statement.test.start, statement.test.end).replace(/\s+/g, '') === 'typeofmodule==="object"') {
          spans.push([statement.start, statement.end, 'export { Readability };']);
        }
      }
      if (spans.length !== 1) throw new Error(`${id}: expected one CommonJS export tail, found ${spans.length}`);
      new Visitor({
        ExpressionStatement(node) {
          const call = node.expression;
          if (call.type !== 'CallExpression' || call.callee.type !== 'MemberExpression') return;
          const { object, property } = call.callee;
          if (object.type === 'ThisExpression' && property.type === 'Identifier' && property.name === 'log') spans.push([node.start, node.end, ';']);
        },
      }).visit(program);
      let out = code;
      for (const [start, end, replacement] of spans.sort((x, y) => y[0] - x[0])) out = out.slice(0, start) + replacement + out.slice(end);
      return { code: out, map: null };
    },
  };
}

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
