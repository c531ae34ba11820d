/**
 * What news pages wrap around an article, for the cleanup that runs before Readability.
 * Readability already drops navigation, sidebars, footers, comments and social widgets by its own
 * class patterns; these catch what it keeps in practice: inline ad slots (`class="ad"`), cookie
 * and consent banners, newsletter sign-ups, share bars and "related" lists inside the article.
 */

/**
 * Words that mark page furniture when they are a whole class/id token or one of its `-`/`_` parts
 * (`ad`, `ad-slot`, `newsletter-signup`, `social-share`, `twitter-tweet`).
 */
export const FURNITURE_WORDS = new Set([
  'ad', 'ads', 'advert', 'adverts', 'advertisement', 'adslot', 'dfp', 'promo', 'promotion', 'sponsored',
  'cookie', 'cookies', 'consent', 'gdpr', 'newsletter', 'signup', 'paywall',
  'share', 'sharing', 'social', 'outbrain', 'taboola', 'breadcrumb', 'breadcrumbs',
  'twitter', 'tweet', 'instagram', 'tiktok',
]);

/** Tokens that mark furniture only as a whole (`comment` alone may be an opinion piece's body). */
export const FURNITURE_TOKEN = /^(?:related(?:[-_].*)?|recommended|more[-_]stories|most[-_]read|mostread|read[-_]more|trending|tags|comments|subscribe)$/i;

/** Furniture larger than this is more likely a container of the article itself; keep it. */
export const MAX_FURNITURE_CHARS = 1500;

/** Whole paragraphs that are labels of page furniture, never article text (compared lower-cased). */
export const BOILERPLATE_LINES = new Set([
  'advertisement',
  'advert',
  'sponsored',
  'sponsored content',
  'story continues below advertisement',
  'article continues below',
  'continue reading',
  'read more',
  'share this article',
  'share',
  'skip advert',
  'image',
  'video',
]);

/** A short line that only dates the page (`Published 12 October 2016`, `Updated: 10:32 BST`), not article text. */
export const DATE_STAMP_LINE = /^(?:(?:first\s+)?published|updated|last\s+updated|posted|modified)\b[^.!?]{0,60}\d[^.!?]{0,30}$/i;

/** A line that sends the reader elsewhere: `Read more: ...`, `Related: ...`, `Sign up ...`. */
export const PROMO_LINE = /^(?:read more|related|see also|also read|read also|more on this story|more on this|watch|listen|sign up)\b\s*:?/i;

/**
 * A byline left in the body: `By Idris Calloway · 14 October 2016 19.05 BST`. Short and not
 * ended like a sentence, so `By Friday, the council will decide.` stays.
 */
export const BYLINE_LINE = /^[Bb]y\s+\p{Lu}[^!?\n]{0,120}[^.!?"”’)\s]$/u;
