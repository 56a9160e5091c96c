// Words and patterns the metadata harvest reads pages with. Data only; the logic lives beside it.

/** Month names and their usual abbreviations (lower case, no trailing dot) -> month number. */
export const MONTHS: Readonly<Record<string, number>> = (() => {
  const table: Record<string, number> = {};
  const add = (month: number, ...names: string[]) => {
    for (const name of names) table[name] = month;
  };
  // English, German, French, Spanish, Italian, Portuguese, Dutch, Scandinavian.
  add(1, 'january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari');
  add(2, 'february', 'feb', 'febr', 'februar', 'feber', 'février', 'fevrier', 'févr', 'fevr', 'fév', 'fev', 'febrero',
    'febbraio', 'fevereiro', 'februari');
  add(3, 'march', 'mar', 'märz', 'maerz', 'mrz', 'mär', 'mars', 'marzo', 'março', 'marco', 'maart', 'mrt', 'marts');
  add(4, 'april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile');
  add(5, 'may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei', 'maj');
  add(6, 'june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho');
  add(7, 'july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho');
  add(8, 'august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'augusti');
  add(9, 'september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'setembro');
  add(10, 'october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro');
  add(11, 'november', 'nov', 'novembre', 'noviembre', 'novembro');
  add(12, 'december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre',
    'dezembro', 'desember');
  return table;
})();

/** Time-zone abbreviations pages print after a time, as offsets in minutes. */
export const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  utc: 0, gmt: 0, z: 0, wet: 0, bst: 60, ist: 330, cet: 60, mez: 60, cest: 120, mesz: 120, eet: 120, eest: 180,
  msk: 180, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420, akst: -540,
  akdt: -480, hst: -600, jst: 540, kst: 540, aest: 600, aedt: 660, nzst: 720, nzdt: 780,
};

/** Words a byline opens with before the names ("By", "Von", "Par", "Por", "Di"...). Lower case. */
export const BYLINE_PREFIXES: readonly string[] = [
  'written by', 'words by', 'story by', 'text by', 'reported by', 'posted by', 'published by', 'by:', 'by', 'von',
  'текст:', 'автор', 'tekst', 'testo:', 'testo di', 'from', 'redazione', 'redaktion', 'rédaction', 'redacción',
  'redação', 'text von',
  'text:', 'texte:', 'texto:', 'tekst:', 'par', 'por', 'di', 'door', 'av', 'af', 'przez', 'od', 'от', 'автор:',
  'autor:', 'autorin:', 'author:', 'auteur:', 'reporter:', 'bericht:', 'بقلم', 'מאת', '作者:', '作者：', '文:', '文●',
  '文・', '文/', '記者:',
];

/** A byline stops at these words: what follows is a date or an edit note ("Updated 4:10pm"). Lower case. */
export const BYLINE_STOP_WORDS: readonly string[] = [
  'updated', 'last updated', 'published', 'posted', 'modified', 'first published', 'aktualisiert', 'veröffentlicht',
  'erstellt', 'stand:', 'mis à jour', 'publié', 'modifié', 'actualizado', 'publicado', 'aggiornato', 'pubblicato',
  'bijgewerkt', 'gepubliceerd', 'opdateret', 'oppdatert', 'uppdaterad', 'publicerad', 'read more', 'follow',
  'comments', 'share',
];

/**
 * Words that mark a job title or an affiliation in a byline segment ("Michael Hiltzik, Business Columnist",
 * "Tom Gillespie, news reporter"). A segment after the first that holds one of them is dropped. Lower case.
 */
export const ROLE_WORDS: readonly string[] = [
  'writer', 'columnist', 'editor', 'correspondent', 'reporter', 'journalist', 'contributor', 'producer', 'analyst',
  'photographer', 'staff', 'chief', 'senior', 'director', 'intern', 'fellow', 'critic', 'host', 'anchor', 'desk',
  'redakteur', 'redakteurin', 'korrespondent', 'korrespondentin', 'autor', 'autorin', 'journaliste', 'rédacteur',
  'rédactrice', 'envoyé', 'envoyée', 'chroniqueur', 'chroniqueuse', 'corresponsal', 'periodista', 'redactor',
  'redactora', 'redattore', 'redattrice', 'inviato', 'inviata', 'bureau', 'team', 'edition', 'news', 'magazine',
  'contributing', 'freelance', 'special to', 'ceo', 'founder', 'co-founder', 'president', 'professor', 'head of',
  'manager', 'partner', 'lecturer', 'researcher', 'author of', 'expert', 'consultant', 'spokesperson', 'executive',
];

/** Words before a job title that belong to it ("Senior Politics Editor", "Business Columnist"). Lower case. */
export const ROLE_QUALIFIERS: ReadonlySet<string> = new Set([
  'senior', 'chief', 'deputy', 'associate', 'assistant', 'executive', 'managing', 'contributing', 'staff', 'lead',
  'principal', 'special', 'foreign', 'national', 'international', 'political', 'politics', 'business', 'economics',
  'finance', 'financial', 'sports', 'sport', 'science', 'tech', 'technology', 'health', 'culture', 'arts', 'music',
  'film', 'entertainment', 'fashion', 'food', 'travel', 'opinion', 'news', 'digital', 'social', 'media', 'white',
  'house', 'washington', 'london', 'europe', 'european', 'asia', 'world', 'global', 'investigative', 'legal',
  'markets', 'energy', 'climate', 'environment', 'education', 'security', 'defense', 'defence', 'diplomatic',
  'correspondent', 'editor', 'at', 'large', 'general', 'weekend', 'night', 'breaking', 'data', 'visual', 'video',
  'auto', 'aviation', 'religion', 'medical', 'retail', 'transportation', 'immigration', 'courts',
  'congressional', 'military', 'intelligence', 'labor', 'economy', 'agriculture', 'writer',
]);

/** Words of an organisation's name anywhere in a segment ("ACLU Speech, Privacy, and Technology Project"). */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  'project', 'program', 'programme', 'institute', 'university', 'college', 'school', 'center', 'centre', 'foundation',
  'association', 'council', 'society', 'department', 'committee', 'agency', 'ministry', 'inc', 'ltd', 'llc', 'gmbh',
  'corporation', 'company', 'group', 'lab', 'labs', 'universität', 'université', 'universidad', 'università',
]);

