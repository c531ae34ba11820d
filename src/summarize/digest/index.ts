/** The digest of many articles: one entry per article, and who and what recur across them. */
export { digestArticle } from './digest-article.js';
export { recurring, mergeSightings } from './merge-recurring.js';
export { newestFirst, parseSince, publishedTime } from './since.js';
export type { Digest, DigestEntity, DigestEntry, DigestSpeaker, RecurringItem } from './digest-types.js';
