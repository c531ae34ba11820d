import type { Article } from '../../article.js';
import { scanToken } from './scan-token.js';
import { lowerCased } from '../../structure/char-classes.js';

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
  const tokens: Token[] = [];
  let last = 0;
  let index = 0;
  while (index < text.length) {
    const end = scanToken(text, index);
    if (end === index) {
      index++;
      continue;
    }
    let word = text.slice(index, end);
    // A trailing dot belongs to the word only for abbreviations (Sept., Mr.); keep it off
    // otherwise so the sentence's full stop is not glued to its last word.
    const dotted = word.length > 1 && text.charCodeAt(end - 1) === DOT && !INITIALS.test(word) && !ABBREVIATION.test(word);
    if (dotted) word = word.slice(0, -1);
    tokens.push({ text: word, lower: lowerCased(word), start: offset + index, end: offset + index + word.length, spaced: index === 0 || index > last });
    last = index + word.length;
    if (dotted) {
      tokens.push({ text: '.', lower: '.', start: offset + last, end: offset + last + 1, spaced: false });
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
    units.push({ text, start, end: start + text.length, paragraph, sentence, tokens: tokenize(text, start) });
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
