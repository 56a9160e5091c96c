import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/main';
import { decodePage, looksLikeHtml } from '../../cli/read-page';

const SEED = resolve(import.meta.dirname, '../fixtures/seed-page.html');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'broadsheet-cli-'));
});
afterEach(() => vi.restoreAllMocks());

/** Run main() in-process and collect what it printed. */
function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((s: unknown) => void out.push(String(s)));
  vi.spyOn(console, 'error').mockImplementation((s: unknown) => void err.push(String(s)));
  const code = main(argv);
  vi.restoreAllMocks();
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const NOT_AN_ARTICLE = '<!doctype html><html><head><title>Home</title></head><body><nav><a href="/a">A</a> <a href="/b">B</a></nav></body></html>';

describe('command line', () => {
  it('cleans the bundled sample page with no arguments', () => {
    const { code, out } = run();
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('New talks in Lausanne to break Syria deadlock');
    expect(out).toContain('Kerry and Lavrov joined envoys');
    expect(out).not.toMatch(/^Advertisement$/m);
  });

  it.each([
    ['json', (s: string) => JSON.parse(s).title === 'New talks in Lausanne to break Syria deadlock'],
    ['markdown', (s: string) => s.startsWith('# New talks in Lausanne') && /\n\n[A-Z]/.test(s)],
    ['html', (s: string) => s.startsWith('<!doctype html>') && s.includes('<h1>New talks in Lausanne') && !/<script/i.test(s)],
  ])('prints --format %s', (format, ok) => {
    const { code, out } = run(SEED, '--format', format, '--url', 'https://www.thelocal.ch/20161015/x');
    expect(code).toBe(0);
    expect(ok(out)).toBe(true);
  });

  it('reads gzipped pages', () => {
    const gz = join(dir, 'seed.html.gz');
    writeFileSync(gz, gzipSync(readFileSync(SEED)));
    const { code, out } = run(gz, '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(out).text).toContain('Lausanne');
  });

  it('gives a clear message and a non-zero exit for a missing file, a non-HTML file, a bad format and no article', () => {
    const notHtml = join(dir, 'data.bin');
    writeFileSync(notHtml, Buffer.from([0, 1, 2, 3, 0, 255]));
    const empty = join(dir, 'home.html');
    writeFileSync(empty, NOT_AN_ARTICLE);
    const missing = run(join(dir, 'nope.html'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no such file/);
    const binary = run(notHtml);
    expect(binary.code).toBe(1);
    expect(binary.err).toMatch(/does not look like an HTML page/);
    const noArticle = run(empty);
    expect(noArticle.code).toBe(1);
    expect(noArticle.err).toMatch(/no article/);
    expect(run(SEED, '--format', 'pdf').code).toBe(2);
  });

  it('runs a batch, one JSON line per page, a bad page never stopping it', () => {
    const list = join(dir, 'list.tsv');
    writeFileSync(join(dir, 'home2.html'), NOT_AN_ARTICLE);
    writeFileSync(list, [`${SEED}\thttps://www.thelocal.ch/20161015/x`, 'missing.html\thttps://example.com/', 'home2.html\thttps://example.com/'].join('\n'));
    const { code, out } = run('--batch', list);
    expect(code).toBe(0);
    const rows = out.split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(3);
    expect(rows[0].article.title).toBe('New talks in Lausanne to break Syria deadlock');
    expect(rows[0].detection.kind).not.toBe('other');
    expect(Object.keys(rows[0])).toEqual(expect.arrayContaining(['file', 'url', 'detection', 'article', 'removed', 'timingsMs']));
    expect(rows[1].error).toMatch(/no such file/);
    expect(rows[2].article).toBeNull();
    expect(rows[2].error).toBeTruthy();
  });

  it('decodes pages by their declared charset', () => {
    const sjis = Uint8Array.from([...Buffer.from('<html><head><meta charset="Shift_JIS"></head><body><p>'), 0x93, 0xfa, 0x96, 0x7b, ...Buffer.from('</p></body></html>')]);
    expect(decodePage(sjis)).toContain('日本');
    const cp1251 = Uint8Array.from([...Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><p>'), 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, ...Buffer.from('</p></body></html>')]);
    expect(decodePage(cp1251)).toContain('Привет');
    expect(looksLikeHtml('just some words')).toBe(false);
  });

  it('exits non-zero as a real process for a page without an article', () => {
    const empty = join(dir, 'home3.html');
    writeFileSync(empty, NOT_AN_ARTICLE);
    const root = resolve(import.meta.dirname, '../..');
    const proc = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'cli/clean.ts'), empty], { cwd: root, encoding: 'utf8' });
    expect(proc.status).toBe(1);
    expect(proc.stderr).toMatch(/broadsheet: no article/);
  });
});
