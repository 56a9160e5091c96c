import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { cleanDocument, parseHtml } from './page';
import { PageReadError, readPage } from './read-page';
import { OUTPUT_FORMATS, render, type OutputFormat } from './render';

// The command line behind: npm run -s clean -- <page.html|page.html.gz|-> [--url URL] [--format text|markdown|html|json] [--force]
// The command line behind: npm run -s clean -- --batch list.tsv      (lines: path<TAB>url; one JSON object per line out)

const USAGE = `usage: npm run -s clean -- [page.html | page.html.gz | -] [--url URL] [--format ${OUTPUT_FORMATS.join('|')}] [--force]
       npm run -s clean -- --batch list.tsv
With no page, cleans the sample page that ships with Broadsheet.`;

export const SAMPLE_PAGE = resolve(import.meta.dirname, '../tests/fixtures/seed-page.html');
const SAMPLE_URL = 'https://www.thelocal.ch/20161015/new-talks-in-lausanne-to-break-syria-deadlock';

/** The page's own address when it states one (canonical, og:url), else the file's. */
function pageUrl(doc: Document, path: string): string {
  for (const value of [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ]) {
    try {
      if (value && /^https?:/i.test(value)) return new URL(value).href;
    } catch {
      // not a URL: try the next one
    }
  }
  return path === '-' ? 'file:///dev/stdin' : pathToFileURL(resolve(path)).href;
}

function validUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    throw new PageReadError(`--url is not a valid URL: ${url}`);
  }
}

function cleanFile(path: string, url: string | undefined, force: boolean) {
  const html = readPage(path);
  // Parse once with a provisional URL, then re-parse with the real one so links resolve against it.
  const finalUrl = url ? validUrl(url) : pageUrl(parseHtml(html, 'about:blank'), path);
  const doc = parseHtml(html, finalUrl);
  // This parse is ours alone: the pipeline may work on it rather than on a copy.
  return { url: finalUrl, result: cleanDocument(doc, finalUrl, { force, consumeDocument: true }) };
}

function runBatch(listPath: string, force: boolean): number {
  let list: string;
  try {
    list = readFileSync(listPath, 'utf8');
  } catch (error) {
    console.error(`broadsheet: cannot read batch list ${listPath}: ${(error as Error).message}`);
    return 2;
  }
  const base = dirname(resolve(listPath));
  for (const line of list.split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [file = '', url] = line.split('\t');
    const path = resolve(base, file.trim());
    try {
      const { url: used, result } = cleanFile(path, url?.trim() || undefined, force);
      const { article } = result;
      const error = article ? undefined : result.message;
      const removed = article?.removed ?? [];
      console.log(JSON.stringify({ file, url: used, detection: result.detection, article, removed, timingsMs: result.timingsMs, ...(error && { error }) }));
    } catch (error) {
      // One bad page never stops a batch.
      console.log(JSON.stringify({ file, url: url?.trim() || null, error: (error as Error).message }));
    }
  }
  return 0;
}

export function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        format: { type: 'string', default: 'text' },
        batch: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`broadsheet: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.batch) return runBatch(values.batch, values.force);
  const format = values.format as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) {
    console.error(`broadsheet: unknown format "${values.format}"\n${USAGE}`);
    return 2;
  }
  if (positionals.length > 1) {
    console.error(`broadsheet: one page at a time (use --batch for many)\n${USAGE}`);
    return 2;
  }
  const path = positionals[0] ?? SAMPLE_PAGE;
  const url = values.url ?? (positionals[0] ? undefined : SAMPLE_URL);
  try {
    const { result } = cleanFile(path, url, values.force);
    if (!result.article) {
      if (format === 'json') console.log(JSON.stringify(result, null, 2));
      console.error(`broadsheet: no article in ${path}: ${result.message}`);
      return 1;
    }
    console.log(render(result.article, format));
    return 0;
  } catch (error) {
    if (error instanceof PageReadError) {
      console.error(`broadsheet: ${error.message}`);
      return 1;
    }
    throw error;
  }
}


