// Data for finding a page's own "See also" / "Related" links and telling them from sponsored widgets, tag lists and
// navigation. Words and markers only: the logic lives in see-also.ts. Headings are matched whole, after lowercasing
// and trimming punctuation ("See Also:" -> "see also"), as regular-expression sources: one alternation per language.
// classifyHeading tries sponsored, listing, related, generic in that order: a phrase an earlier table matches is not
// repeated in a later one ("trending on X" is sponsored; Spanish "relacionados" covers the Portuguese word).

/** Headings that always introduce the page's own related links. */
export const RELATED_HEADINGS: readonly string[] = [
  // English
  'see also|related|' +
    'related (?:articles?|stories|story|content|coverage|links?|news|posts?|reading|reads|items?|videos?|features?|pages?)|' +
    'more on this (?:story|topic|subject|issue)|more on this|more about this (?:story|topic)|more on|read more|' +
    'read next|read also|also read|read this next|what to read next|further reading|you (?:may|might) also like|' +
    'you (?:may|might) (?:also )?be interested in|also on .{2,40}|related on .{2,40}',
  // French
  'voir aussi|(?:à|a) voir aussi|(?:à |a )?lire aussi|(?:à |a )?lire (?:également|egalement)|' +
    'sur le m[êe]me (?:sujet|th[èe]me)|articles? (?:li[ée]s|similaires|connexes)|pour aller plus loin|' +
    'en lien avec cet article|nos articles sur le (?:sujet|m[êe]me th[èe]me)',
  // German
  'mehr zum thema(?: .{2,40})?|auch auf .{2,40}|das k[öo]nnte sie (?:auch )?interessieren|' +
    'lesen sie (?:auch|mehr|dazu|hier)|weitere artikel(?: zum thema)?|verwandte artikel|[äa]hnliche artikel|' +
    'siehe auch|mehr dazu|auch interessant|passend zum thema|zum thema|mehr zu .{2,40}',
  // Spanish
  'ver tambi[ée]n|v[ée]ase tambi[ée]n|noticias relacionadas|art[íi]culos relacionados|' +
    'contenidos? relacionados?|(?:tambi[ée]n )?te puede interesar|te podr[íi]a interesar|le puede interesar|' +
    'lee tambi[ée]n|lea tambi[ée]n|leer m[áa]s|relacionad[oa]s?|quiz[áa]s? te interese|m[áa]s sobre este tema',
  // Italian
  'leggi anche|vedi anche|articoli correlati|notizie correlate|correlat[ie]|leggi pure|' +
    '(?:ti )?potrebbe (?:anche )?interessar(?:ti|e)|sullo stesso (?:tema|argomento)|approfondimenti|' +
    'per approfondire',
  // Portuguese
  'veja tamb[ée]m|leia tamb[ée]m|leia mais|not[íi]cias relacionadas|artigos relacionados|' +
    'mat[ée]rias relacionadas|saiba mais|voc[êe] (?:pode|poder[áa]) (?:tamb[ée]m )?gostar|' +
    'pode (?:tamb[ée]m )?(?:te |lhe )?interessar',
  // Japanese, Chinese, Korean
  '関連記事|関連ニュース|関連リンク|相关阅读|相关文章|相关新闻|相關文章|相關新聞|延伸阅读|延伸閱讀|관련 ?기사|관련 ?뉴스',
];

/**
 * Headings that may head related links or a generic list of the section's latest stories ("More from UK",
 * "Recommended"). Their links count only when they share words with the story.
 */
export const GENERIC_HEADINGS: readonly string[] = [
  'more (?:stories|news|articles|coverage)|more on .{2,40}|' +
    'recommended(?: for you| articles| stories| reading)?|plus d.articles|weitere meldungen|' +
    'm[áa]s (?:noticias|sobre .{2,40})|altri articoli|veja mais|mais (?:not[íi]cias|sobre .{2,40})',
];

/**
 * Headings of the site's own section and popularity lists: the section's latest stories whatever this story is
 * about ("More from UK", "More in White House", "Most read"). Never See Also; their blocks are removed.
 */
export const LISTING_HEADINGS: readonly string[] = [
  'more from .{2,50}|more in .{2,40}|more (?:stories|news|articles) from .{2,40}|also in .{2,40}|' +
    'most (?:popular|read|viewed|shared|emailed|commented|watched)(?: .{2,30})?|' +
    'popular(?: now| today| on .{2,30})?|trending(?: now| stories)?|' +
    'latest(?: news| stories| headlines| articles)?|top (?:stories|news|headlines)|editors?.? picks?|' +
    "editor'?s choice|don'?t miss|in other news|ne manquez pas|nicht verpassen|plus de .{2,40}|" +
    'dans la m[êe]me rubrique|les plus (?:lus|partag[ée]s|comment[ée]s)|[àa] la une|mehr aus .{2,40}|' +
    'meistgelesen(?:e)?(?: artikel)?|meistgeklickt|lo m[áa]s (?:le[íi]do|visto|compartido)|m[áa]s le[íi]d[oa]s|' +
    'altro da .{2,40}|(?:i )?pi[ùu] lett[ie]|mais lid[ao]s|mais (?:vistos|populares)|人気記事|ランキング|热门|热门文章',
];

