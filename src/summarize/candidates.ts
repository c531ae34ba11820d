import type { Article, Block } from '../article.js';
import { CONNECTIVE_OPENER, DATELINE_PREFIX, FRAGMENT_OPENER, OPENS_WITH_QUOTE, PRONOUN_OPENER, WORD } from './patterns.js';
import { termsOfWords } from './terms.js';

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
  /** The content words' terms (see `termOf`), in reading order. */
  terms: string[];
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
const SENTENCE_END = /[.!?…]["'”’)\]]*$/;
const FULL_STOP_END = /[^.]\.["'”’)\]]*$/;
// Module constants: esbuild output would otherwise rebuild a \p{} literal on every call.
const HAS_WORD = /[\p{L}\p{N}]/u;
const NUMBER_START = /^\p{N}/u;

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
  if (FULL_STOP_END.test(text)) return words >= MIN_LEAD_HEADLINE_WORDS_FULL_STOP;
  return SENTENCE_END.test(text) && words >= MIN_LEAD_HEADLINE_WORDS;
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
      if (previous && !SENTENCE_END.test(previous.text) && FRAGMENT_OPENER.test(sentence.text)) {
        // The sentence was broken across lines or blocks upstream ("the most popular" /
        // "colour - although ..."): mend it, so neither half is judged as a sentence alone.
        candidates[candidates.length - 1] = describe(article.text, previous.start, sentence.end, previous.paragraph, previous.sentence, previous.position, block);
        continue;
      }
      const text = article.text.slice(start, sentence.end);
      if (!HAS_WORD.test(text)) continue;
      candidates.push(describe(article.text, start, sentence.end, block.paragraph, sentence.index, candidates.length, block));
    }
  }
  return candidates;
}

function describe(full: string, start: number, end: number, paragraph: number, sentence: number, position: number, block: Block): Candidate {
  const text = full.slice(start, end);
  // One scan for words; counting, terms and density all read it.
  const words = text.match(WORD) ?? [];
  return {
    text,
    start,
    end,
    paragraph,
    sentence,
    position,
    words: words.length,
    terms: termsOfWords(words),
    density: nameAndNumberShare(words),
    dangling: FRAGMENT_OPENER.test(text) ? 'fragment' : CONNECTIVE_OPENER.test(text) ? 'connective' : PRONOUN_OPENER.test(text) ? 'pronoun' : null,
    question: /\?["'”’)]*$/.test(text),
    quote: Boolean(block.blockquote) || OPENS_WITH_QUOTE.test(text),
  };
}

/** Number of words (runs of letters or digits). */
export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count++;
  return count;
}

/** Share of words after the first that start with a capital or a digit: names and numbers. */
function nameAndNumberShare(words: readonly string[]): number {
  let informative = 0;
  for (let i = 1; i < words.length; i++) if (opensInformative(words[i]!)) informative++;
  return words.length > 1 ? informative / (words.length - 1) : 0;
}

/** The word's first character is a capital or a digit (of any script). */
function opensInformative(word: string): boolean {
  const code = word.charCodeAt(0);
  // ASCII answers by range; other characters by their case and class.
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  const first = word[0]!;
  return (first !== first.toLowerCase() && first === first.toUpperCase()) || NUMBER_START.test(first);
}
