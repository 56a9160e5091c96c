import { JSDOM } from 'jsdom';
import type { Article } from '../utils/article';
import { elementToMarkdown } from '../utils/format/markdown';
import { creditLine, sourceLine } from '../utils/format/source-line';
import { sanitizeHtml } from '../utils/sanitize';

export type OutputFormat = 'text' | 'markdown' | 'html' | 'json';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'markdown', 'html', 'json'];

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function dateLine(article: Article): string {
  return article.published ? article.published.slice(0, 10) : '';
}

/** The lines above the body, shared by text and Markdown output. */
function headerLines(article: Article): string[] {
  return [
    sourceLine(article),
    article.byline ? `By ${article.byline}` : '',
    [dateLine(article), article.readingMinutes ? `${article.readingMinutes} min read` : ''].filter(Boolean).join(' · '),
  ].filter(Boolean);
}

function seeAlsoHeading(article: Article): string {
  return article.seeAlsoHeading?.replace(/[:\s]+$/, '') || 'See Also';
}

export function renderText(article: Article): string {
  const out = [article.title, '='.repeat(Math.min(article.title.length, 72)), ...headerLines(article), ''];
  const image = article.leadImage;
  if (image) {
    out.push(`[Photo] ${image.src}`);
    if (image.caption) out.push(image.caption);
    if (image.credit) out.push(creditLine(image.credit));
    out.push('');
  }
  out.push(article.text, '');
  if (article.seeAlso.length) {
    out.push(seeAlsoHeading(article), ...article.seeAlso.map((l) => `- ${l.title} <${l.href}>`), '');
  }
  out.push(`Original: ${article.url}`);
  return out.join('\n');
}

function bodyElement(article: Article): Element {
  const { document } = new JSDOM('').window;
  const container = document.createElement('div');
  // Parsed by jsdom with scripts off, and only after the sanitizer: no sink is fed raw page HTML.
  container.innerHTML = sanitizeHtml(article.html, document.defaultView as unknown as Window);
  return container;
}

export function renderMarkdown(article: Article): string {
  const md = (s: string) => s.replace(/([*_`[\]#<>])/g, '\\$1');
  const out = [`# ${md(article.title)}`, '', ...headerLines(article).map((l) => `_${md(l)}_  `), ''];
  const image = article.leadImage;
  if (image) {
    out.push(`![${md(image.alt)}](${encodeURI(image.src)})`, '');
    const under = [image.caption, image.credit && creditLine(image.credit)].filter(Boolean).map(md).join(' — ');
    if (under) out.push(`_${under}_`, '');
  }
  out.push(elementToMarkdown(bodyElement(article)), '');
  if (article.seeAlso.length) {
    out.push(`## ${md(seeAlsoHeading(article))}`, '', ...article.seeAlso.map((l) => `- [${md(l.title)}](${encodeURI(l.href)})`), '');
  }
  out.push(`[Original article](${encodeURI(article.url)})`);
  return out.join('\n');
}

export function renderHtml(article: Article): string {
  const { document } = new JSDOM('').window;
  const win = document.defaultView as unknown as Window;
  const image = article.leadImage;
  const figure = image
    ? sanitizeHtml(
        `<figure><img src="${escapeHtml(image.src)}" alt="${escapeHtml(image.alt)}"><figcaption>${escapeHtml(image.caption)}` +
          (image.credit ? ` <small class="credit">${escapeHtml(creditLine(image.credit))}</small>` : '') +
          '</figcaption></figure>',
        win,
      )
    : '';
  const seeAlso = article.seeAlso.length
    ? sanitizeHtml(
        `<aside><h2>${escapeHtml(seeAlsoHeading(article))}</h2><ul>` +
          article.seeAlso.map((l) => `<li><a href="${escapeHtml(l.href)}">${escapeHtml(l.title)}</a></li>`).join('') +
          '</ul></aside>',
        win,
      )
    : '';
  const dir = article.dir ? ` dir="${article.dir}"` : '';
  const lang = article.lang ? ` lang="${escapeHtml(article.lang)}"` : '';
  return [
    `<!doctype html><html${lang}${dir}><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: http:; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(article.title)}</title></head><body><article>`,
    `<h1>${escapeHtml(article.title)}</h1>`,
    ...headerLines(article).map((l) => `<p class="meta">${escapeHtml(l)}</p>`),
    figure,
    sanitizeHtml(article.html, win),
    seeAlso,
    `<p><a href="${escapeHtml(article.url)}" rel="noopener noreferrer">Original article</a></p>`,
    '</article></body></html>',
  ].join('\n');
}

export function render(article: Article, format: OutputFormat): string {
  switch (format) {
    case 'markdown':
      return renderMarkdown(article);
    case 'html':
      return renderHtml(article);
    case 'json':
      return JSON.stringify(article, null, 2);
    default:
      return renderText(article);
  }
}
