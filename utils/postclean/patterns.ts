// Leftovers that survive extraction, as data. Each pattern is tested against the whole text of a short block,
// never against a substring of prose, so an article sentence that mentions "comments" stays. Patterns are
// anchored on the shapes of pitches and chrome (an imperative at the start, a second-person "your inbox", a line
// that is only a date), not on words an article paragraph could use in passing.

/** Longest block (characters) that post-clean may remove as a leftover: article paragraphs are usually longer. */
export const MAX_LEFTOVER_CHARS = 320;

/** Longest author bio (characters) removed at the article's end: bios run a little longer than pitches. */
export const MAX_BIO_CHARS = 600;

/**
 * Where the article's tail starts, as a share of its text: author bios, contact lines and link-only lists are only
 * boilerplate there (the same shapes near the top or middle are more often part of the story).
 */
export const TAIL_START_SHARE = 0.6;

/**
 * Where the article's head ends, as a share of its text: a bare address there is a print header or share chrome
 * (further down, an address on a line of its own is usually a source the story cites).
 */
export const HEAD_END_SHARE = 0.1;

/** Fewest items a link-only list needs to count as a related-stories list. */
export const MIN_LINK_LIST_ITEMS = 2;

/** Fewest words of each item of a related-stories list: headlines, not tags, names or addresses. */
export const MIN_HEADLINE_WORDS = 3;

/** Share of a block's text that must sit inside links for the block to count as link-only. */
export const LINK_ONLY_SHARE = 0.9;

/** Share of a "READ MORE: ..." line that must be a link (the prefix itself is plain text). */
export const TEASER_LINK_SHARE = 0.5;

/** Longest heading (characters) removed with the related list it introduces; a paragraph used as one is shorter. */
export const MAX_RELATED_HEADING_CHARS = 80;
export const MAX_RELATED_PARAGRAPH_HEADING_CHARS = 60;

/** Fewest words of an all-capitals, link-only teaser line ("TAYLOR SWIFT CLEARED TO PERFORM..."). */
export const MIN_CAPS_TEASER_WORDS = 3;

