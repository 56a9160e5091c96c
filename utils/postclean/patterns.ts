// Leftovers that survive extraction, as data. Each pattern is tested against the whole text of a short block,
// never against a substring of prose, so an article sentence that mentions "comments" stays.

/** Longest block (characters) that post-clean may remove as a leftover: article paragraphs are usually longer. */
export const MAX_LEFTOVER_CHARS = 320;

/** Comment-section pitches and rules. */
export const COMMENT_PITCHES: readonly RegExp[] = [
  /^join the (conversation|discussion|debate)\b/i,
  /^please (log|sign) ?in to (leave|post|add|write|join)\b.*\bcomments?\b/i,
  /^(you must|log ?in|sign ?in|register) (be )?(logged in )?to (leave|post|add) a comment/i,
  /^please keep (your )?comments? (civil|respectful|on topic)/i,
  /^(comments?|leave a comment|add a comment|post a comment|show comments|view comments|\d+ comments?)\.?$/i,
  /^(read|view|see|show) (all )?(\d+ )?comments?\b/i,
  /^(kommentare|kommentar schreiben|commentaires|comentarios|commenti)\b.{0,40}$/i,
  /^comments are (closed|moderated)\b/i,
];

/** Newsletter and subscription boxes. */
export const NEWSLETTER_PITCHES: readonly RegExp[] = [
  /^(sign up|subscribe|register) (for|to) (our|the|my) .{0,60}newsletters?\b/i,
  /\bnewsletters?\b.{0,80}\b(sign up|subscribe|inbox)\b/i,
  /^(get|receive) (our|the) .{0,60}(newsletter|in your inbox)\b/i,
  /^(already a subscriber|subscribe now|subscribe today|become a subscriber)\b/i,
  /^(newsletter abonnieren|abonnez-vous à (notre|la) newsletter|suscríbete a (nuestro|la) newsletter)\b/i,
];

/** Lone controls and labels that are not prose. */
export const LONE_CONTROLS: readonly RegExp[] = [
  /^(more|read more|show more|load more|see more|continue reading|mehr|plus|más|altro|mais)\W*$/i,
  /^(print|print this( page| article)?|email this( article)?|copy link|link copied|share( this)?( article| story)?:?)$/i,
  /^(back to top|top of page|advertisement feedback)$/i,
];

/** Words a share bar is made of: a block that holds nothing else is a share bar. */
export const SHARE_WORDS = new Set([
  'share', 'tweet', 'facebook', 'twitter', 'x', 'email', 'e-mail', 'mail', 'whatsapp', 'linkedin', 'pinterest',
  'reddit', 'telegram', 'print', 'copy', 'link', 'flipboard', 'messenger', 'this', 'on', 'via', 'teilen', 'partager',
  'compartir', 'condividi', 'compartilhar', 'sms', 'threads', 'bluesky', 'mastodon',
]);
