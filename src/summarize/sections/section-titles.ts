import type { Article } from '../../article.js';
import { STOP_WORDS } from '../stop-words.js';
import { WordTable } from '../word-table.js';
import { stemWord } from '../stem.js';
import { joinedWordEnd, wordCharWidth } from '../word-scan.js';
import { isSpaceCode } from '../../structure/char-classes.js';

/** Salient terms in a title: enough to tell sections apart, short enough for one line. */
const TITLE_TERMS = 3;
/** A possessive `'s`, dropped before a word goes into a title. */
const POSSESSIVE = /['’]s$/;
const CAPITAL_START = /^\p{Lu}/u;
/** Lower-case particles that belong to a name when joined to a capitalised part (`al-Abadi`). */
const NAME_PARTICLE = /^(?:al|el|bin|ibn|abu|de|del|della|van|von|le|la)-\p{Lu}/u;

/** Longest name kept whole in a title (`Counter Terrorism Service`). */
const MAX_NAME_WORDS = 4;

/**
 * A short title for each paragraph range: its most salient names and words, by frequency in the
 * section times rarity across sections (TF-IDF with sections as documents). Names (runs of
 * capitalised words) count double, since a reader recognises a section by who and where.
 * Returns titles like `Bartella, suicide car bombs, Humvees`; null for a range with no content words.
 */
export function titleSections(article: Article, ranges: Array<[number, number]>): Array<string | null> {
  titleWords.settle();
  const perSection = ranges.map(([first, last]) => termsOf(article, first, last));
  const df = new Map<string, number>();
  for (const terms of perSection) for (const key of terms.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  return perSection.map((terms) => {
    const scored = [...terms.entries()].map(([key, term]) => ({
      key,
      term,
      score: term.count * (term.name ? 2 : 1) * Math.log(1 + ranges.length / (df.get(key) ?? 1)),
    }));
    scored.sort((a, b) => b.score - a.score || a.term.first - b.term.first);
    const picked: string[] = [];
    const pickedKeys: string[] = [];
    for (const { key, term } of scored) {
      if (picked.length >= TITLE_TERMS) break;
      // Skip a word already inside a picked name ("Mosul" when "Mosul Dam" is there) and vice versa.
      if (pickedKeys.some((k) => k.split(' ').some((part) => key.split(' ').includes(part)))) continue;
      picked.push(term.surface);
      pickedKeys.push(key);
    }
    if (picked.length === 0) return null;
    return picked.join(', ');
  });
}

interface Term {
  surface: string;
  count: number;
  name: boolean;
  /** Offset of first use, to break ties by reading order. */
  first: number;
}

/** What a title needs to know of one word; the same for every use of it, so remembered. */
interface TitleWord {
  /** The word without a possessive `'s`. */
  word: string;
  lower: string;
  /** Stem of the lower-case word: its key, alone or as part of a name. */
  stem: string;
  /** Opens with a capital, or is a particle of a name (`al-Abadi`), and is no stop word. */
  capitalised: boolean;
  /** A lower-case content word worth a title: longer than three letters, no digits, no stop word. */
  content: boolean;
}

const titleWords = new WordTable(readTitleWord);

function readTitleWord(raw: string): TitleWord {
  const word = raw.replace(POSSESSIVE, '');
  const lower = word.toLowerCase();
  const capitalised = (CAPITAL_START.test(word) || NAME_PARTICLE.test(word)) && !STOP_WORDS.has(lower);
  return { word, lower, stem: stemWord(lower), capitalised, content: !capitalised && lower.length > 3 && !STOP_WORDS.has(lower) && !/\d/.test(lower) };
}

/**
 * Names and content words of paragraphs first..last, keyed by their stems. Words are read by
 * `joinedWordEnd`, so hyphenated and apostrophised words stay whole (`al-Abadi`, `O'Neill`).
 */
function termsOf(article: Article, first: number, last: number): Map<string, Term> {
  const terms = new Map<string, Term>();
  const add = (key: string, surface: string, name: boolean, at: number) => {
    const term = terms.get(key);
    if (term) term.count++;
    else terms.set(key, { surface, count: 1, name, first: at });
  };
  let run: TitleWord[] = [];
  let runAt = 0;
  const flush = () => {
    if (run.length === 0) return;
    if (run.length <= MAX_NAME_WORDS) add(run.map((w) => w.stem).join(' '), run.map((w) => w.word).join(' '), true, runAt);
    run = [];
  };
  // Sentences are read in the article text itself: their own texts are views into it, slower to read.
  const text = article.text;
  for (const paragraph of article.paragraphs.slice(first - 1, last)) {
    for (const sentence of paragraph.sentences) {
      let index = 0;
      let previousEnd = sentence.start;
      for (let i = sentence.start; i < sentence.end; ) {
        if (wordCharWidth(text, i, sentence.end) === 0) {
          i++;
          continue;
        }
        const end = joinedWordEnd(text, i, sentence.end);
        // Punctuation between two capitalised words ends the name: `Service (CTS)`, `Iraq, Syria`.
        if (!isSpaceBetween(text, previousEnd, i)) flush();
        previousEnd = end;
        const word = titleWords.get(text, i, end);
        // A capital at the start of a sentence says nothing; elsewhere it marks a name.
        if (word.capitalised && index > 0) {
          if (run.length === 0) runAt = i;
          run.push(word);
        } else {
          flush();
          if (word.content) add(word.stem, word.lower, false, i);
        }
        index++;
        i = end;
      }
      flush();
    }
  }
  return terms;
}

/** `/^\s*$/.test(text.slice(from, to))`, by char code. */
function isSpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

