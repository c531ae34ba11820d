import type { Article } from '../../article.js';
import { STOP_WORDS } from '../stop-words.js';
import { stemWord } from '../stem.js';

/** Salient terms in a title: enough to tell sections apart, short enough for one line. */
const TITLE_TERMS = 3;
/** A word for titles: hyphenated and apostrophised words stay whole (`al-Abadi`, `O'Neill`). */
const NAME_WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
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

/** Names and content words of paragraphs first..last, keyed by their stems. */
function termsOf(article: Article, first: number, last: number): Map<string, Term> {
  const terms = new Map<string, Term>();
  const add = (key: string, surface: string, name: boolean, at: number) => {
    const term = terms.get(key);
    if (term) term.count++;
    else terms.set(key, { surface, count: 1, name, first: at });
  };
  for (const paragraph of article.paragraphs.slice(first - 1, last)) {
    for (const sentence of paragraph.sentences) {
      let run: Array<{ word: string; at: number }> = [];
      const flush = () => {
        if (run.length > 0 && run.length <= MAX_NAME_WORDS) {
          const surface = run.map((r) => r.word).join(' ');
          add(run.map((r) => stemWord(r.word.toLowerCase())).join(' '), surface, true, run[0]!.at);
        }
        run = [];
      };
      let index = 0;
      let previousEnd = 0;
      for (const match of sentence.text.matchAll(NAME_WORD)) {
        // Punctuation between two capitalised words ends the name: `Service (CTS)`, `Iraq, Syria`.
        if (!/^\s*$/.test(sentence.text.slice(previousEnd, match.index))) flush();
        previousEnd = match.index + match[0].length;
        const word = match[0].replace(/['’]s$/, '');
        const lower = word.toLowerCase();
        const capitalised = (/^\p{Lu}/u.test(word) || NAME_PARTICLE.test(word)) && !STOP_WORDS.has(lower);
        // A capital at the start of a sentence says nothing; elsewhere it marks a name.
        if (capitalised && index > 0) run.push({ word, at: sentence.start + match.index });
        else {
          flush();
          if (!capitalised && lower.length > 3 && !STOP_WORDS.has(lower) && !/\d/.test(lower)) add(stemWord(lower), lower, false, sentence.start + match.index);
        }
        index++;
      }
      flush();
    }
  }
  return terms;
}
