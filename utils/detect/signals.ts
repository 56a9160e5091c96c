// Data for page detection: every signal's weight, the thresholds, and the words, types, patterns and selectors
// the signals look for. The logic lives in detect.ts and its helpers; tune here.
//
// Each signal is a tuple [weight, news, marker?]:
// - weight: how much it says "this is one readable article" (positive) or "this is not" (negative). The sum over
//   all signals is the page's score; at or above ARTICLE_THRESHOLD the page is news or article, below it other.
// - news: how much it says "news story" (positive) versus "blog post, doc, essay, recipe" (negative). Only read
//   when the page is an article; at or above NEWS_THRESHOLD it is news.
// - marker (true or absent): the signal marks one article (a byline, a date, an article type, a headline slug, a
//   document outline). When no marker is present, prose alone is weak evidence (a marketing page, an app's help
//   panel): the page gets 'no-article-metadata'.
// Tuples and space-separated word lists (below) keep the shipped script small: a minifier cannot shorten object
// keys or string-array punctuation.

export type SignalSpec = readonly [weight: number, news: number, articleMarker?: true];

/** A set of words written as one space-separated string. */
function words(list: string): ReadonlySet<string> {
  return new Set(list.split(' '));
}

/** Every signal the detector can emit, by name. Weights are in "points"; see ARTICLE_THRESHOLD. */
const SIGNAL_TABLE = {
  // ---- structured data (JSON-LD and microdata): the page says what it is ----
  /** A NewsArticle-family type (NewsArticle, ReportageNewsArticle, LiveBlogPosting...) at the top of the page's data. */
  'jsonld-news': [4, 3, true],
  /** A generic Article type: could be either, so it only says "article". */
  'jsonld-article': [3.5, 0, true],
  /** BlogPosting, TechArticle, HowTo, Recipe...: an article that is not news. */
  'jsonld-nonnews-article': [3.5, -2.5, true],
  /** The page's main entity is a collection, an item list, a search result or a profile (WebSite alone does not
   *  count: sites put it on every page). */
  'jsonld-collection': [-4, 0],
  /** A product or offer is the main entity. */
  'jsonld-product': [-5, 0],
  /** A video is the main entity (no article type beside it). */
  'jsonld-video': [-4, 0],
  /** A forum post, a social post, a question page. */
  'jsonld-discussion': [-5, 0],
  /** The page declared JSON-LD that did not parse; types were read by pattern instead (no weight: a note). */
  'jsonld-malformed': [0, 0],

  // ---- OpenGraph and meta tags ----
  /** og:type article. */
  'og-article': [2, 0, true],
  /** og:type video.*: a video page. */
  'og-video': [-3, 0],
  /** og:type product. */
  'og-product': [-4, 0],
  /** og:type profile, object, or another non-article type (a repository, a user page...). The site says what the
   *  page is, as with og:video and og:product, and a README or a bio often has enough prose and headings to pass
   *  the body tests: it must outweigh readerable + an outline (a repository front page). */
  'og-nonarticle': [-3.5, 0],
  /** og:type website: common on home pages, but also on some article pages, so only a nudge. */
  'og-website': [-0.5, 0],
  /** A publication date in meta tags or structured data. */
  'published-time': [1.5, 0.5, true],
  /** article:section with a publication date: how news publishers tag stories. */
  'news-section-meta': [0.5, 1.5],
  /** meta news_keywords / Google News tags: only news publishers emit them. */
  'news-meta': [0.5, 2, true],
  /** og:site_name or the host names a news outlet (Times, Post, News, Zeitung...). */
  'news-site-name': [0, 1],
  /** The site or URL says blog, docs, wiki: not news. */
  'nonnews-site': [0, -2],

  // ---- visible page furniture ----
  /** A byline element (rel=author, itemprop=author, .byline...). */
  byline: [1, 0.25, true],
  /** A <time> in the article's header or body, or an element marked datePublished. */
  'header-time': [1, 0.25, true],
  /** The first paragraph opens with a dateline ("PARIS (AFP) -", "WASHINGTON —"). */
  dateline: [1, 2.5, true],

  // ---- the URL ----
  /** A date in the path: /2016/10/15/, /2016/oct/15/, -20161015. */
  'url-date': [1.5, 1, true],
  /** A section segment that news sites use (/news/, /world/, /politik/...). */
  'url-news-section': [0.5, 1.5],
  /** A slug of many words: a headline in the URL. */
  'url-slug': [1.5, 0, true],
  /** A long numeric id in the last segment (-2596987.html, /588400/). */
  'url-id': [0.5, 0.25],
  /** The site's home page (path "/" or only a language segment). */
  'home-page': [-6, 0],
  /** A tag, category, author, archive, search or paginated listing URL. */
  'listing-url': [-4, 0],
  /** A forum thread, a comment page, a social post, an issue tracker URL. */
  'discussion-url': [-4, 0],
  /** A video watch page or a shop product URL. */
  'media-or-product-url': [-2.5, 0],

  // ---- the body: how much prose, and where ----
  /** Readability's readerable test passes (its measure, computed in the survey's one pass: enough long, visible
   *  paragraphs, comments aside). */
  readerable: [2.5, 0],
  /** Lots of prose: well past the readerable bar. */
  'much-prose': [1, 0],
  /** Some prose, but under the readerable bar. */
  'little-prose': [-1, 0],
  /** Hardly any prose at all (an app shell, a video page, a table). */
  'no-prose': [-2.5, 0],
  /** One <article> (or articleBody) holds most of the long paragraphs. */
  'article-body': [1.5, 0],
  /** An <article>, <main> or articleBody with much text and few links (a doc page's lists and tables count). */
  'text-container': [1.5, 0],
  /** Headings with anchors: the outline of a document (docs, wiki, long essays). */
  'doc-outline': [1.5, -1, true],
  /** Prose, but nothing that marks an article: no byline, date, article type, headline slug or outline. */
  'no-article-metadata': [-1, 0],
  /** Many linked headlines and teaser cards compared with the page's prose: a listing. */
  'teaser-listing': [-4, 0],
  /** Many linked headlines outside any article body, though the page has prose too (a section front with summaries). */
  'many-headlines': [-1.5, 0],
  /** Several sibling <article> cards and no article holding most of the prose. */
  'card-grid': [-3, 0],
  /** Most of the prose sits inside comments or replies: a thread, not an article. */
  'comment-thread': [-4, 0],
  /** A later page of a list: /page/2, ?page=3 (a multi-page article too, so strong article signals outweigh it). */
  pagination: [-3, 0],
  /** CMS body classes of a single post (WordPress "single-post", "postid-123", "permalink"...). */
  'cms-single': [1.5, 0, true],
  /** CMS body classes of a list page (WordPress "home", "archive", "category", "search"...). */
  'cms-listing': [-4, 0],
  /** The document has no body. */
  'no-body': [-10, 0],
} as const satisfies Record<string, SignalSpec>;

