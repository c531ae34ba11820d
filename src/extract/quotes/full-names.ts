import { SPEAKER_STOP_WORDS } from '../lexicon/speaker-stops.js';
import { isHonorific, isRoleWord } from '../lexicon/titles.js';
import { parseMention, surnameKey } from './names.js';
import type { WordSet } from './text-words.js';
import { isLetterCode, isLowerCode } from './char-class.js';

/** A full name (two words or more) found in the text, with its surname key. */
export interface FullName {
  name: string;
  role: string | null;
  key: string;
}

/** A run of capitalised words read as a person's full name, or null when it is not one. */
export function readFullName(run: string, common: WordSet): FullName | null {
  const full = parseMention(run);
  if (!full.name || !full.person) return null;
  const name = withoutSentenceStop(dropCommonWords(full.name, common));
  // `Happened Between Marco Rubio`: a common word inside means a title-case headline, not a name.
  if (!name.includes(' ') || name.split(' ').slice(0, -1).some((w) => common.has(w.toLowerCase()))) return null;
  return { name, role: full.role, key: surnameKey(name) };
}

/**
 * `Bernie Ebbers.` -> `Bernie Ebbers`: a run read at a sentence's end keeps the stop of the
 * sentence; an initial's or a suffix's (`Ana M.`, `Jr.`) is two letters or fewer and stays.
 */
export function withoutSentenceStop(name: string): string {
  if (!name.endsWith('.')) return name;
  const last = name.slice(name.lastIndexOf(' ') + 1, -1);
  return last.length > 2 ? name.slice(0, -1) : name;
}

/** `Both Bolton` -> `Bolton`, `When Trump` -> `Trump`: leading common words are not the name. */
export function dropCommonWords(name: string, common: WordSet): string {
  const parts = name.split(' ');
  let k = 0;
  // Sentence openers (`While`, `Maybe`) go even where the article capitalises them more often than not.
  while (k < parts.length - 1 && (SPEAKER_STOP_WORDS.has(parts[k]!.toLowerCase()) || common.has(parts[k]!.toLowerCase()))) k++;
  return k === 0 ? name : parts.slice(k).join(' ');
}

/** What reading names back from a pronoun has learnt, kept for the next pronoun of the article. */
export interface NameReader {
  text: string;
  common: WordSet;
  read: Map<string, FullName | null>;
  alone: Map<string, boolean>;
  /** Where each word (a run of letters) of the text starts; indexed on first use. */
  words: Map<string, number[]> | null;
  /** For a surname standing alone, by pronoun gender and word (`f:Marsh`), the one person it stands for. */
  surnames: Map<string, FullName | null>;
}

/** A reader of the article's names, with nothing read yet. */
export function nameReader(text: string, common: WordSet): NameReader {
  return { text, common, read: new Map(), alone: new Map(), words: null, surnames: new Map() };
}

/**
 * True when a run of capitalised words cannot be one name: `Convention. The` crosses a full stop
 * (one not after an initial or a title).
 */
export function acrossStop(run: string): boolean {
  const words = run.split(' ');
  // `Did I`: a surname has more than one letter; `Entrusting Donald Trump`: a participle opens a clause.
  if ((words[words.length - 1]?.length ?? 0) < 2 || /^\p{Lu}\p{Ll}+ing$/u.test(words[0]!)) return true;
  return words.slice(0, -1).some((w) => w.endsWith('.') && w.length > 2 && !isHonorific(w));
}

/** True when a lower-case role word (`professor`, `senator`) stands right before offset `at`, or before its comma. */
export function roleBefore(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  // `the F.B.I. director, James B. Comey,`: the role may stand before an appositive's comma.
  if (end > 0 && text.charCodeAt(end - 1) === 44) end--;
  let start = end;
  while (start > 0 && end - start < MAX_ROLE_LETTERS && isLowerCode(text.charCodeAt(start - 1))) start--;
  return start < end && isRoleWord(text.slice(start, end));
}

/** Longest role word read back before a name. */
const MAX_ROLE_LETTERS = 20;

/**
 * News names a person in full once, then by surname: a name whose last word never stands alone
 * (`New Hampshire`, `Wall Street`, `Gold Star`) is a place or a thing, unless a title comes with it.
 */
export function standsAlone(reader: NameReader, full: FullName): boolean {
  if (full.role !== null) return true;
  let known = reader.alone.get(full.name);
  if (known === undefined) {
    known = surnameAloneSomewhere(reader, full.name, full.name.slice(full.name.lastIndexOf(' ') + 1));
    reader.alone.set(full.name, known);
  }
  return known;
}

const LETTERS = /\p{L}+/gu;
const LAST_LETTERS = /\p{L}+$/u;

/**
 * Whether `surname` stands somewhere in the text as a word of its own, not as the end of `name`.
 * It looks only where the surname's last run of letters stands, through an index of the text's
 * words built once an article, and stops at the first such place: the work stays linear however
 * many names share the text (a pass over the whole text per name was quadratic).
 */
function surnameAloneSomewhere(reader: NameReader, name: string, surname: string): boolean {
  const { text } = reader;
  const last = LAST_LETTERS.exec(surname)?.[0];
  if (last === undefined) return false;
  for (const at of wordIndex(reader).get(last) ?? []) {
    const start = at + last.length - surname.length;
    if (start < 0 || isLetterAt(text, start - 1) || !text.startsWith(surname, start)) continue;
    const nameStart = start + surname.length - name.length;
    if (nameStart < 0 || isLetterAt(text, nameStart - 1) || !text.startsWith(name, nameStart)) return true;
  }
  return false;
}

/** Where each word (a run of letters) of the text starts, built once an article. */
export function wordIndex(reader: NameReader): Map<string, number[]> {
  if (reader.words) return reader.words;
  const words = new Map<string, number[]>();
  for (const match of reader.text.matchAll(LETTERS)) {
    const starts = words.get(match[0]);
    if (starts) starts.push(match.index);
    else words.set(match[0], [match.index]);
  }
  return (reader.words = words);
}

/** True when the character at `i` is a letter. */
export function isLetterAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isLetterCode(text.charCodeAt(i));
}
