import { readFileSync } from 'node:fs';
const gt = JSON.parse(readFileSync('/work/shared/corpus/aeb/ground-truth.json', 'utf8')) as Record<string, { url: string }>;
const q = process.argv[2]!;
for (const [id, v] of Object.entries(gt)) if (v.url.includes(q)) console.log(`/work/shared/corpus/aeb/html/${id}.html.gz ${v.url}`);
