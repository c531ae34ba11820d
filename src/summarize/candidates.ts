import type { Article, Block } from '../article.js';
import { CONNECTIVE_OPENER, DATELINE_PREFIX, FRAGMENT_OPENER, OPENS_WITH_QUOTE, PRONOUN_OPENER } from './patterns.js';
import { endsLikeSentence, endsWithFullStop, endsWithQuestion } from './text-ends.js';
import type { Term } from './term-cache.js';
import { scanWords, type WordCounts } from './word-scan.js';

/** A sentence that may go into the summary, with what the rankers need to know about it. */
export interface Candidate {
  /** The sentence as it stands in the article, minus a leading dateline tag. */
  text: string;
  start: number;
  end: number;
  /** Paragraph number (0 when the sentence is a headline that reads as the lead, see below). */
  paragraph: number;
  /** 0-based index of the sentence in its block. */
  sentence: number;
  /** 0-based position among all candidates: the reading order. */
  position: number;
  words: number;
  /** Words after the first that open with a capital or a digit: names and numbers. */
  namesAndNumbers: number;
  /** The content words' terms, in reading order. */
  terms: Term[];
  /** Share of words that are names (capitalised, not sentence-initial) or numbers. */
  density: number;
  /** Opens with a word that leans on the previous sentence: a pronoun or a connective. */
  dangling: 'pronoun' | 'connective' | 'fragment' | null;
  question: boolean;
  /** Mostly a direct quotation (opens with a quotation mark, or a blockquote). */
  quote: boolean;
}

/** Words a first line ending in `?`, `!` or `...` must have to be a sentence rather than a title. */
const MIN_LEAD_HEADLINE_WORDS = 10;
/** Words a first line ending in a full stop must have: headlines almost never end in one. */
const MIN_LEAD_HEADLINE_WORDS_FULL_STOP = 3;

/**
 * The headline when it is a real headline, or null when the "headline" is the article's first
 * sentence: some sources (CNN/Daily Mail dumps, wire copy) have no headline, and a long first
 * line that ends like a sentence is then the lead, not a title.
 */
export function headlineBlock(article: Article): Block | null {
  const headline = article.headline;
  if (!headline) return null;
  return readsAsLead(article, headline) ? null : headline;
}

/**
 * Only the first line of plain text is a guessed headline; Markdown `#`, HTML and feeds say
 * which text is the title, and that is believed.
 */
function readsAsLead(article: Article, block: Block): boolean {
  if (article.source.format !== 'text') return false;
  const text = block.text.trim();
  const words = countWords(text);
  if (endsWithFullStop(text)) return words >= MIN_LEAD_HEADLINE_WORDS_FULL_STOP;
  return endsLikeSentence(text) && words >= MIN_LEAD_HEADLINE_WORDS;
}

/**
 * Every sentence that may be chosen, in reading order: the body paragraphs' sentences, preceded
 * by the headline's when it reads as the lead (see `headlineBlock`). Captions are not candidates:
 * they describe a picture, not the story.
 */
export function collectCandidates(article: Article): Candidate[] {
  const lead: Block[] = [];
  if (article.headline && readsAsLead(article, article.headline)) lead.push(article.headline);
  if (article.standfirst && readsAsLead(article, article.standfirst) && lead.length > 0) lead.push(article.standfirst);
  // concat, not push(...): an input can have more paragraphs than a call takes arguments.
  const blocks = lead.concat(article.paragraphs);

  const candidates: Candidate[] = [];
  for (const block of blocks) {
    for (const sentence of block.sentences) {
      let start = sentence.start;
      if (candidates.length === 0) start += DATELINE_PREFIX.exec(sentence.text)?.[0].length ?? 0;
      const previous = candidates.at(-1);
      if (previous && FRAGMENT_OPENER.test(sentence.text) && !endsLikeSentence(previous.text)) {
        // The sentence was broken across lines or blocks upstream ("the most popular" /
        // "colour - although ..."): mend it, so neither half is judged as a sentence alone.
        candidates[candidates.length - 1] = extend(article.text, previous, sentence.end, block);
        continue;
      }
      const terms: Term[] = [];
      const counts = scanWords(article.text, start, sentence.end, terms);
      if (counts.words === 0) continue;
      candidates.push(describe(article.text, start, sentence.end, { paragraph: block.paragraph, sentence: sentence.index, position: candidates.length }, block, terms, counts));
    }
  }
  return candidates;
}

/** Where a candidate stands in the article. */
interface Place {
  paragraph: number;
  sentence: number;
  position: number;
}

function describe(full: string, start: number, end: number, place: Place, block: Block, terms: Term[], counts: WordCounts): Candidate {
  const text = full.slice(start, end);
  return {
    text,
    start,
    end,
    paragraph: place.paragraph,
    sentence: place.sentence,
    position: place.position,
    words: counts.words,
    namesAndNumbers: counts.informative,
    terms,
    density: counts.words > 1 ? counts.informative / (counts.words - 1) : 0,
    dangling: FRAGMENT_OPENER.test(text) ? 'fragment' : CONNECTIVE_OPENER.test(text) ? 'connective' : PRONOUN_OPENER.test(text) ? 'pronoun' : null,
    question: endsWithQuestion(text),
    quote: Boolean(block.blockquote) || OPENS_WITH_QUOTE.test(text),
  };
}

/**
 * `previous` mended with the text up to `end`. Only the new text is read for words when white
 * space follows `previous` (no word runs across it), so a long run of mended pieces stays linear.
 */
function extend(full: string, previous: Candidate, end: number, block: Block): Candidate {
  const place = { paragraph: previous.paragraph, sentence: previous.sentence, position: previous.position };
  if (!isWhite(full.charCodeAt(previous.end))) {
    const terms: Term[] = [];
    return describe(full, previous.start, end, place, block, terms, scanWords(full, previous.start, end, terms));
  }
  const terms = previous.terms;
  const added = scanWords(full, previous.end, end, terms, previous.words);
  const counts = { words: previous.words + added.words, informative: previous.namesAndNumbers + added.informative };
  return describe(full, previous.start, end, place, block, terms, counts);
}

function isWhite(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

/** Number of words (runs of letters or digits). */
export function countWords(text: string): number {
  return scanWords(text, 0, text.length, null).words;
}
