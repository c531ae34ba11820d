/**
 * The person a pronoun stands for when no speaker was named before it: the person the text named
 * last, in full or by a surname alone, whose first name does not tell the other gender.
 */
import { genderOfFirstName } from '../lexicon/first-names.js';
import { TITLE_GENDER } from '../lexicon/speaker-words.js';
import { surnameKey } from './names.js';
import { withoutPossessive } from '../facts/chars.js';
import { acrossStop, isLetterAt, readFullName, roleBefore, standsAlone, withoutSentenceStop, wordIndex, type FullName, type NameReader } from './full-names.js';

/** The same, and single capitalised words (a surname alone, or a sentence's first word). */
const NAME_OR_WORD_RUN = /\p{Lu}[\p{L}'’.-]*(?:[ ]\p{Lu}[\p{L}'’.-]*){0,3}/gu;
/** How many runs, single words among them, a pronoun reads back at most. */
const MAX_WORD_RUNS_BACK = 40;

/** How far back (characters) a pronoun looks for a person who was named but never quoted. */
const MAX_NAME_DISTANCE = 1500;

/** How many names back a pronoun looks for one whose first name fits its gender. */
const MAX_RUNS_BACK = 8;

/**
 * The person the text named in full last before `offset`, not too far back, whose first name does
 * not tell the other gender (`she` skips `Paul Marsh` for `Ruth Marsh`). Reads names only
 * in the stretch of text before the pronoun; each distinct name is parsed once an article.
 */
export function lastNamedBefore(reader: NameReader, offset: number, gender: 'm' | 'f'): FullName | null {
  const from = Math.max(0, offset - MAX_NAME_DISTANCE);
  const before = reader.text.slice(from, offset);
  const runs: Array<{ run: string; at: number }> = [];
  for (const match of before.matchAll(NAME_OR_WORD_RUN)) {
    // `Paul Marsh.` ends a sentence: the stop is not part of the name.
    runs.push({ run: match[0].endsWith('.') && !/\s\p{Lu}\.$/u.test(match[0]) ? match[0].slice(0, -1) : match[0], at: from + match.index });
  }
  let names = 0;
  for (let k = runs.length - 1; k >= 0 && names < MAX_RUNS_BACK && k >= runs.length - MAX_WORD_RUNS_BACK; k--) {
    const { run, at } = runs[k]!;
    // `Marsh shrugged it off. "Q," she said`: a surname alone stands for the one person of the
    // pronoun's gender the article names in full with it.
    if (!run.includes(' ')) {
      const person = bySurnameAlone(reader, run, gender);
      if (person) return person;
      continue;
    }
    names++;
    // `Mrs. Marsh`, `Mr. Reed`: a courtesy title and a surname are a person, of the title's gender.
    const titled = titledSurname(run);
    if (titled) {
      if (titled.gender === gender) return titled.name;
      continue;
    }
    const full = fullNameOf(reader, run);
    // `professor Brigid Harrison`: a role word right before the name makes it a person's.
    if (!full || !(standsAlone(reader, full) || roleBefore(reader.text, at))) continue;
    const told = genderOfFirstName(full.name.split(' ')[0]!);
    if (told === undefined || told === gender) return full;
  }
  return null;
}

/** `Mrs. Marsh` -> the surname `Marsh`, a woman's; null for any other run. */
function titledSurname(run: string): { name: FullName; gender: 'm' | 'f' } | null {
  const space = run.indexOf(' ');
  if (space === -1 || run.indexOf(' ', space + 1) !== -1) return null;
  const gender = TITLE_GENDER.get(run.slice(0, space).toLowerCase());
  const surname = withoutPossessive(run.slice(space + 1));
  if (!gender || surname.length < 2) return null;
  return { name: { name: surname, role: null, key: surnameKey(surname) }, gender };
}

/**
 * The person the article names in full with the surname `word` (a first name and the surname),
 * when exactly one such person has a first name that tells the pronoun's gender. Read where the
 * word stands in the text (the article's word index), once an article for each word and gender.
 */
function bySurnameAlone(reader: NameReader, word: string, gender: 'm' | 'f'): FullName | null {
  const surname = withoutSentenceStop(withoutPossessive(word));
  // A word the article mostly writes in lower case (`The`, `When`) is no surname.
  if (surname.length < 2 || reader.common.has(surname.toLowerCase())) return null;
  const key = gender + ':' + surname;
  let person = reader.surnames.get(key);
  if (person === undefined) reader.surnames.set(key, (person = readPerson(reader, surname, gender)));
  return person;
}

function readPerson(reader: NameReader, surname: string, gender: 'm' | 'f'): FullName | null {
  const { text } = reader;
  let found: { first: string; at: number } | null = null;
  for (const at of wordIndex(reader).get(surname) ?? []) {
    // `Ruth Marsh`: one space, then a capitalised first name of the pronoun's gender.
    if (isLetterAt(text, at + surname.length) || text.charCodeAt(at - 1) !== 32) continue;
    let start = at - 1;
    while (start > 0 && isLetterAt(text, start - 1)) start--;
    const first = text.slice(start, at - 1);
    if (first.length < 2 || genderOfFirstName(first) !== gender || first[0] === first[0]!.toLowerCase()) continue;
    if (found && found.first !== first) return null;
    found ??= { first, at: start };
  }
  if (!found) return null;
  const run = `${found.first} ${surname}`;
  const full = fullNameOf(reader, run);
  return full && full.key === surnameKey(surname) && (standsAlone(reader, full) || roleBefore(text, found.at)) ? full : null;
}

/** The full name a run of capitalised words reads as (null for none), read once an article. */
function fullNameOf(reader: NameReader, run: string): FullName | null {
  let full = reader.read.get(run);
  if (full === undefined) reader.read.set(run, (full = acrossStop(run) ? null : readFullName(run, reader.common)));
  return full;
}
