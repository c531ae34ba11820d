import { genderOfFirstName } from '../lexicon/first-names.js';
import { dropCommonWords, readFullName, type FullName } from './full-names.js';
import { possibleSurnameKeys, surnameKey, type ParsedMention } from './names.js';
import type { RawQuote } from './raw-quote.js';
import { forEachNameRun, lowerCaseWords, type WordSet } from './text-words.js';
import { isAsciiAlnumCode } from './tokens.js';

/** A named person or group, with the ways the article wrote it. */
export interface Known {
  name: string;
  role: string | null;
  person: boolean;
  /** From an honorific (`Mr.`, `Mrs.`, `Ms.`), so `she` never resolves to a Mr. */
  gender?: 'm' | 'f';
}

/** The people the quotes name, by surname, and those who share a surname, by full name. */
export interface NamedSpeakers {
  bySurname: Map<string, Known>;
  /** People who share a surname with someone named before them, by full name (lower case). */
  byFullName: Map<string, Known>;
  /** The words the article writes in lower case; null while no name has needed them. */
  common: WordSet | null;
}

/**
 * The people the speaker phrases name (`parsed`, one per quote), merged by surname to the fullest
 * form the article uses (`Clinton`, `Mrs. Clinton` -> `Hillary Clinton`), with their roles and
 * the gender an honorific or a first name tells. Drops the common words that open a name in
 * `parsed` itself (`When Trump` -> `Trump`).
 */
export function namedSpeakers(text: string, raws: readonly RawQuote[], parsed: ReadonlyArray<ParsedMention | null>): NamedSpeakers {
  const bySurname = new Map<string, Known>();
  const byFullName = new Map<string, Known>();
  // Counting the common words is most of the cost of resolving: done only for an article that
  // names a person, and only once a name of two words or more asks (see lowerCaseWords).
  let common: WordSet | null = null;
  for (let i = 0; i < parsed.length; i++) {
    const p = parsed[i];
    if (!p?.name || !p.person || raws[i]!.guessed) continue;
    common ??= lowerCaseWords(text);
    const key = surnameKey(p.name);
    const known = bySurname.get(key);
    p.name = dropCommonWords(p.name, common);
    const gender = genderOf(raws[i]!.mention?.text ?? '') ?? genderOfName(p.name);
    if (!known) bySurname.set(key, { name: p.name, role: p.role, person: true, ...(gender ? { gender } : {}) });
    else if (otherFirstName(known.name, p.name)) {
      // `Bill Clinton` after `Hillary Clinton`: two people; the surname alone stays with the first.
      const full = p.name.toLowerCase();
      if (!byFullName.has(full)) byFullName.set(full, { name: p.name, role: p.role, person: true, ...(gender ? { gender } : {}) });
    } else {
      if (p.name.split(' ').length > known.name.split(' ').length) known.name = p.name;
      known.role ??= p.role;
      if (gender) known.gender ??= gender;
    }
  }
  if (common) completeSurnames(text, bySurname, common);
  for (const known of bySurname.values()) known.gender ??= genderOfName(known.name);
  return { bySurname, byFullName, common };
}

/** The gender an honorific in a speaker phrase tells, if any. */
function genderOf(mention: string): 'm' | 'f' | undefined {
  // Every honorific starts with one of these capitals; most phrases have none and skip the regexes.
  if (!HONORIFIC_INITIALS.test(mention)) return undefined;
  if (/\b(?:Mr|Sir|Lord|King|Prince)\b/.test(mention)) return 'm';
  if (/\b(?:Mrs|Ms|Miss|Dame|Lady|Queen|Princess)\b/.test(mention)) return 'f';
  return undefined;
}

const HONORIFIC_INITIALS = /[MSLKPDQ]/;

