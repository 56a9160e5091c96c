import { memo } from 'preact/compat';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '@/utils/article';
import { creditLine, sourceLine } from '@/utils/format/source-line';
import { sanitizeHtml } from '@/utils/sanitize';
import type { Settings } from '@/utils/settings/schema';
import { bylineLabel, formatPublished, readingTimeLabel, viewImage, viewLink } from './format';

// The clean view of one article, shared by the popup and the reader page. Every page-derived string is rendered as
// text (Preact escapes it); the body is the only HTML, and it comes straight out of the sanitizer, run here, in the
// document that shows it, right before it is shown.

export type ViewSettings = Pick<
  Settings,
  'showImages' | 'showCaptions' | 'showCredits' | 'showSeeAlso' | 'showReadingTime' | 'remoteImages'
>;

interface BodyProps {
  html: string;
  images: boolean;
}

/** Memoized: sanitizing a long article again on every settings change would be wasted work. */
const ArticleBody = memo(function ArticleBody({ html, images }: BodyProps) {
  const ref = useRef<HTMLDivElement>(null);
  // An image that fails to load (moved, blocked, a dead beacon left by a hostile page) is hidden, not shown broken.
  useLayoutEffect(() => {
    const body = ref.current;
    if (!body) return;
    const hideBroken = (event: Event) => {
      if (event.target instanceof HTMLImageElement) event.target.hidden = true;
    };
    body.addEventListener('error', hideBroken, true);
    // Any that failed before the listener was there (a cached failure).
    for (const img of Array.from(body.querySelectorAll('img'))) if (img.complete && img.naturalWidth === 0) img.hidden = true;
    return () => body.removeEventListener('error', hideBroken, true);
  }, [html, images]);
  return <div ref={ref} class="bs-body" dangerouslySetInnerHTML={{ __html: sanitizeHtml(html, window, { images }) }} />;
});

function LeadFigure({ article, settings }: { article: Article; settings: ViewSettings }) {
  // A photo that fails to load (gone, blocked, offline) leaves its caption and credit, not a broken-image box.
  const [failed, setFailed] = useState<string | null>(null);
  const image = article.leadImage;
  if (!image || !settings.showImages) return null;
  const candidate = settings.remoteImages ? viewImage(image.src) : null;
  const src = candidate && candidate !== failed ? candidate : null;
  const caption = settings.showCaptions ? image.caption : '';
  const credit = settings.showCredits ? image.credit : '';
  if (!src && !caption && !credit) return null;
  return (
    <figure class="bs-lead">
      {src && <img src={src} alt={image.alt} referrerpolicy="no-referrer" decoding="async" onError={() => setFailed(src)} />}
      {(caption || credit) && (
        <figcaption>
          {caption && <span class="bs-caption">{caption}</span>}
          {credit && <span class="bs-credit">{creditLine(credit)}</span>}
        </figcaption>
      )}
    </figure>
  );
}

function SeeAlso({ article }: { article: Article }) {
  const links = article.seeAlso.map((l) => ({ title: l.title, link: viewLink(l.href) })).filter((l) => l.title);
  if (!links.length) return null;
  const heading = article.seeAlsoHeading?.replace(/[:\s]+$/, '') || 'See Also';
  return (
    <nav class="bs-see-also" aria-label={heading}>
      <h2>{heading}</h2>
      <ul>
        {links.map(({ title, link }, i) => (
          <li key={i}>
            {link ? (
              <a href={link.href} target="_blank" rel="noopener noreferrer">
                {title}
              </a>
            ) : (
              <span>{title}</span>
            )}
            {link?.host && <span class="bs-host">{link.host}</span>}
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function ArticleView({ article, settings }: { article: Article; settings: ViewSettings }) {
  const source = sourceLine(article);
  const byline = bylineLabel(article.byline, article.agency);
  const date = formatPublished(article.published);
  const reading = settings.showReadingTime ? readingTimeLabel(article.readingMinutes) : null;
  const meta = [byline, date, reading].filter((x): x is string => !!x);
  const original = viewLink(article.url);
  return (
    <article class="bs-article" lang={article.lang ?? undefined} dir={article.dir ?? undefined}>
      <header class="bs-header">
        {source && <p class="bs-source">{source}</p>}
        <h1 class="bs-title">{article.title}</h1>
        {meta.length > 0 && (
          <p class="bs-meta">
            {meta.map((part, i) => (
              <span key={i}>{part}</span>
            ))}
          </p>
        )}
      </header>
      <LeadFigure article={article} settings={settings} />
      <ArticleBody html={article.html} images={settings.showImages && settings.remoteImages} />
      {settings.showSeeAlso && <SeeAlso article={article} />}
      {original && (
        <footer class="bs-original">
          <a href={original.href} target="_blank" rel="noopener noreferrer">
            Read the original on <strong>{original.host ?? 'the site'}</strong>
          </a>
        </footer>
      )}
    </article>
  );
}
