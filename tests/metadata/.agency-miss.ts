import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadPage } from './corpus-score';
import { harvestMetadata } from '../../utils/metadata/metadata';
import { agencyFromDateline } from '../../utils/metadata/agency';
const C = '/work/shared/corpus';
const gt = JSON.parse(readFileSync(join(C, 'aeb/ground-truth.json'), 'utf8')) as Record<string, { url: string; articleBody: string }>;
const RX = /\b(AP|AFP|Reuters|Associated Press|dpa|Agence France|Bloomberg|PTI|IANS|UPI|Xinhua|EFE|ANSA|PA)\b/;
for (const [id, v] of Object.entries(gt)) {
  const body = v.articleBody ?? '';
  const head = body.slice(0, 250); const tail = body.slice(-250);
  if (!RX.test(head) && !RX.test(tail)) continue;
  const p = join(C, 'aeb/html', `${id}.html.gz`); if (!existsSync(p)) continue;
  const m = harvestMetadata(loadPage(p, v.url), v.url);
  const dl = agencyFromDateline(body.split('\n')[0] ?? '');
  console.log(`${(m.agency ?? '-').padEnd(8)} dl=${(dl ?? '-').padEnd(8)} ${v.url.slice(0, 70)}\n   HEAD ${head.replace(/\s+/g, ' ').slice(0, 160)}\n   TAIL ${tail.replace(/\s+/g, ' ').slice(-140)}`);
}
