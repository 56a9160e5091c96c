import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadPage } from './corpus-score';
import { harvestMetadata } from '../../utils/metadata/metadata';
const C = '/work/shared/corpus';
const pages: [string, string][] = [];
const gt = JSON.parse(readFileSync(join(C, 'aeb/ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
for (const [id, v] of Object.entries(gt)) { const p = join(C, 'aeb/html', `${id}.html.gz`); if (existsSync(p)) pages.push([p, v.url]); }
for (const f of readdirSync(join(C, 'postlight/fixtures'))) pages.push([join(C, 'postlight/fixtures', f), `https://${f.replace(/\.html$/, '')}/`]);
for (const d of readdirSync(join(C, 'readability/pages'))) pages.push([join(C, 'readability/pages', d, 'source.html'), `http://fakehost/${d}`]);
for (const f of readdirSync(join(C, 'defuddle/fixtures'))) pages.push([join(C, 'defuddle/fixtures', f), `https://${f.split('--')[1]?.replace(/\.html$/, '').replace(/-/, '/') ?? 'x.example'}`]);
const only = process.argv[2];
for (const [p, url] of pages) {
  if (only && !p.includes(only)) continue;
  try {
    const m = harvestMetadata(loadPage(p, url), url);
    if (m.agency || process.env.ALL) console.log('AGENCY', (m.agency ?? '-').padEnd(10), (m.sources.agency ?? '').padEnd(15), url.slice(0, 90), '| byline:', m.byline);
  } catch (e) { console.log('ERR', url, (e as Error).message); }
}
