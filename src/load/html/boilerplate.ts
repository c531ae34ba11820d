/**
 * What news pages wrap around an article, for the cleanup that runs before Readability.
 * Readability already drops navigation, sidebars, footers, comments and social widgets by its own
 * class patterns; these catch what it keeps in practice: inline ad slots (`class="ad"`), cookie
 * and consent banners, newsletter sign-ups, share bars and "related" lists inside the article.
 */

/** A class or id token that marks page furniture (matched against each token, not substrings). */
export const FURNITURE_TOKEN = /^(?:ads?|ad[-_].*|.*[-_]ads?|adverts?|advertisement|adslot|dfp|gpt|promo|promotion|sponsored|sponsor|cookies?|cookie[-_].*|consent|gdpr|cmp|newsletter|signup|subscribe|paywall|share|sharing|share[-_].*|social|social[-_].*|related|related[-_].*|more[-_]stories|recommended|outbrain|taboola|most[-_]read|trending|breadcrumbs?|tags|comments?)$/i;

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