export type SignalName = keyof typeof SIGNAL_TABLE;
export const SIGNALS: Readonly<Record<SignalName, SignalSpec>> = SIGNAL_TABLE;
/** How the detector's parts report a signal; the first one of each name wins. */
export type AddSignal = (name: SignalName, detail?: string) => void;

/** Score at or above which a page is an article (news or not). Sum of weights; tuned on the detection labels. */
export const ARTICLE_THRESHOLD = 2.5;
/** News score at or above which an article is a news story. */
export const NEWS_THRESHOLD = 2;

// ---------------------------------------------------------------------------------------------------------------
// Structured data

/** schema.org types of a news story. */
export const NEWS_TYPES: ReadonlySet<string> = words(
  'newsarticle reportagenewsarticle analysisnewsarticle opinionnewsarticle backgroundnewsarticle ' +
  'reviewnewsarticle askpublicnewsarticle liveblogposting'
);

/** schema.org types of one article that may or may not be news. */
export const GENERIC_ARTICLE_TYPES: ReadonlySet<string> = words('article report creativework');

/** schema.org types of one readable article that is not news. */
export const NONNEWS_ARTICLE_TYPES: ReadonlySet<string> = words(
  'blogposting techarticle apireference scholarlyarticle medicalscholarlyarticle satiricalarticle howto ' +
  'recipe review chapter'
);

/** Main entities that are a collection or the site itself, not one article. */
export const COLLECTION_TYPES: ReadonlySet<string> = words(
  'collectionpage itemlist searchresultspage profilepage mediagallery imagegallery videogallery ' +
  'checkoutpage'
);

