// The contracts every stage and every face agree on. All of it is plain, JSON-safe data.

export type PageKind = 'news' | 'article' | 'other';

export interface DetectionSignal {
  /** Short machine name, e.g. "jsonld-type", "og-type", "url-date", "listing-page". */
  name: string;
  /** Contribution to the score; negative signals are below zero. */
  weight: number;
  /** What was seen, for humans ("NewsArticle", "/2016/10/15/"). Page-derived: render as text only. */
  detail?: string;
}

export interface Detection {
  kind: PageKind;
  score: number;
  signals: DetectionSignal[];
}

export interface LeadImage {
  src: string;
  alt: string;
  caption: string;
  credit: string;
}

export interface SeeAlsoLink {
  title: string;
  href: string;
}

/** One thing the pipeline took out of the page, and why (a debug record, like defuddle's). */
export interface Removal {
  stage: 'ads' | 'labels' | 'postclean';
  reason: string;
  /** A short description of the node ("div.ad-slot", or its first words). */
  what: string;
}

export interface StageTimings {
  detect: number;
  harvest: number;
  ads: number;
  readability: number;
  postclean: number;
  total: number;
}

export interface Article {
  title: string;
  site: string | null;
  agency: string | null;
  byline: string | null;
  /** ISO 8601, or null when the page gives no date. */
  published: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  leadImage: LeadImage | null;
  /** Article body HTML. Not trusted: sanitize in the document that displays it. */
  html: string;
  text: string;
  seeAlso: SeeAlsoLink[];
  seeAlsoHeading: string | null;
  wordCount: number;
  readingMinutes: number;
  url: string;
  removed: Removal[];
  timingsMs: StageTimings;
}

export type NoArticleReason = 'not-an-article' | 'too-large' | 'no-content' | 'no-body';

export interface PipelineResult {
  detection: Detection;
  article: Article | null;
  /** Set when article is null: why, in words a user can read. */
  reason: NoArticleReason | null;
  message: string | null;
  timingsMs: StageTimings;
}

/** What the page says about itself that finishing the Article needs (page-derived strings, read before cleaning). */
export interface PageFacts {
  title: string | null;
  site: string | null;
  byline: string | null;
  /** The page shows a byline slot naming no person (only the outlet or an agency): take no byline from elsewhere. */
  bylineShown: boolean;
  /** ISO 8601 */
  published: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  agency: string | null;
}

/** Everything the page's half of the pipeline takes out of the page before the story text is extracted. */
export interface PageHarvest {
  facts: PageFacts;
  leadImage: LeadImage | null;
  seeAlso: SeeAlsoLink[];
  seeAlsoHeading: string | null;
  removed: Removal[];
}

/**
 * The page's half of the pipeline as it travels from the content script to the view that finishes it: the harvest
 * and the cleaned copy of the page (ads, lead photo and See Also taken out), serialized.
 */
export interface PreparedPage extends PageHarvest {
  url: string;
  /** The cleaned page as an HTML document. Not trusted: parse it inert, sanitize what is shown of it. */
  html: string;
  timingsMs: StageTimings;
}

/** The content script's answer: a prepared page, or no article and why. Mirrors PipelineResult. */
export interface PreparedResult {
  detection: Detection;
  page: PreparedPage | null;
  reason: NoArticleReason | null;
  message: string | null;
  timingsMs: StageTimings;
}
