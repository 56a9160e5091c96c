// Data for finding the lead photo: attribute names, words and selectors. The logic is in lead-image.ts and
// image-source.ts.


/** Attributes lazy-loading scripts keep the real single URL in, most specific first. `src` comes last. */
export const LAZY_SRC_ATTRS: readonly string[] = [
  'data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src',
  'data-src-large', 'data-src-medium', 'data-original-src', 'data-echo', 'data-image', 'data-img-src',
  'data-lazyload',
];
/** Attributes that name a stand-in image: when src equals one of them, src is not the photo. */
export const PLACEHOLDER_ATTRS: readonly string[] = [
  'placeholdersrc', 'data-placeholder', 'data-placeholder-src', 'data-lowsrc', 'lowsrc',
];
/** Attributes that hold a srcset (several candidates with width or density descriptors). */
export const SRCSET_ATTRS: readonly string[] = ['data-srcset', 'data-lazy-srcset', 'data-original-set', 'srcset'];

/** A src that is only a stand-in until a script swaps the real image in ("blank.gif", "lazy-placeholder.png"). */
export const PLACEHOLDER_SRC = /^data:|(?:^|[/_.-])(?:blank|spacer|pixel|placeholder|transparent|preloader|loading|lazy|grey|gray|1x1|clear)[._-]/i;

/**
 * Script a page wrote into a URL attribute ("if(this.src!='...') this.src='...'", an onerror handler copied into
 * src): resolved as a relative URL it would name a page path, not a photo.
 */
