// Build the committed ad-filter artifact: EasyList's cosmetic (element-hiding) rules compiled by @ghostery/adblocker,
// serialized and gzipped, with its attribution. Run with `npm run filters` (or `npm run filters -- path/to/easylist.txt`).
//
// No npm package ships EasyList; Debian's webext-ublock-origin-chromium does. The package is only downloaded and
// unpacked into a temporary folder, never installed: installing it would put uBlock Origin into the test Chromium.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ENGINE_VERSION, FiltersEngine } from '@ghostery/adblocker';
import { ARTIFACT_FILE, META_FILE, type ArtifactMeta } from '../utils/ads/artifact';
import { DATA_DIR } from '../utils/ads/engine-node';

const DEBIAN_PACKAGE = 'webext-ublock-origin-chromium';
/** Where the package keeps EasyList, relative to the unpacked root. */
const EASYLIST_IN_PACKAGE = 'usr/share/chromium/extensions/ublock-origin/assets/thirdparties/easylist/easylist.txt';
/** Highest gzip level: the artifact is built once and read many times. */
const GZIP_LEVEL = 9;
const ATTRIBUTION_FILE = 'EASYLIST-ATTRIBUTION.md';

/**
 * Adblock Plus procedural pseudo-classes that plain CSS can say too. A `#?#` rule using only these is rewritten as an
 * ordinary `##` rule, so the runtime needs nothing but CSS selectors. Text-matching ones (`:-abp-contains`,
 * `:has-text`) and `:-abp-properties` cannot be CSS and are left out.
 */
const CSS_EQUIVALENTS: ReadonlyArray<readonly [string, string]> = [[':-abp-has(', ':has(']];
/** Procedural pseudo-classes with no CSS equivalent. */
const NOT_CSS = /:(?:-abp-contains|-abp-properties|has-text|contains|matches-css|matches-attr|matches-path|xpath|upward|remove|style|min-text-length|nth-ancestor|watch-attr)\(/;

interface Source {
  text: string;
  origin: string;
  debVersion: string | null;
  /** Modification time of easylist.txt as shipped (the list's own "Last modified" is a template placeholder in Debian's copy). */
  fileDate: string;
  cleanup: () => void;
}

function fromDebian(): Source {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-easylist-'));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    execFileSync('apt-get', ['download', DEBIAN_PACKAGE], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
    const deb = readdirSync(dir).find((name) => name.endsWith('.deb'));
    if (!deb) throw new Error(`apt-get download ${DEBIAN_PACKAGE} left no .deb file`);
    const debPath = join(dir, deb);
    const debVersion = execFileSync('dpkg-deb', ['-f', debPath, 'Version'], { encoding: 'utf8' }).trim();
    const root = join(dir, 'root');
    execFileSync('dpkg-deb', ['-x', debPath, root]);
    const file = join(root, EASYLIST_IN_PACKAGE);
    return {
      text: readFileSync(file, 'utf8'),
      origin: `Debian package ${DEBIAN_PACKAGE} ${debVersion}, ${EASYLIST_IN_PACKAGE}`,
      debVersion,
      fileDate: statSync(file).mtime.toISOString().slice(0, 10),
      cleanup,
    };
  } catch (error) {
    cleanup();
    throw new Error(
      `Could not get EasyList from Debian (${(error as Error).message}). ` +
        'Pass the path of an easylist.txt instead: npm run filters -- path/to/easylist.txt',
    );
  }
}

function fromFile(path: string): Source {
  const file = resolve(path);
  return {
    text: readFileSync(file, 'utf8'),
    origin: `local file ${path}`,
    debVersion: null,
    fileDate: statSync(file).mtime.toISOString().slice(0, 10),
    cleanup: () => {},
  };
}

/** A header field of the list ("! Title: EasyList"), or null when absent or left as a template placeholder. */
function headerField(text: string, name: string): string | null {
  const m = new RegExp(`^! ${name}: *(.*)$`, 'm').exec(text.slice(0, 5_000));
  const value = m?.[1]?.trim();
  return value && !/^%\w+%$/.test(value) ? value : null;
}

interface Prepared {
  text: string;
  cosmeticLines: number;
  proceduralRewritten: number;
  proceduralSkipped: number;
}

