import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkHtmlSinks, scanSource } from '../../scripts/check-html-sinks';

// The check script over the real tree (must pass), and over files with violations (must fail, naming file:line).

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SCRIPT = join(ROOT, 'scripts/check-html-sinks.ts');
const tmp = mkdtempSync(join(tmpdir(), 'broadsheet-sinks-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function runCli(args: string[]) {
  return spawnSync(TSX, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

describe('scripts/check-html-sinks.ts', () => {
  it('passes on entrypoints/, components/ and utils/', () => {
    const { files, violations } = checkHtmlSinks(undefined, ROOT);
    expect(violations.map((v) => `${v.file}:${v.line}: ${v.message}`)).toEqual([]);
    expect(files).toBeGreaterThan(5);
    const cli = runCli([]);
    expect(cli.status, cli.stderr).toBe(0);
  });

  it('fails on a file with a violation, printing file:line', () => {
    const file = join(tmp, 'bad.tsx');
    writeFileSync(
      file,
      [
        "import { sanitizeHtml } from './sanitize';",
        'export function View({ html }: { html: string }) {',
        '  return <div dangerouslySetInnerHTML={{ __html: html }} />;',
        '}',
      ].join('\n'),
    );
    const cli = runCli([tmp]);
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain('bad.tsx:3:');
    expect(cli.stderr).toContain('dangerouslySetInnerHTML');
  });

  const bad: [string, string][] = [
    ['innerHTML assignment', 'el.innerHTML = html;'],
    ['outerHTML assignment', 'el.outerHTML = `<p>${x}</p>`;'],
    ['innerHTML +=', 'el.innerHTML += sanitizeHtml(x, window);'],
    ['computed innerHTML', "el['innerHTML'] = html;"],
    ['wrapped sanitizer result', 'el.innerHTML = String(sanitizeHtml(x, window));'],
    ['sanitizer result through a variable', 'const safe = sanitizeHtml(x, window); el.innerHTML = safe;'],
    ['insertAdjacentHTML', "el.insertAdjacentHTML('beforeend', html);"],
    ['document.write', "document.write('<p>x</p>');"],
    ['doc.writeln', 'win.document.writeln(html);'],
    ['createContextualFragment', 'range.createContextualFragment(html);'],
    ['setHTMLUnsafe', 'el.setHTMLUnsafe(html);'],
    ['srcdoc', 'frame.srcdoc = html;'],
    ['Object.assign innerHTML', 'Object.assign(el, { innerHTML: html });'],
    ['props object dangerouslySetInnerHTML', 'const p = { dangerouslySetInnerHTML: { __html: html } };'],
    ['eval', 'eval(code);'],
    ['window.eval', 'window.eval(code);'],
    ['new Function', "new Function('a', 'return a');"],
    ['Function()', "Function('return 1')();"],
    ['setTimeout string', "setTimeout('tick()', 10);"],
    ['setInterval template', 'window.setInterval(`tick(${n})`, 10);'],
    ['setAttribute onclick', "el.setAttribute('onclick', 'go()');"],
  ];
  it.each(bad)('flags %s', (_what, code) => {
    const found = scanSource('x.ts', code);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]?.line).toBe(1);
  });

  it('flags JSX innerHTML and a dangerouslySetInnerHTML fed from anything but sanitizeHtml', () => {
    expect(scanSource('x.tsx', 'const a = <div innerHTML={html} />;')).toHaveLength(1);
    expect(scanSource('x.tsx', 'const a = <div dangerouslySetInnerHTML={props} />;')).toHaveLength(1);
    expect(scanSource('x.tsx', 'const a = <div dangerouslySetInnerHTML={{ __html: clean(x) }} />;')).toHaveLength(1);
  });

  it('allows sanitizeHtml results, reads, comments, strings and timers with functions', () => {
    const ok = [
      'const a = <div dangerouslySetInnerHTML={{ __html: sanitizeHtml(x, window) }}>Don\'t</div>;',
      'el.innerHTML = sanitizeHtml(html, window, { images: false });',
      '(el as HTMLElement).innerHTML = (sanitizeHtml(x, win) as string);',
      "el.insertAdjacentHTML('beforeend', sanitizeHtml(x, window));",
      'const s = el.outerHTML + el.innerHTML;',
      'const html = sanitizeHtml(content.outerHTML, win);',
      '// el.innerHTML = x; document.write(y); eval(z)',
      'const msg = "never el.innerHTML = x or eval(y)";',
      'setTimeout(() => tick(), 10); window.setTimeout(tick, 5);',
      "el.setAttribute('href', url);",
      'const fn = obj.eval; const t = { write: 1 }; stream.write(chunk);',
    ].join('\n');
    expect(scanSource('ok.tsx', ok)).toEqual([]);
  });

  it('reports a file it cannot parse instead of passing it', () => {
    const found = scanSource('broken.ts', 'el.innerHTML = (;');
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/cannot parse/);
  });
});