export const SCRIPT_IN_URL = /\bthis\.(?:src|onerror|onload|style|parent\w*|class\w*|setAttribute)\b|^\s*(?:if|function|return)\s*\(|^\s*javascript:/i;

/** Words in an image's class, id, alt or file name that mark it as not a photo of the story. */
export const NON_PHOTO_WORDS = /(?:^|[\s_/.-])(?:logo|logos|avatar|avatars|icon|icons|sprite|badge|emoji|emoticon|favicon|gravatar|headshot|mugshot|author|authors|profile|byline|signature|spinner|loader|loading|placeholder|pixel|tracking|tracker|beacon|spacer|blank|rating|stars?|flag|button|btn|masthead|brand|menu|nav|copyright|powered)(?:$|[\s_/.\d-])/i;

/**
 * Share images that stand for the whole site or a section, not for this story: by file name ("default-share.png")
 * or by folder ("/categories/"). The file name alone is tested for the words: resizer paths hold "default" as a
 * preset name ("/dims4/default/...") in front of real photos.
 */
export const GENERIC_SHARE_FILE = /(?:^|[_.-])(?:default|fallback|generic|placeholder|social[-_]?media[-_]?image|share[-_]?image|site[-_]?image)(?:[_.-]|$)/i;
export const GENERIC_SHARE_FOLDER = /\/(?:categor(?:y|ies)|sections?|topics?)\//i;

/** Hosts and paths of ad and tracking images (unanchored: "adservice" also finds googleadservices). */
export const AD_IMAGE_URL = /(?:doubleclick\.net|googlesyndication|adservice|adserver|\/ads?\/|[/.]ads?[0-9]*\.|\/adv?[_-]|scorecardresearch|facebook\.com\/tr|\/pixel[./?]|\/beacon[./?]|\/track(?:ing)?[./?]|amazon-adsystem|taboola|outbrain|criteo|moatads|quantserve|\/b\.gif|\/t\.gif)/i;

/** File types that are never the lead photo (icons, vector logos). GIFs are allowed: some sites serve photos so. */
export const NON_PHOTO_EXTENSIONS = /\.(?:svg|ico)(?:[?#]|$)/i;

/**
 * Ancestors that hold page furniture or other stories' thumbnails, never the story's own lead photo. Matched
 * against tag names, roles and class/id words.
 */
export const EXCLUDED_ANCESTOR_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON', 'SELECT']);
export const EXCLUDED_ANCESTOR_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog']);
export const EXCLUDED_ANCESTOR_WORDS = /(?:^|[\s_-])(?:related|recirc|recirculation|promo|promos|teaser|teasers|ad|ads|advert|advertisement|adslot|sponsor|sponsored|outbrain|taboola|comments?|social|share|sharing|byline|newsletter|sidebar|most-?popular|trending|more-stories|more-on|read-more|readmore|see-also|next-article|navigation|nav|menu|header-logo|site-header|masthead|site-footer|avatar|subscribe|paywall|modal|cookie|consent)(?:$|[\s_-])/i;

/** Ancestors that mark the lead media slot of an article ("lead-image", "hero", "featured", "aufmacher"). */
export const LEAD_SLOT_WORDS = /(?:^|[\s_-])(?:lead|lede|hero|featured|feature-image|main-image|main-media|main-article-media|top-image|article-image|post-thumbnail|wp-post-image|primary-image|head-image|header-image|aufmacher|aufmacherbild|cover|leadart|article__media|featuredimage|story-image|mainimage|image-top|imgtop|topimage|opener)(?:$|[\s_-]|__)/i;

/**
 * What marks an element as a photo's caption, its credit, or (inside a caption only) its photographer. Checked with
 * plain string tests, not CSS selectors: jsdom parses a selector again on every call, and this runs per element.
 * Class parts match anywhere in the class attribute, case-insensitively ("source" also finds "image-source",
 * "caption" "wp-caption-text"); itemprop words match whole tokens.
 */
export interface ElementMarks {
  tags?: readonly string[];
  classParts: readonly string[];
  itemprops: readonly string[];
}

/** Elements that hold a caption, inside or right after the image's wrapper. */
export const CAPTION_MARKS: ElementMarks = {
  tags: ['FIGCAPTION'],
  classParts: [
    'caption', 'cutline', 'legend', 'bildunterschrift', 'image-text', 'imagetext', 'photo-text', 'img-desc', 'image-desc',
    'media-desc',
  ],
  itemprops: ['caption', 'description'],
};

/** Elements that hold the credit line of a photo. */
export const CREDIT_MARKS: ElementMarks = {
  classParts: ['credit', 'copyright', 'photographer', 'attribution', 'courtesy', 'bildquelle', 'source'],
  itemprops: ['copyrightHolder', 'creditText', 'creator', 'copyrightNotice'],
};

/**
 * Byline and author elements name the photographer only inside a caption; elsewhere near the photo they name the
 * story's writer.
 */
export const CAPTION_CREDIT_MARKS: ElementMarks = { classParts: ['byline', 'author'], itemprops: ['author'] };

/** Classes of screen-reader-only labels ("Credit", "Image:") that sit inside captions. */
export const VISUALLY_HIDDEN_WORDS = /(?:visually-?hidden|sr-only|screen-?reader|offscreen|a11y|assistive|u-hidden|hidden-text)/i;

/** Declared width (or height, under half of it) under this is a pixel, a thumbnail or an icon, not a lead photo. */
export const MIN_LEAD_DIMENSION = 150;
/** A srcset width at or above this makes an image photo-sized even without width/height attributes. */
export const MIN_LEAD_SRCSET_WIDTH = 300;
/**
 * How much article text (characters of paragraphs) may stand between the headline and the lead photo. Further down
 * an image is an inline illustration, not the lead.
 */
export const LEAD_MAX_TEXT_BEFORE = 600;
/** A figure or image wrapper with more text than its caption plus this is a layout container, not the figure. */
export const FIGURE_EXTRA_TEXT_SLACK = 40;
/** Longest caption block considered (longer is body text, not a caption). */
export const MAX_CAPTION_CHARS = 1_200;
/** How many ancestors up from an image we look for its wrapper and caption. */
export const MAX_WRAPPER_DEPTH = 5;
/** Shortest distinctive token when comparing image URLs (file names, ids, hashes). */
export const MIN_IMAGE_TOKEN = 5;

/**
 * Names CMSs give the renditions of one photo at the end of its file name ("Manhunt-superJumbo.jpg",
 * "Manhunt-facebookJumbo-v2.jpg", "photo-large.jpg"): set aside when telling whether two files are one photo.
 */
export const RENDITION_WORDS: readonly string[] = [
  '[a-z]*jumbo', 'articlelarge', 'articleinline', 'master', 'popup', 'thumb', 'thumbnail', 'thumbstandard', 'large',
  'medium', 'small', 'xlarge', 'full', 'fullsize', 'orig', 'original', 'big', 'dblbig', 'social', 'share', 'facebook',
  'twitter', 'og', 'tease', 'teaser', 'hero', 'square', 'wide', 'landscape', 'portrait', 'mobile', 'desktop',
];

/**
 * URL path words too common to tell two images apart. Only tokens of MIN_IMAGE_TOKEN letters and digits or more are
 * looked up here: shorter words ("crop", "cdn") and joined ones ("wp-content") never reach this table.
 */
export const COMMON_URL_WORDS = new Set([
  'image', 'images', 'photo', 'photos', 'upload', 'uploads', 'content', 'media', 'static', 'width', 'height',
  'quality', 'resize', 'strip', 'default', 'public', 'large', 'medium', 'small', 'thumb', 'thumbnail', 'original',
  'master', 'files', 'styles', 'assets', 'derivatives', 'landscape', 'portrait', 'https', 'article', 'articles',
  'sites', 'dynamic', 'format', 'scale', 'geometry', 'picture', 'pictures', 'xlarge', 'facebook', 'twitter', 'social',
  'share', 'contents', 'uploaded', 'crops', 'resized', 'limit', 'world', 'story', 'stories', 'index',
]);