export const PRODUCT_TYPES: ReadonlySet<string> = words(
  'product productgroup offer aggregateoffer individualproduct productmodel softwareapplication ' +
  'mobileapplication webapplication'
);

export const VIDEO_TYPES: ReadonlySet<string> = words('videoobject movie tvepisode clip musicrecording podcastepisode');

export const DISCUSSION_TYPES: ReadonlySet<string> = words(
  'discussionforumposting socialmediaposting qapage question comment conversation message emailmessage'
);

/** Which type decides the structured-data signal: the first row with a type on the page (article types first). */
export const STRUCTURED_TYPE_SIGNALS: readonly (readonly [ReadonlySet<string>, SignalName])[] = [
  [NEWS_TYPES, 'jsonld-news'],
  [NONNEWS_ARTICLE_TYPES, 'jsonld-nonnews-article'],
  [GENERIC_ARTICLE_TYPES, 'jsonld-article'],
  [DISCUSSION_TYPES, 'jsonld-discussion'],
  [PRODUCT_TYPES, 'jsonld-product'],
  [VIDEO_TYPES, 'jsonld-video'],
  // WebSite and Organization sit on every page of many sites: only page-level collection types count.
  [COLLECTION_TYPES, 'jsonld-collection'],
];

/** Prefixes stripped from a type before lookup ("http://schema.org/NewsArticle", "schema:BlogPosting"). */
export const TYPE_PREFIX = /^(?:https?:\/\/(?:www\.)?schema\.org\/|schema:)/i;

/** Limits on structured data, so a hostile page cannot make detection slow. */
export const JSONLD_MAX_SCRIPTS = 20;
/** Longer scripts are read by pattern only (JSON.parse of megabytes costs real time). */
export const JSONLD_MAX_CHARS = 300_000;
/** Objects visited per page across all scripts. */
export const JSONLD_MAX_NODES = 2_000;
/** Nesting followed inside the JSON. */
export const JSONLD_MAX_DEPTH = 12;
/** Microdata items looked at. */
export const MICRODATA_MAX_ITEMS = 40;
/** Page-level types whose mainEntity names the real subject. */
export const PAGE_WRAPPER_TYPES: ReadonlySet<string> = words('webpage itempage aboutpage medicalwebpage');
/** Fallback for malformed JSON-LD: the types named in the text. */
export const JSONLD_TYPE_PATTERN = /"@type"\s*:\s*(?:"([^"]{1,80})"|\[([^\]]{1,400})\])/g;

// ---------------------------------------------------------------------------------------------------------------
// Meta tags: read once into a map keyed by lower-cased property, name or itemprop (value from `content`, or
// `value` as some saved pages have it).

export const SITE_NAME_KEYS = 'og:site_name application-name'.split(' ');
export const PUBLISHED_KEYS = (
  'article:published_time og:published_time datepublished pubdate publishdate publish-date date dc.date ' +
  'dc.date.issued dcterms.created sailthru.date parsely-pub-date article.published rnews:datepublished'
).split(' ');
export const SECTION_KEYS = 'article:section section parsely-section'.split(' ');
/** Tags only news publishers emit (Google News keywords, standout, syndication source). */
export const NEWS_META_KEYS = 'news_keywords original-source syndication-source standout googlebot-news article:opinion'.split(' ');
/** Meta tags read at most (a page with thousands is hostile). */
export const META_MAX = 400;

/** og:type values that are not an article. */
export const OG_NONARTICLE_TYPES: ReadonlySet<string> = words(
  'profile object book music.song music.album music.playlist place business.business ' +
  'restaurant.restaurant game'
);

// ---------------------------------------------------------------------------------------------------------------
// The URL

/** Years a dated URL may name. */
export const URL_YEAR_MIN = 1994;
export const URL_YEAR_MAX = 2040;
/** /2016/10/15/, /2016/10/, /2016-10-15/, /2016/oct/15/ */
export const URL_DATE_PATTERNS: readonly RegExp[] = [
  /\/((?:19|20)\d\d)\/(0?[1-9]|1[0-2])(?:\/(0?[1-9]|[12]\d|3[01]))?(?:\/|$)/,
  /\/((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[\/_.-]|$)/,
  /\/((?:19|20)\d\d)\/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\/(0?[1-9]|[12]\d|3[01])(?:\/|$)/i,
];
/** 20161015 glued to a slug or id: -20161015, _20161015, /20161015 */
export const URL_COMPACT_DATE = /(?:^|[\/_-])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=$|[\/_.-]|\d{0,8}(?:$|[\/_.-]))/;