/** Comment-section pitches and rules. */
export const COMMENT_PITCHES: readonly RegExp[] = [
  /^join the (conversation|discussion|debate)\b/i,
  /^please (log|sign) ?in to (leave|post|add|write|join)\b.*\bcomments?\b/i,
  /^(you must|log ?in|sign ?in|register) (be )?(logged in )?to (leave|post|add) a comment/i,
  /^please keep (your )?comments? (civil|respectful|on topic)/i,
  // "Show comments", "View comments": the next pattern.
  /^((\d+ )?comments?|(leave|add|post) a comment)\.?$/i,
  /^(read|view|see|show) (all )?(\d+ )?comments?\b/i,
  /^(kommentare|kommentar schreiben|commentaires|comentarios|commenti)\b.{0,40}$/i,
  /^comments are closed\b/i,
  // Moderation notices ("Comments are moderated" too): "Note: we are moderating all comments", "ATENÇÃO: Comentários ... não serão aprovados".
  /\b(comments?|comentários|comentarios|commentaires|kommentare|commenti)\b.{0,120}\b(moderat|aprovad|approved|freigeschaltet|modéré)/i,
  /^(note:\s*)?we(?: are|'re)? (temporarily |currently )?(moderat\w*|reviewing|approving) (all )?comments?\b/i,
];

/** Newsletter, subscription and membership pitches. */
export const NEWSLETTER_PITCHES: readonly RegExp[] = [
  /^(sign up|subscribe|register) (for|to) (our|the|my) .{0,60}newsletters?\b/i,
  /\bnewsletters?\b.{0,80}\b(sign up|subscribe|inbox)\b/i,
  /^(get|receive) (our|the) .{0,60}(newsletter|in your inbox)\b/i,
  /^(already a subscriber|subscribe now|subscribe today|become a subscriber)\b/i,
  // French and Spanish ("Abonnez-vous à notre newsletter"): the imperatives at the end of the list.
  /^newsletter abonnieren\b/i,
  // An imperative sign-up that names what arrives: "Sign up: stay on top of ... Email Newsletters here".
  /^(sign ?up|subscribe)\b.{0,150}\b(newsletters?|inbox|alerts)\b/i,
  /^subscribe to\b/i,
  /^click here to (subscribe|sign up|register)\b/i,
  // Delivery promises in the second person: "delivered to your inbox", "Let our news meet your inbox".
  /\b(delivered|sent|straight|right|directly|meet)\b.{0,30}\b(to|in|into)? ?your (inbox|letterbox|mailbox)\b/i,
  /^every (day|week|morning|evening) we send\b/i,
  /^(need|want) more [^?]{1,40}\? .{0,40}\b(subscribe|subscription|sign up)\b/i,
  /\b(subscribe|subscription)\b.{0,30}\bour sister (title|publication|magazine|site)\b/i,
  /^if you (enjoyed|liked|value|appreciated?) (this|our) (article|story|post|journalism|reporting)\b/i,
  /^(get|join|become|try)\b.{0,100}\b(subscriptions?|membership|members|subscribers?)\b.{0,100}\b(for|today|now|free)\b/i,
  /^(jetzt )?(abonnieren|abonnez-vous|inscrivez-vous|suscr[ií]bete|suscr[ií]base|iscriviti|inscreva-se|assine j[aá])\b/i,
];

/** Pitches opening with a question to the reader and an imperative: "Want more science? Check out our picks". */
export const QUESTION_PITCH =
  /^\P{L}{0,8}(want|need|looking for|love|enjoy(ed)?|like)\b[^?]{1,80}\? (check out|read|see|subscribe|sign up|get|join|follow|try)\b/iu;

/** Follow-us and contact lines at the end of a story ("Follow him on Twitter @...", "Have a tip?"). */
export const CONTACT_LINES: readonly RegExp[] = [
  /^follow (us|me|him|her|them|@\S+)\b/i,
  /^follow [^.]{1,60} on (twitter|facebook|instagram|linkedin|x|threads|bluesky|youtube)\b/i,
  /\bfollow (us|me|him|her|them) (on|@)\s?\S/i,
  /^(have|got) a (news )?tip\b/i,
  /^(e-?mail|reach|contact|write to) [^.]{1,60} at \S+@\S+/i,
  /^reach the (reporters?|authors?|writers?)\b/i,
  /^join our [^.]{1,40}\b(forums?|community|discord|group)\b/i,
];

/** Site legal lines: copyright, reuse notices, cookie banners, affiliate disclosures, citation boxes. */
export const LEGAL_LINES: readonly RegExp[] = [
  // Short, so that a photo credit opening a long caption ("© Agency | The plant...") is not taken for a footer.
  /^(©|\(c\)|copyright\b).{0,150}$/i,
  /\b(all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados)\b/i,
  /\b(this document|this (article|material|content)) is (subject to|protected by) copyright\b/i,
  /^the contents of this (site|website|page) are\b/i,
  /\b(this (web)?site|we) uses? cookies\b/i,
  /\bmay (earn|receive|get) an? (small )?(affiliate )?commission\b/i,
  /\b(post|article|page|story) (may )?contains? affiliate\b/i,
  /^citation:.{0,200}\bretrieved\b/i,
];

/** Teaser lines: "READ MORE: ...", "(Leggi anche: ...)", "[Related: ...]"; removed only when mostly a link. */
export const TEASER_PREFIX =
  /^[([]?\s*(read more|see more|see also|more|related|also read|read also|watch|recommended|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|voir aussi|leggi anche|lee también|leia também|veja também)\b[^:]{0,30}:/i;

/** A block that is only an address ("https://www.example.com/news/article/...": print headers, share chrome). */
export const BARE_URL = /^(https?:\/\/|www\.)\S+$/i;

/** Lone controls and labels that are not prose. */
export const LONE_CONTROLS: readonly RegExp[] = [
  /^(more|read more|show more|load more|see more|continue reading|mehr|plus|más|altro|mais)\W*$/i,
  /^(print|print this( page| article)?|email this( article)?|copy link|link copied|share( this)?( article| story)?:?)$/i,
  /^(back to top|top of page|advertisement feedback)$/i,
  // "Subscribe now", "Abonnieren", "Iscriviti": newsletter pitches, judged first.
  /^(subscribe|sign up|sign in|log in|register|s'abonner|suscribirse)$/i,
  /^(latest|popular|most popular|most read|trending|loading( content)?)\W*$/i,
  /^media playback is (unsupported|not supported) on your device$/i,
  /^(view|see) (the )?author('s)? (archive|profile|page|posts)$/i,
  /^(e-?mail|contact|message) the (author|reporter|writer)$/i,
  // Shouted pointers ("READ MORE ON ... BY CLICKING HERE"); a plain "click here" sentence can be the story's.
  /^[^\p{Ll}]*\bCLICK(ING)? HERE\b[^\p{Ll}]*$/u,
  // Source credits of a wire story, as a closing line: "SOURCE: News agencies", "Quelle: dpa".
  // A few words only: "Source: Trump 'irritated' by Conway attacks" is a headline, not a credit.
  /^(sources?|quellen?|fuentes?|fonte|fonti)\s?:\s?[^\s.:]+(\s[^\s.:]+){0,3}\.?$/i,
];

/**
 * Date-only lines ("Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM", "sexta-feira, 22 de outubro de 2010 às
 * 20:13"): the view shows the date in its header. A line counts when every word is one of these or a number.
 */
export const DATE_WORDS: ReadonlySet<string> = new Set(
  [
    // English
    'january february march april may june july august september october november december',
    'jan feb mar apr jun jul aug sep sept oct nov dec',
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun',
    'am pm a p m at on of th st nd rd updated posted published first last original modified',
    'et est edt pt pst pdt ct cst cdt gmt utc bst cet cest hst ist',
    // German ("am", as in "am 3. Mai", is in the English line)
    'januar februar märz mai juni juli oktober dezember',
    'montag dienstag mittwoch donnerstag freitag samstag sonntag um uhr aktualisiert veröffentlicht',
    // French
    'janvier février mars avril juin juillet août septembre octobre novembre décembre',
    'lundi mardi mercredi jeudi vendredi samedi dimanche le à h publié mis jour',
    // Spanish, Portuguese, Italian ("a" is in the English line)
    'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
    'janeiro fevereiro março maio junho julho setembro outubro dezembro',
    'gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre',
    'lunes martes miércoles jueves viernes sábado domingo segunda terça quarta quinta sexta feira',
    'de del às las el publicado actualizado atualizado pubblicato aggiornato',
  ]
    .join(' ')
    .split(' '),
);

/** A date written in numbers only, with an optional time: "2018-08-16", "19.11.2019 08:22". */
export const NUMERIC_DATE = /^(\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})(,? \d{1,2}:\d{2}(:\d{2})?)?$/;

/**
 * What makes a line of date words a timestamp rather than a title ("Le 15 Mai"): a year, a clock time, or am/pm.
 */
export const TIMESTAMP_PART = /\b(1[89]|20)\d{2}\b|\d{1,2}[:.h]\d{2}|\d\s?[ap]\.?m\b/i;

/** Longest date-only line (characters). */
export const MAX_DATE_LINE_CHARS = 120;

/** A block that opens with a person's name and a verb of the bio kind: "Regan is a ...", "Zac covers ...". */
export const BIO_OPENING =
  /^(?!(The|This|That|These|US|UK|EU|UN)\s)\p{Lu}[\p{L}'’.-]+(\s\p{Lu}[\p{L}'’.-]+){0,2}(\s\([^)]{0,80}\))?\s(is an?|is the|was an?|was the|joined|covers|writes (for|about|on)|has (covered|written|been writing|been covering))\b/u;

/** Words of a journalist's or blogger's bio; one must appear for an opening like BIO_OPENING to count. */
/** Bio verbs that say it on their own, even after a first name alone ("Zac covers ...", "Emiliano joined ..."). */
export const BIO_STRONG_VERB = /^\p{Lu}[\p{L}'’.-]+\s(covers|joined|writes (for|about|on))\b/u;

/** A person: a name of two words or more, or a personal pronoun in the text ("... with her husband"). */
// No /i flag: with it, \p{Lu} would match lowercase letters too.
export const BIO_PERSON = /^\p{Lu}[\p{L}'’.-]+\s\p{Lu}|\b([Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Tt]hey|[Tt]heir)\b/u;

export const BIO_WORDS =
  /\b(editor|writer|reporter|journalist|correspondent|columnist|contributor|author|blogger|curator|host|producer|staff writer|freelance|native|lives in|based in|joined|covers)\b/i;

/** Headings of related-stories lists, removed with the list they introduce. */
export const RELATED_HEADING =
  /\b(related|more \b|also|stories|read next|recommended|popular|latest|you may|you might|weiterlesen|mehr zum thema|à lire|lire aussi|leggi|lee también|leia também|veja também)\b/i;

/** Words a share bar is made of: a block that holds nothing else is a share bar. */
export const SHARE_WORDS: ReadonlySet<string> = new Set(
  (
    'share tweet facebook twitter x email e-mail mail whatsapp linkedin pinterest reddit telegram print copy link ' +
    'flipboard messenger this on via teilen partager compartir condividi compartilhar sms threads bluesky mastodon ' +
    'pint pin baixar download'
  ).split(' '),
);

/** Share-bar words that do not make a share bar on their own ("link", "copy", "download" can be a link's text). */
export const SHARE_FILLER: ReadonlySet<string> = new Set(
  'this on via link copy x pin pint print download baixar mail sms'.split(' '),
);