/** Headings of paid recommendation widgets: never See Also, always removed. */
export const SPONSORED_HEADINGS: readonly string[] = [
  '(?:from )?around the web|promoted(?: stories| links| content| articles)?|' +
    'sponsored(?: links| stories| content| articles| posts?)?|paid (?:content|post|partner content|links)|' +
    'recommended by(?: .{1,20})?|(?:more )?from our (?:partners|sponsors)|partner (?:content|stories|links)|' +
    'ads? by .{1,20}|you may like|trending (?:on|around) .{1,30}|contenus? sponsoris[ée]s?|sponsoris[ée]|' +
    'liens sponsoris[ée]s|contenido patrocinado|patrocinado|contenuti sponsorizzati|sponsorizzato|' +
    'conte[úu]do patrocinado|gesponsert|anzeigen?|publicit[ée]|publicidad|pubblicit[àa]|publicidade|annonces?',
];

/** Class, id or data-* words of paid recommendation widgets (Outbrain, Taboola and their kind). */
export const WIDGET_MARKERS = /(?:^|[\s_-])(?:outbrain|ob-widget|ob_widget|obwidget|taboola|trc_related|trc_rbox|trc-content|zergnet|revcontent|mgid|plista|ligatus|nativo|sharethrough|dianomi|contentad|content-ad|adblade|sponsored|promoted|paid-?content|partner-?content|native-?ads?|tbl-feed|recommended-by)(?:$|[\s_-])/i;

/** Class, id, aria-label or data-component words of related-link blocks. */
export const RELATED_MARKERS = /(?:^|[\s_-])(?:related|relatedlinks|related-?(?:articles?|stories|links|content|posts?|news|coverage)|see-?also|seealso|more-?on|more-?on-?this-?story|more-?stories|also-?read|read-?also|lire-?aussi|a-?lire|rich-?link|story-?alsos|mehr-?zum-?thema|leggi-?anche|veja-?tambem|leia-?tambem|noticias-?relacionadas|articoli-?correlati)(?:$|[\s_-]|__)/i;

/** Link paths that list things (tags, authors, sections) rather than tell a story. */
export const LIST_PATH = /\/(?:tags?|topics?|themen|thema|schlagworte?|stichworte?|mots-?cles|etiquetas?|temas?|tema|argomenti|categor(?:y|ies|ia|ie)|kategorie|rubriques?|sections?|authors?|autor(?:en|es)?|auteurs?|autore|autori|profiles?|people|byline|contributors?|journalists?|search|suche|recherche|buscar|cerca|busca|newsletters?|subscribe|abo|login|account|video-?hub|latest)(?:\/|$)/i;

/** Hosts of a site's services (subscriptions, accounts, shop, jobs): their links are never stories. */
export const SERVICE_HOST = /^(?:subscribe|subscription|subscriptions|login|signin|sso|account|accounts|myaccount|register|join|checkout|shop|store|abo|jobs|careers|mail|email|newsletters?)\./i;

/** Hosts and paths of share buttons. */
export const SHARE_URL = /(?:facebook\.com\/(?:sharer|share|dialog)|twitter\.com\/(?:intent|share|home\?status)|x\.com\/intent|linkedin\.com\/(?:share|cws\/share|shareArticle)|pinterest\.[a-z.]+\/pin\/create|reddit\.com\/submit|api\.whatsapp\.com|wa\.me\/|whatsapp:|t\.me\/share|telegram\.me\/share|plus\.google\.com\/share|addthis\.com|sharethis\.com|tumblr\.com\/share|getpocket\.com\/(?:save|edit)|flipboard\.com\/bookmarklet|mailto:|news\.ycombinator\.com\/submitlink|vk\.com\/share|xing\.com\/(?:social\/)?share|buffer\.com\/add|digg\.com\/submit)/i;

/** Fragment or path of a link to the page's comments. */
export const COMMENT_URL = /(?:#(?:comments?|respond|disqus|reply|kommentare|commentaires|comentarios|commenti)\b|\/comments?(?:\/|$)|[?&]comments?=)/i;

/**
 * Ancestors that hold site furniture: links inside them are never See Also (tag roles, class words). Class words
 * are matched against each class and id.
 */
export const FURNITURE_TAGS = new Set(['NAV']);
export const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'menu', 'menubar', 'search']);
export const FURNITURE_WORDS = /(?:^|[\s_-])(?:nav|navbar|navigation|breadcrumbs?|tags|tag-?list|tag-?cloud|tags-?list|keywords|topics-?list|share|sharing|social|share-?bar|comments?|pagination|pager|byline|author-?bio|site-?header|site-?footer|masthead|footer-?links|skip-?link|subnav|mega-?menu)(?:$|[\s_-])/i;

/** Tags whose short text may be a block heading (besides role=heading), and the boxes a heading may be. */
export const HEADING_CANDIDATE_TAGS: ReadonlySet<string> = new Set(
  'H1 H2 H3 H4 H5 H6 HEADER STRONG B P SPAN DIV DT LEGEND FIGCAPTION EM LABEL A SECTION ASIDE'.split(' '),
);
/**
 * Elements inside a link whose text is the link's title rather than a kicker, date or teaser: these tags, this
 * itemprop, or a class attribute holding one of these words (any case, anywhere: "card__Title", "dek-hed").
 */
export const LINK_TITLE_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
export const LINK_TITLE_ITEMPROP = 'headline';
export const LINK_TITLE_CLASS_WORDS: readonly string[] = ['headline', 'title', 'hed'];

/** Short words that say nothing about a story's topic, in the languages above (4 letters or more only). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'that this with from have will after about into over says said their they what when where which while would ' +
    'could should been were than then more most just like here there your year years first last news video watch ' +
    'photos live update updates latest today week time dans pour avec sans sont plus mais leur leurs cette elle ' +
    'nous vous comme après aussi über nach eine einen einem einer sind wird werden nicht auch noch oder wenn mehr ' +
    'para sobre como desde entre pero esta este estos tras della delle degli dopo sono anche questo questa nella ' +
    'nelle pelo pela após seus'
  ).split(' '),
);
