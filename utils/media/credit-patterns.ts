// Data for telling a photo caption from its credit line. Words only: the logic lives in caption-credit.ts.
// Every list is matched case-insensitively, whole words, and may be extended without touching the logic.

/**
 * Words that introduce a photo credit ("Photo: X", "Photo X", "Foto von X", "Crédit : X"), in English, French,
 * German, Spanish, Italian and Portuguese. Longest first is not needed: the regex builder sorts them.
 */
export const CREDIT_PREFIX_WORDS: readonly string[] = [
  'photo', 'photos', 'photograph', 'photographs', 'photography', 'photographer', 'picture', 'pictures', 'pic',
  'credit', 'credits', 'photo credit', 'image credit', 'picture credit', 'file photo', 'pool photo', 'crédit',
  'crédits', 'crédit photo', 'foto', 'fotos', 'bild', 'bilder', 'bildquelle', 'fotograf', 'fotografin',
  'bildnachweis', 'fotografía', 'fotografia', 'crédito', 'créditos', 'credito', 'crediti', 'ilustración',
  'ilustração',
];

/**
 * More prefix words, labels only when a colon follows ("File: Reuters", "Source: AP"): on their own they are
 * ordinary words at the end of a caption ("... a source", "in this file").
 */
export const COLON_ONLY_PREFIX_WORDS: readonly string[] = [
  'file', 'source', 'quelle', 'fuente', 'fonte', 'graphic', 'handout', 'illustration', 'visuel', 'légende', 'image',
  'images', 'imagen', 'imagem', 'immagine', 'courtesy', 'copyright',
];

/** Words that may follow a prefix word before the name ("Photo by", "Foto von", "Photo de", "Foto di"). */
export const CREDIT_PREFIX_LINKS: readonly string[] = [
  'by', 'courtesy of', 'courtesy', 'from', 'via', 'von', 'de', 'des', 'du', 'di', 'del', 'da', 'por', 'par',
];

/** Copyright signs that introduce a credit: "© X", "(c) X", "Copyright X" (matched case-insensitively). */
export const COPYRIGHT_SIGNS: readonly string[] = ['©', '(c)', 'copyright', '℗'];

/**
 * Photo agencies and stock libraries: a trailing "(AFP)", "X/AFP/Getty Images" or "REUTERS/X" is a credit even
 * without a "Photo:" word. Lowercase; matched as whole words, also at the start of a longer name ("getty" finds
 * "Getty Images", "pa" "PA Wire", "epa" "EPA-EFE").
 */
export const PHOTO_AGENCIES: readonly string[] = [
  'afp', 'agence france-presse', 'ap', 'associated press', 'reuters', 'getty', 'epa', 'efe', 'dpa', 'ansa',
  'keystone', 'shutterstock', 'alamy', 'pa', 'bloomberg', 'xinhua', 'sipa', 'imago', 'picture alliance',
  'picture-alliance', 'corbis', 'rex', 'nurphoto', 'anadolu', 'aap', 'kyodo', 'yonhap', 'wenn', 'invision', 'polaris',
  'zuma', 'abaca', 'istock', 'istockphoto', 'eyevine', 'magnum', 'belga', 'anp', 'tass', 'ria novosti', 'sputnik',
  'europa press', 'lusa', 'kna', 'the canadian press', 'nasa', 'unsplash', 'flickr', 'wikimedia commons',
  'mediapunch', 'splash news', 'backgrid', 'dukas', 'ullstein bild', 'sz photo', 'ddp',
];

/**
 * Lowercase words that may stand inside a credit ("AFP via Getty", "courtesy of the artist", "NASA via AP, File").
 * More lowercase words than MAX_CREDIT_LOWERCASE_WORDS outside this list make the text a sentence: a caption.
 */
export const CREDIT_CONNECTOR_WORDS: readonly string[] = [
  'via', 'for', 'and', 'of', 'the', 'de', 'des', 'du', 'di', 'da', 'do', 'dos', 'del', 'della', 'von', 'van', 'der',
  'den', 'la', 'le', 'les', 'y', 'e', 'et', 'und', 'courtesy', 'photo', 'photos', 'file', 'handout', 'archive',
  'archives', 'pool', 'staff', 'special', 'to', 'by', 'images', 'image', 'getty', 'contributor', 'photographer',
  'agency', 'collection', 'library', 'stock', 'foto', 'bild', 'archiv', 'privat', 'private', 'picture', 'alliance',
  'press', 'news', 'photography', 'illustration', 'al', 'el', 'bin', 'ibn', 'st', 'dr',
];

/** How many lowercase words outside CREDIT_CONNECTOR_WORDS a credit may hold ("Jane Doe for The New York Times"). */
export const MAX_CREDIT_LOWERCASE_WORDS = 1;
/** A bracketed group at the end of a caption without any credit sign counts when it is this short and all capitals. */
export const MAX_ALLCAPS_CREDIT_WORDS = 6;

/** Agency forms that carry the photographer after a slash: "AP Photo/Evan Vucci", "REUTERS/Brendan McDermid". */
export const AGENCY_SLASH_PREFIXES: readonly string[] = ['ap photo', 'reuters', 'afp photo', 'epa', 'dpa', 'ansa'];

/** A credit is a name or two, not a sentence: longer text after a prefix is a caption that starts with a label. */
export const MAX_CREDIT_WORDS = 14;
/** Same, in characters. */
export const MAX_CREDIT_CHARS = 140;
