import type { Article } from '../article';

/** "The Local · AFP": the publication, then the wire agency when there is one and it differs. */
export function sourceLine(article: Pick<Article, 'site' | 'agency'>): string {
  const parts = [article.site, article.agency].filter((p): p is string => !!p);
  if (parts.length === 2 && parts[0]!.toLowerCase() === parts[1]!.toLowerCase()) parts.pop();
  return parts.join(' · ');
}

/** The credit as a reader sees it under a photo. */
export function creditLine(credit: string): string {
  return credit ? `Photo: ${credit}` : '';
}