/** True when both are full names with different first names: `Hillary Clinton`, `Bill Clinton`. */
function otherFirstName(known: string, name: string): boolean {
  const a = known.split(' ');
  const b = name.split(' ');
  if (a.length < 2 || b.length < 2 || /\.$/.test(a[0]!) || /\.$/.test(b[0]!)) return false;
  // `Wasserman Schultz` is `Debbie Wasserman Schultz` without her first name.
  const endsWith = (x: string[], y: string[]) => y.every((w, k) => x[x.length - y.length + k]!.toLowerCase() === w.toLowerCase());
  return !(a.length > b.length ? endsWith(a, b) : endsWith(b, a));
}

/** The gender a full name's first name tells (`Hillary Clinton`), if any; a surname alone tells none. */
function genderOfName(name: string): 'm' | 'f' | undefined {
  const space = name.indexOf(' ');
  return space > 0 ? genderOfFirstName(name.slice(0, space)) : undefined;
}

/**
 * A surname seen alone (`Clinton`) takes the full name written elsewhere (`Hillary Clinton`): one
 * pass over the runs of two to four capitalised words in the text.
 */
function completeSurnames(text: string, bySurname: Map<string, Known>, common: WordSet): void {
  const waiting = new Set([...bySurname].filter(([, known]) => !known.name.includes(' ')).map(([key]) => key));
  if (waiting.size === 0) return;
  // Names recur, so each distinct run of capitalised words is read once.
  const read = new Map<string, FullName | null>();
  const starts = keyStarts(waiting);
  forEachNameRun(text, (start, end) => {
    // Most runs have no word that starts as a waiting key does: they are passed with no slice or look-up.
    if (!mayHoldKey(text, start, end, starts)) return false;
    const run = text.slice(start, end);
    let full = read.get(run);
    // Waiting only shrinks, so a run none of whose possible keys waits now never will.
    if (full === undefined) read.set(run, (full = possibleSurnameKeys(run).some((key) => waiting.has(key)) ? readFullName(run, common) : null));
    if (!full || !waiting.has(full.key)) return false;
    const known = bySurname.get(full.key)!;
    known.name = full.name;
    known.role ??= full.role;
    waiting.delete(full.key);
    return waiting.size === 0;
  });
}

/**
 * How a set of surname keys (the waiting ones here, the known ones in person-mentions.ts) start, as
 * two tables: the ASCII pairs of first and second characters of the keys longer than one, and the
 * ASCII first characters of the keys with no ASCII second one.
 */
export interface KeyStarts {
  pairs: Uint8Array;
  initials: Uint8Array;
}

export function keyStarts(keys: Iterable<string>): KeyStarts {
  const pairs = new Uint8Array(128 * 128);
  const initials = new Uint8Array(128);
  for (const key of keys) {
    const first = key.charCodeAt(0);
    if (first >= 128) continue;
    const second = key.length > 1 ? key.charCodeAt(1) : 128;
    if (second < 128) pairs[first * 128 + second] = 1;
    else initials[first] = 1;
  }
  return { pairs, initials };
}

function lowerAscii(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/**
 * False when no word of the run `text.slice(start, end)` can give a waiting key: every word of
 * `words` starts at a letter or digit with none right before it, and the key of an ASCII word
 * starts with its first two characters in lower case. A run with a character beyond ASCII (which
 * may start a word, or lower-case to ASCII) is always read.
 */
function mayHoldKey(text: string, start: number, end: number, starts: KeyStarts): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return true;
    if (!isAsciiAlnumCode(code) || (i > start && isAsciiAlnumCode(text.charCodeAt(i - 1)))) continue;
    if (mayStartKey(text, i, end, starts)) return true;
  }
  return false;
}

/**
 * False when the word starting at `start` (and ending by `end`) cannot give a key: the key of an
 * ASCII word is its first two characters in lower case, or its one letter. A word starting beyond
 * ASCII always may.
 */
export function mayStartKey(text: string, start: number, end: number, starts: KeyStarts): boolean {
  const first = text.charCodeAt(start);
  if (first >= 128) return true;
  const lower = lowerAscii(first);
  if (starts.initials[lower] === 1) return true;
  if (end - start < 2) return false;
  const second = text.charCodeAt(start + 1);
  return second >= 128 || starts.pairs[lower * 128 + lowerAscii(second)] === 1;
}