/** Last words of a news outlet's name: "Joe Davidson, Washington Post" names the author's paper, not an author. */
export const OUTLET_WORDS: ReadonlySet<string> = new Set([
  'post', 'times', 'news', 'tribune', 'journal', 'herald', 'press', 'daily', 'magazine', 'gazette', 'telegraph',
  'guardian', 'observer', 'chronicle', 'examiner', 'insider', 'today', 'weekly', 'review', 'independent', 'mail',
  'express', 'mirror', 'sun', 'standard', 'star', 'globe', 'monitor', 'inquirer', 'bulletin', 'courier', 'dispatch',
  'register', 'sentinel', 'enquirer', 'wire', 'network', 'media', 'radio', 'tv', 'television', 'online', 'zeitung',
  'rundschau', 'allgemeine', 'kurier', 'presse', 'nachrichten', 'tagblatt', 'anzeiger', 'journal', 'matin', 'monde',
  'figaro', 'libération', 'parisien', 'país', 'mundo', 'corriere', 'repubblica', 'stampa', 'tempo',
]);


/** Text of a byline element that is a label, not a name. Lower case, compared to the whole cleaned text. */
export const BYLINE_LABELS: readonly string[] = [
  'author', 'authors', 'by', 'byline', 'about the author', 'about the authors', 'more from', 'more by', 'more stories',
  'editorial', 'opinion', 'comment', 'analysis', 'staff', 'admin', 'administrator', 'guest', 'anonymous', 'unknown',
  'follow', 'contact', 'email', 'twitter', 'facebook', 'share', 'newsletter', 'subscribe', 'autor', 'auteur', 'redaktion',
  'home', 'news', 'menu', 'search', 'profile', 'view profile', 'bio', 'posts', 'articles', 'more articles', 'all posts',
  'see all', 'view all', 'rss', 'mail', 'e-mail', '作者', '著者', '翻訳', '翻訳者', '訳者', '監訳',
];

/** Words before a visible date that say which date it is; "published" wins over "updated". Lower case. */
export const PUBLISHED_WORDS = /\b(published|posted|publié|publiée|veröffentlicht|erstellt|publicado|pubblicato|gepubliceerd|publicerad)\b/i;
export const UPDATED_WORDS = /\b(updated|modified|last updated|aktualisiert|mis à jour|modifié|actualizado|aggiornato|bijgewerkt|uppdaterad)\b/i;

/** Languages written right to left (primary subtags). */
export const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'ckb', 'dv', 'sd', 'ug', 'syr']);