/** Words in a slug, and how many make a headline. */
export const SLUG_SPLIT = /[-_+]|%20/;
export const SLUG_WORD = /^[\p{L}][\p{L}\p{M}'’]*$/u;
export const SLUG_MIN_WORDS = 4;
/** Digits that make an article id. */
export const URL_ID_PATTERN = /(?:^|[^\d])(\d{5,})(?:[^\d]|$)/;

/** A path that is only a language or region (/es/, /en-us/, /fr_FR/): the home page of that edition. */
export const LOCALE_SEGMENT = /^[a-z]{2}(?:[-_][a-z]{2,4})?$/i;
/** Paths that are the home page too. */
export const HOME_PATHS: ReadonlySet<string> = words(
  'index index.html index.htm index.php index.shtml default.aspx home start startseite accueil portada'
);
/** Query parameters that do not make a different page (tracking). */
export const TRACKING_PARAM = /^(?:utm_\w+|fbclid|gclid|ref|src|cmp|cmpid|ncid|mc_\w+|ito|smid|xtor)$/i;

/** Path segments that introduce a listing: the segment after them is a tag, a category, an author. */
export const LISTING_SEGMENTS: ReadonlySet<string> = words(
  'tag tags category categories topic topics label labels author authors search archive archives page ' +
  'section sections thema themen rubrik schlagwort stichwort categorie rubrique sujet etiqueta tema ' +
  'temas seccion argomento'
);
/** These listing segments also appear inside article URLs (/archive/2019/11/slug/): a listing only as last segment or before a number. */
export const LISTING_SEGMENTS_TAIL_ONLY: ReadonlySet<string> = words(
  'archive archives page section sections topic topics'
);
/** Query parameters of a search: a listing whenever they are present with a value. */
export const SEARCH_QUERY_PARAMS: ReadonlySet<string> = words('q s query search searchterm keyword keywords text');
/** Query parameters of a filtered list: a listing when they are the page's only parameters (no item id beside them). */
export const FILTER_QUERY_PARAMS: ReadonlySet<string> = words('tag tags category cat sort filter topic section');
/** Query parameters of a page number (a listing when the value is a number above 1 and no item id is beside it). */
export const PAGE_QUERY_PARAMS: ReadonlySet<string> = words('page paged pg pagenum start offset');

/** Forum threads, comment pages, social posts, issue trackers, mail. */
export const DISCUSSION_URL_PATTERNS: readonly RegExp[] = [
  /\/comments?\/[\w-]+/i,
  /\/(?:threads?|forums?|foren|boards?|discussions?|topic)\/[^/]+/i,
  /(?:viewtopic|showthread|showtopic|viewthread)\.\w+/i,
  /\/t\/[\w-]+\/\d+/,
  /\/questions\/\d+/,
  /\/status(?:es)?\/\d+/,
  /\/@[\w.-]+\/(?:\d+|note|post)/i,
  /\/note\/c-\d+/i,
  /\/(?:issues|pull|pulls|merge_requests)\/\d+/,
  /[?&](?:item|thread|topic|tid)=?\w*[&=]?\d+/i,
];

export const MEDIA_OR_PRODUCT_URL_PATTERNS: readonly RegExp[] = [
  /\/watch(?:$|[/?])/i,
  /[?&]v=[\w-]{6,}/,
  /\/(?:product|products|produkt|produit|producto|shop|item|itm|dp|gp\/product)\/[^/]+/i,
  /\/(?:cart|checkout|basket)(?:$|[/?])/i,
];

/** Section names news sites put in story URLs (several languages). */
export const NEWS_SECTION_WORDS: ReadonlySet<string> = words(
  'news world politics business economy markets money sport sports science tech technology health ' +
  'opinion commentisfree local national us-news uk-news world-news story stories article articles ' +
  'nation crime entertainment culture lifestyle weather nachrichten politik wirtschaft meldung ' +
  'meldungen panorama feuilleton ausland inland actualite actualites monde economie societe politique ' +
  'noticias internacional economia politica cronaca esteri nieuws binnenland buitenland wiadomosci ' +
  'zpravy breaking'
);

/** Words in a site name or host that mark a news outlet (only whether one is there counts: "AP News" and
 *  "Associated Press" are found by "news" and "press"). */
export const NEWS_SITE_WORDS =
  /\b(?:news|times|post|herald|tribune|journal|gazette|daily|chronicle|telegraph|guardian|observer|express|courier|examiner|independent|mirror|standard|globe|sun|star|reporter|press|dispatch|bulletin|inquirer|ledger|zeitung|nachrichten|presse|tagblatt|anzeiger|kurier|rundschau|monde|figaro|liberation|courrier|matin|noticias|diario|corriere|gazzetta|krant|nieuws|dagblad|avis|tidning|wiadomosci|pravda|vedomosti|cnn|bbc|reuters|afp|bloomberg|npr)\b/i;

/** Words in a site name, host or path that mark a blog, docs or reference site: not news. */
export const NONNEWS_SITE_WORDS = /\b(?:blogs?|weblog|docs|documentation|wiki|wikipedia|handbook|manual|tutorials?|guide|recipes?|howto|how-to|medium|substack|devblog|engineering|developers?)\b/i;
/** Path segments that mark a blog post, docs page or wiki page. */
export const NONNEWS_PATH_SEGMENTS: ReadonlySet<string> = words(
  'blog blogs posts docs doc wiki manual guide guides tutorial tutorials recipe recipes how-to howto ' +
  'learn reference handbook book'
);

// ---------------------------------------------------------------------------------------------------------------
// The body

/** At most this many paragraph nodes (<p>, <pre>, <br>-split blocks) are read: enough to judge, bounded. */
export const PROSE_MAX_NODES = 600;
/** Blocks besides <div> whose text in <br>-separated lines counts as a paragraph (Readability's test takes only
 *  <div>; some story templates put the text straight into a <section> or <article> with <br>s between lines). */
export const BR_TEXT_BLOCKS: ReadonlySet<string> = words('section article');
/** Shorter paragraphs are not prose (Readability's readerable test uses 140). */
export const PROSE_MIN_CHARS = 140;
/** Readability's readerable test: the sum of sqrt(length - 140) over long paragraphs must pass this. */
export const READERABLE_MIN_SCORE = 20;
/** Prose score well past the bar. */
export const MUCH_PROSE_SCORE = 60;
/** Below this prose score there is no article text at all. */
export const NO_PROSE_SCORE = 3;
/** Class or id words of boilerplate Readability skips when judging (comments are counted apart). */
export const UNLIKELY_CANDIDATE = /-ad-|ai2html|banner|breadcrumbs|combx|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
export const MAYBE_CANDIDATE = /and|article|body|column|content|main|mathjax|shadow/i;

/** One article container holding this share of the long-paragraph text is the article body. */
export const ARTICLE_BODY_SHARE = 0.6;
/** ...with at least this many long paragraphs, or this many characters in them (a short post). */
export const ARTICLE_BODY_MIN_PARAGRAPHS = 3;
export const ARTICLE_BODY_MIN_CHARS = 600;
/** Han, kana and Hangul carry more per character than alphabets: each counts as this many characters of length. */
export const CJK_CHAR_WEIGHT = 2.5;
export const CJK_CHARS = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;

/** Comment and reply containers, matched on a class or id word ("comment", "comment-body", "replies"). */
export const COMMENT_WORD =
  /(?:^|[\s_-])(?:comments?|comment-?(?:body|content|text|list|thread)|repl(?:y|ies)|threadline|discussion-?(?:post|reply|thread))(?:$|[\s_-])/i;
/** Share of the long-paragraph text inside comments that makes the page a thread. */
export const COMMENT_PROSE_SHARE = 0.6;

/** Section headings: where linked headlines (teasers) and anchored headings (an outline) are looked for. */
export const SECTION_HEADING_TAGS = ['h2', 'h3', 'h4'];
/** Headings (h2-h4) looked at for linked headlines and anchors. */
export const HEADINGS_MAX = 400;
/** A listing has at least this many linked headlines... */
export const LISTING_MIN_HEADLINES = 6;
/** ...and more of them than this many per long paragraph outside links. */
export const LISTING_HEADLINES_PER_PARAGRAPH = 1.5;
/** Linked headlines that make a page look like a front even beside prose. */
export const MANY_HEADLINES = 12;
/** Teaser cards: several sibling <article> elements. */
export const CARD_GRID_MIN_CARDS = 3;

/** Article containers (<article>, <main>, articleBody) whose whole text is measured, at most. */
export const CONTAINER_MAX = 8;
/** A container with this much text... */
export const CONTAINER_MIN_TEXT = 1500;
/** ...and at most this share of it in links reads as one article. */
export const CONTAINER_MAX_LINK_DENSITY = 0.25;
/** A document outline: this many headings with anchors. */
export const DOC_OUTLINE_MIN_HEADINGS = 3;

/** Byline and date: looked for around the headline, this many ancestors up, this many elements each. */
export const HEADER_LEVELS = 3;
export const HEADER_LEVEL_BUDGET = 60;
/** A byline is short. */
export const BYLINE_TEXT_MAX_CHARS = 120;
/** Elements small enough to read for "By ..." text: a line of a header, not a block of the page. */
export const BYLINE_TEXT_TAGS: ReadonlySet<string> = words('span div p a address li strong b em small cite');
/** Class words of a byline. */
export const BYLINE_CLASS = /byline|(?:^|[\s_-])(?:author|authors|author-name|writer|reporter|contributor)(?:$|[\s_-])/i;
/** itemprop values of a byline. */
export const BYLINE_PROPS: ReadonlySet<string> = words('author creator');
/** "By Jane Doe" in several languages. */
// Case folded by hand: with the i flag, \p{Lu} would match lower-case letters too.
export const BYLINE_TEXT = /^(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR|[Dd]i|[Dd]oor|[Aa]v|[Aa]f|[Pp]rzez|[Oo]d|[Оо]т)\s+\p{Lu}/u;
/** Class words of a visible date. */
export const DATE_CLASS = /dateline|timestamp|publish|posted-on|(?:^|[\s_-])(?:date|pubdate|entry-date)(?:$|[\s_-])/i;
/** itemprop values of a publication date. */
export const DATE_PROPS: ReadonlySet<string> = words('datePublished dateCreated dateModified');

/** A dateline: "PARIS (AFP) -", "WASHINGTON —", "Berlin (dpa) -", "LONDON, Nov 19 (Reuters) -". */
export const DATELINE_PATTERNS: readonly RegExp[] = [
  /^[\p{Lu}][\p{Lu}\p{M} .'’-]{2,40}(?:,[\p{L}\p{M} .]{2,40})?\s*(?:\([^)]{2,40}\))?\s*[—–-]{1,2}\s/u,
  /^[\p{Lu}][\p{L}\p{M} .'’-]{2,40}(?:,[\p{L}\p{M}\d .]{2,40})?\s*\((?:AP|AFP|Reuters|dpa|ANSA|EFE|Xinhua|IANS|PTI|UPI|CNN|APA|SDA|ATS|KNA|epd|KEYSTONE-SDA|Belga|ANP|TASS|Kyodo|Yonhap|AAP|CP|IPS|Anadolu)[^)]{0,20}\)/u,
];

/** WordPress and other CMS body classes of one post. */
export const CMS_SINGLE_CLASSES: ReadonlySet<string> = words(
  'single single-post single-article single-news permalink page-article article-page node-type-article ' +
  'node-type-story node-type-blog node-type-news post-template-default template-article articlepage ' +
  'storypage chapter-page-body'
);
/** Body class prefixes of one post ("postid-123"). */
export const CMS_SINGLE_PREFIX = /^(?:postid-\d+|story-\d+|article-\d+)$/;
/** WordPress and other CMS body classes of list pages. */
export const CMS_LISTING_CLASSES: ReadonlySet<string> = words(
  'home blog archive category tag search search-results paged author date post-type-archive tax front ' +
  'front-page homepage page-home error404 search-no-results'
);

/** Longest detail string kept in a signal (page-derived text, shown to humans). */
export const DETAIL_MAX_CHARS = 80;