/** Keep only element-hiding lines; rewrite procedural rules plain CSS can express, drop the others. */
function prepare(text: string): Prepared {
  const out: string[] = [];
  let cosmeticLines = 0;
  let proceduralRewritten = 0;
  let proceduralSkipped = 0;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('!') || line.startsWith('[')) continue;
    const procedural = line.indexOf('#?#');
    if (procedural >= 0) {
      let selector = line.slice(procedural + 3);
      for (const [from, to] of CSS_EQUIVALENTS) selector = selector.split(from).join(to);
      if (NOT_CSS.test(selector) || selector.includes(':-abp-')) {
        proceduralSkipped += 1;
        continue;
      }
      out.push(`${line.slice(0, procedural)}##${selector}`);
      proceduralRewritten += 1;
      cosmeticLines += 1;
      continue;
    }
    if (/#@?#|#\$#/.test(line)) {
      out.push(line);
      cosmeticLines += 1;
    }
  }
  return { text: out.join('\n'), cosmeticLines, proceduralRewritten, proceduralSkipped };
}

function attribution(meta: ArtifactMeta): string {
  return `# EasyList attribution

\`${ARTIFACT_FILE}\` is a compiled form of the element-hiding (cosmetic) rules of **EasyList**, made by
\`scripts/build-filters.ts\` (\`npm run filters\`) with @ghostery/adblocker (engine format ${meta.engineVersion}).
Broadsheet uses it to find advertising blocks in a page it cleans.

- List: ${meta.listTitle ?? 'EasyList'}, Copyright (C) the EasyList authors, https://easylist.to/
- Licence: EasyList is dual licensed under the GNU General Public License version 3 or later
  (https://www.gnu.org/licenses/gpl-3.0.html) and the Creative Commons Attribution-ShareAlike 3.0 Unported licence
  or later (https://creativecommons.org/licenses/by-sa/3.0/); see https://easylist.to/pages/licence.html.
  This compiled artifact is a derivative of EasyList and is distributed under the same terms.
- Source: ${meta.source}
- List date: ${meta.listLastModified ?? `the list's "Last modified" field is a template placeholder in this copy; the file is dated ${meta.fileDate}`}
- Changes made: only cosmetic rules are kept (network rules are dropped); Adblock Plus procedural rules that plain CSS
  can express (\`:-abp-has(\` -> \`:has(\`) are rewritten as ordinary element-hiding rules
  (${meta.proceduralRewritten} rules); procedural rules that match text or styles are left out (${meta.proceduralSkipped} rules).
- Contents: ${meta.cosmeticLines} cosmetic rule lines; ${meta.serializedBytes} bytes serialized, ${meta.gzipBytes} bytes gzipped;
  SHA-256 of the gzipped file: ${meta.sha256}.

The rest of Broadsheet is not a derivative of EasyList; it only reads this data file.
`;
}

function main(): void {
  const pathArg = process.argv[2];
  const source = pathArg ? fromFile(pathArg) : fromDebian();
  try {
    const title = headerField(source.text, 'Title');
    if (!title || !/easylist/i.test(title)) throw new Error(`${source.origin} does not look like EasyList (title: ${title})`);
    const prepared = prepare(source.text);

    let t = performance.now();
    const engine = FiltersEngine.parse(prepared.text, { loadNetworkFilters: false, loadCosmeticFilters: true });
    const parseMs = performance.now() - t;
    const serialized = engine.serialize();
    const gz = gzipSync(serialized, { level: GZIP_LEVEL });
    t = performance.now();
    FiltersEngine.deserialize(serialized); // the artifact must load with this engine version
    const deserializeMs = performance.now() - t;

    const meta: ArtifactMeta = {
      listTitle: title,
      listLastModified: headerField(source.text, 'Last modified'),
      fileDate: source.fileDate,
      source: source.origin,
      debVersion: source.debVersion,
      engineVersion: ENGINE_VERSION,
      cosmeticLines: prepared.cosmeticLines,
      proceduralRewritten: prepared.proceduralRewritten,
      proceduralSkipped: prepared.proceduralSkipped,
      serializedBytes: serialized.length,
      gzipBytes: gz.length,
      sha256: createHash('sha256').update(gz).digest('hex'),
    };
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(join(DATA_DIR, ARTIFACT_FILE), gz);
    writeFileSync(join(DATA_DIR, META_FILE), `${JSON.stringify(meta, null, 2)}\n`);
    writeFileSync(join(DATA_DIR, ATTRIBUTION_FILE), attribution(meta));
    console.log(
      `${meta.listTitle}: ${meta.cosmeticLines} cosmetic lines (${meta.proceduralRewritten} procedural rewritten as CSS, ` +
        `${meta.proceduralSkipped} skipped) from ${meta.source}\n` +
        `parse ${parseMs.toFixed(0)} ms, serialized ${meta.serializedBytes} B, gzipped ${meta.gzipBytes} B, ` +
        `deserialize ${deserializeMs.toFixed(1)} ms -> ${join(DATA_DIR, ARTIFACT_FILE)}`,
    );
  } finally {
    source.cleanup();
  }
}

main();