/** Lower-case words a dateline's place-and-date part may hold besides capitalised words, numbers and months. */
export const DATELINE_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'del', 'la', 'le', 'les', 'el', 'do', 'da', 'dos', 'das', 'di', 'am', 'an', 'im', 'in', 'der', 'sur', 'sous',
  'upon', 'on', 'en', 'aan', 'den', 'van', 'von', 'y', 'e', 'et', 'und', 'and', 'of', 'the', 'st', 'ste', 'bei',
]);

/** Source labels that are only a preposition ("With AFP", "Avec AFP", "Mit dpa"). */
export const JOINER_LABELS: ReadonlySet<string> = new Set(['with', 'mit', 'avec', 'con', 'com', 'met']);

/** Line openings that name where a story comes from ("Source: AFP", "Quelle: dpa"). Lower case, without the colon. */
export const SOURCE_LABELS: readonly string[] = [
  'source', 'sources', 'quelle', 'quellen', 'fuente', 'fuentes', 'fonte', 'fonti', 'bron', 'kilde', 'källa', 'lähde',
  'źródło', 'zdroj', 'forrás', 'kaynak', ...JOINER_LABELS, 'agency', 'agencies', 'agence',
  'agentur', 'agencia', 'agenzia', 'agência', 'with inputs from', 'with input from', 'inputs from', 'mit material von',
  'mit material der', 'mit material aus', 'avec agences', 'con información de', 'con informacion de', 'with agencies',
];

/** Initials a German story ends with that are not an author ("(sic)"). Lower case. */
export const NOT_INITIALS: ReadonlySet<string> = new Set(['sic', 'ots', 'red', 'mehr', 'usw', 'etc', 'ca', 'ff', 'vgl']);

/** Connectors between names, in many languages. Lower case. */
export const NAME_JOINERS: ReadonlySet<string> = new Set(['and', '&', 'und', 'et', 'y', 'e', 'i', 'og', 'och', 'en', 'ja', 'mit', 'with', 'avec', 'con']);

/** Lower-case words inside names ("Lisa de Moraes", "Ursula von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'da', 'das', 'do', 'dos', 'du', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'ter', 'ten', 'le', 'la',
  'bin', 'bint', 'ibn', 'al', 'el', 'y', 'e', 'st', 'mc', 'mac', "d'", "o'",
]);

/** Last words of a byline that names a group, not a person with a title ("Our Foreign Staff", "BWW News Desk"). */
export const COLLECTIVE_BYLINE_WORDS: ReadonlySet<string> = new Set([
  'staff', 'desk', 'team', 'bureau', 'newsroom', 'editors', 'redaktion', 'rédaction', 'redacción', 'redazione', 'reporters',
]);

/** Articles a description opens with, unlike a name ("The Russian and Syrian defense ministries"). */
export const DESCRIPTION_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'der', 'die', 'das', 'le', 'la', 'les', 'el', 'il', 'lo', 'los', 'las']);

/** First words of a link label after a name ("View More Articles", "Follow", "Email"). Lower case. */
export const LINK_LABEL_WORDS: ReadonlySet<string> = new Set([
  'view', 'more', 'see', 'read', 'follow', 'contact', 'email', 'e-mail', 'subscribe', 'all', 'visit',
]);

/** Words an outlet adds to its name in a byline ("TMZ Staff", "BBC News Desk"). */
export const OUTLET_STAFF_SUFFIX = /\s+(wire services?|wires?|staff reports?|staff|news|desk|team|redaktion|newsroom|editors|online|digital|reporters?|editorial)$/i;

/** Legal-form endings a publisher's name carries in JSON-LD ("Spiceworks Inc", "Guardian News & Media Ltd"). */
export const LEGAL_SUFFIX = /,?\s+(inc|ltd|llc|l\.l\.c|gmbh|plc|s\.a|s\.p\.a|corp|corporation|limited|b\.v)\.?$/i;

/** Words around a logo's name ("The Guardian - Back to home", "Le Monde - retour à la une", "Observer Logo"). */
export const LOGO_NOISE = /\s*(?:[-–—|:]\s*)?(?:(?:back|go|return) to (?:the )?home(?:page)?|homepage|home page|home|retour à la une|retour à l'accueil|accueil|zur startseite|startseite|página principal|inicio|logo)\s*$/i;

export const LOGO_GENERIC = /^(home|logo|menu|start|startseite|accueil|inicio|the|site|website|homepage)$/i;

/** How a copyright line ends ("All rights reserved"), in several languages. Lower case. */
export const RIGHTS_RESERVED: readonly string[] = [
  'all rights reserved', 'alle rechte vorbehalten', 'tous droits réservés', 'todos los derechos reservados',
  'tutti i diritti riservati', 'todos os direitos reservados', 'alle rechten voorbehouden',
];
