/**
 * The summarize stage: Article -> ranked sentences and sections. Pure functions of the Article.
 */
export { summarize, type SummarizeOptions } from './summarize.js';
export { rankSentences, RANKER_NAMES, type RankerName } from './rankers/index.js';
export { segmentSections } from './sections/segment-sections.js';
export { summaryHeadline } from './summary-headline.js';
export { chooseKeyFacts, DEFAULT_KEY_FACTS } from './key-facts.js';
