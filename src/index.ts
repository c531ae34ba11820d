/**
 * news-digest as a library: the pipeline stages, one named export each. The CLI is built on the
 * same functions. Types are documented in ./article.ts.
 */
export type * from './article.js';
export { NewsDigestError, UsageError, InputError, FetchError } from './errors.js';
export { loadInputs, DEFAULT_MAX_BYTES } from './load/load-inputs.js';
export { parseSource } from './load/parse-source.js';
export { structureArticle } from './structure/structure-article.js';
export { splitSentences } from './structure/split-sentences.js';
export { extractQuotes, groupSpeakers } from './extract/quotes/index.js';
export { extractFacts, extractQuantityFacts, extractEntities } from './extract/facts/index.js';
export { summarize, segmentSections } from './summarize/index.js';
export { sanitizeForTerminal } from './render/sanitize.js';
