// Report of harvestMetadata against the shared corpus, for humans:
//   npx tsx tests/metadata/measure.ts [postlight|fidelity|readability|agencies ...] [--all]
// Prints each field's rate and the misses (--all prints every check). "agencies" lists every corpus page where an
// agency is found, with where it was read: the list to review for false agencies.
import { harvestMetadata } from '../../utils/metadata/metadata';
import { corpusPages, loadPage, scoreFidelity, scorePostlight, scoreReadability, type Score } from './corpus-score';

const args = process.argv.slice(2);
const showAll = args.includes('--all');
const wanted = args.filter((a) => !a.startsWith('--'));
const sets: Record<string, () => Score> = {
  postlight: () => scorePostlight(),
  fidelity: () => scoreFidelity(),
  readability: () => scoreReadability(),
};

for (const [name, run] of Object.entries(sets)) {
  if (wanted.length && !wanted.includes(name)) continue;
  const started = performance.now();
  const score = run();
  const fields = [...new Set(score.checks.map((c) => c.field))];
  console.log(`\n== ${name} (${Math.round(performance.now() - started)} ms)`);
  for (const field of fields) {
    const r = score.rate(field);
    console.log(`${field.padEnd(10)} ${r.ok}/${r.total} = ${(r.rate * 100).toFixed(1)}%`);
  }
  for (const c of score.checks) {
    if ((c.ok && !showAll) || c.field.endsWith('-strict')) continue;
    console.log(`  ${c.ok ? 'ok  ' : 'MISS'} ${c.field.padEnd(9)} ${c.page.padEnd(30)} want ${JSON.stringify(c.expected)} got ${JSON.stringify(c.got)}${c.note && !c.ok ? `  ${c.note}` : ''}`);
  }
}

if (wanted.includes('agencies')) {
  console.log('\n== agencies found in the whole corpus');
  for (const { path, url } of corpusPages()) {
    const meta = harvestMetadata(loadPage(path, url), url);
    if (meta.agency) console.log(`${meta.agency.padEnd(12)} ${(meta.sources.agency ?? '').padEnd(15)} ${url.slice(0, 90)}  byline: ${meta.byline}`);
  }
}
