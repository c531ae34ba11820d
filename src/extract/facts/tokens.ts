import type { Article } from '../../article.js';
import { lowerCased } from '../../structure/char-classes.js';
import { scanToken } from './scan-token.js';

/** A token of a sentence with absolute offsets into `article.text`. */
export interface Token {
  text: string;
  /** Lower-cased text, compared against the lexicons. */
  lower: string;
  start: number;
  end: number;
  /** True when whitespace (or the sentence start) comes right before the token. */
  spaced: boolean;
}

/** A sentence to extract from, with where it sits in the article. */
export interface Unit {
  text: string;
  start: number;
  end: number;
  /** Body paragraph number; 0 for headline and standfirst; captions take the paragraph they follow. */
  paragraph: number;
  sentence: number;
  tokens: Token[];
}

/** Splits a piece of text into tokens (see `TOKEN` in scan-token.ts); `offset` is where `text` starts in the article. */
export function tokenize(text: string, offset: number): Token[] {
  return tokenizeRange(text, 0, text.length, offset);
}

/**
 * The tokens of `text.slice(from, to)`, with offsets into `text` plus `shift`. The article's
 * sentences are read in the article text itself: a sentence's own text is a view into it, and
 * reading characters through the view cost a fifth of the tokenizer's time.
 */
function tokenizeRange(text: string, from: number, to: number, shift: number): Token[] {
  const tokens: Token[] = [];
  let last = from;
  let index = from;
  while (index < to) {
    const end = scanToken(text, index, to);
    if (end === index) {
      index++;
      continue;
    }
    // A trailing dot belongs to the word only for abbreviations (Sept., Mr.); keep it off
    // otherwise so the sentence's full stop is not glued to its last word.
    const match = text.slice(index, end);
    const dotted = match.length > 1 && text.charCodeAt(end - 1) === DOT && !INITIALS.test(match) && !ABBREVIATION.test(match);
    const word = dotted ? text.slice(index, end - 1) : match;
    tokens.push({ text: word, lower: lowerCased(word), start: shift + index, end: shift + index + word.length, spaced: index === from || index > last });
    last = index + word.length;
    if (dotted) {
      tokens.push({ text: '.', lower: '.', start: shift + last, end: shift + last + 1, spaced: false });
      last += 1;
    }
    index = end;
  }
  return tokens;
}

const DOT = 46;

// Capitals each followed by a dot ("U.S."): the last dot is the abbreviation's.
const INITIALS = /^(?:\p{Lu}\.)+$/u;

// Short words that take a dot as abbreviations: titles and month names.
const ABBREVIATION = /^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Prof|Rev|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mt|Ft|No|vs|Inc|Corp|Ltd|Co)\.$/;

/**
 * The sentences facts are read from, in document order: headline, standfirst, captions (one
 * unit each, placed after the paragraph they follow) and body paragraphs.
 */
export function textUnits(article: Article): Unit[] {
  const units: Unit[] = [];
  const push = (text: string, start: number, paragraph: number, sentence: number) =>
    units.push({ text, start, end: start + text.length, paragraph, sentence, tokens: tokenizeRange(article.text, start, start + text.length, 0) });
  for (const block of [article.headline, article.standfirst, ...article.paragraphs]) {
    if (!block) continue;
    for (const sentence of block.sentences) push(sentence.text, sentence.start, block.paragraph, sentence.index);
  }
  for (const caption of article.captions) {
    const before = article.paragraphs.filter((block) => block.start < caption.start).length;
    push(article.text.slice(caption.start, caption.end), caption.start, before, 0);
  }
  return units.sort((a, b) => a.start - b.start);
}
