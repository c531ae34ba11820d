/**
 * The person a pronoun stands for when no speaker was named before it: the person the text named
 * last, in full or by a surname alone, whose first name does not tell the other gender.
 */
import { genderOfFirstName } from '../lexicon/first-names.js';
import { TITLE_GENDER } from '../lexicon/speaker-words.js';
import { surnameKey } from './names.js';
import { acrossStop, NAME_RUN, readFullName, roleBefore, standsAlone, withoutSentenceStop, type FullName, type GenderedRun, type NameReader } from './full-names.js';

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
 * not tell the other gender (`she` skips `Donald Trump` for `Hillary Clinton`). Reads names only
 * in the stretch of text before the pronoun; each distinct name is parsed once an article.
 */
export function lastNamedBefore(reader: NameReader, offset: number, gender: 'm' | 'f'): FullName | null {
  const from = Math.max(0, offset - MAX_NAME_DISTANCE);
  const before = reader.text.slice(from, offset);
  const runs: Array<{ run: string; at: number }> = [];
  for (const match of before.matchAll(NAME_OR_WORD_RUN)) {
    // `Donald Trump.` ends a sentence: the stop is not part of the name.
    runs.push({ run: match[0].endsWith('.') && !/\s\p{Lu}\.$/u.test(match[0]) ? match[0].slice(0, -1) : match[0], at: from + match.index });
  }
  let names = 0;
  for (let k = runs.length - 1; k >= 0 && names < MAX_RUNS_BACK && k >= runs.length - MAX_WORD_RUNS_BACK; k--) {
    const { run, at } = runs[k]!;
    // `Clinton laughed it off. "Q," she said`: a surname alone stands for the one person of the
    // pronoun's gender the article names in full with it.
    if (!run.includes(' ')) {
      const person = bySurnameAlone(reader, run, offset, gender);
      if (person) return person;
      continue;
    }
    names++;
    // `Mrs. Clinton`, `Mr. Biden`: a courtesy title and a surname are a person, of the title's gender.
    const titled = titledSurname(run);
    if (titled) {
      if (titled.gender === gender) return titled.name;
      continue;
    }
    let full = reader.read.get(run);
    if (full === undefined) reader.read.set(run, (full = acrossStop(run) ? null : readFullName(run, reader.common)));
    // `professor Brigid Harrison`: a role word right before the name makes it a person's.
    if (!full || !(standsAlone(reader, full) || roleBefore(reader.text, at))) continue;
    const told = genderOfFirstName(full.name.split(' ')[0]!);
    if (told === undefined || told === gender) return full;
  }
  return null;
}

/** `Mrs. Clinton` -> the surname `Clinton`, a woman's; null for any other run. */
function titledSurname(run: string): { name: FullName; gender: 'm' | 'f' } | null {
  const space = run.indexOf(' ');
  if (space === -1 || run.indexOf(' ', space + 1) !== -1) return null;
  const gender = TITLE_GENDER.get(run.slice(0, space).toLowerCase());
  const surname = run.slice(space + 1).replace(/[’']s$/u, '');
  if (!gender || surname.length < 2) return null;
  return { name: { name: surname, role: null, key: surnameKey(surname) }, gender };
}

/**
 * The person the article names in full with the surname `word` before `offset`, when exactly one
 * such person has a first name that tells the pronoun's gender.
 */
function bySurnameAlone(reader: NameReader, word: string, offset: number, gender: 'm' | 'f'): FullName | null {
  const surname = withoutSentenceStop(word.replace(/[’']s$/u, ''));
  if (surname.length < 2) return null;
  const runs = gendered(reader, offset).get(surnameKey(surname));
  if (!runs) return null;
  let found: GenderedRun | null = null;
  for (const run of runs) {
    // Only a first name that tells the pronoun's gender: a surname alone is weaker evidence than a full name.
    if (run.gender !== gender || found?.first === run.first) continue;
    if (found) return null;
    found = run;
  }
  if (!found) return null;
  let full = reader.read.get(found.run);
  if (full === undefined) reader.read.set(found.run, (full = acrossStop(found.run) ? null : readFullName(found.run, reader.common)));
  return full && full.key === surnameKey(surname) && (standsAlone(reader, full) || roleBefore(reader.text, found.at)) ? full : null;
}

/**
 * The runs of the shape of a full name before `upTo` whose first name tells a gender, by surname
 * key. Pronouns come in text order, so each call reads on from where the last one stopped: one
 * regex pass over the text an article at most, and only once a pronoun found no speaker.
 */
function gendered(reader: NameReader, upTo: number): Map<string, GenderedRun[]> {
  const runs = (reader.surnames ??= { bySurname: new Map(), scan: new RegExp(NAME_RUN.source, 'gu') });
  const { bySurname, scan } = runs;
  for (let match = scan.exec(reader.text); match; match = scan.exec(reader.text)) {
    if (match.index >= upTo) {
      scan.lastIndex = match.index;
      break;
    }
    const run = match[0].endsWith('.') && !/\s\p{Lu}\.$/u.test(match[0]) ? match[0].slice(0, -1) : match[0];
    const words = run.split(' ');
    const first = words.find((w) => genderOfFirstName(w) !== undefined);
    const gender = first === undefined ? undefined : genderOfFirstName(first);
    if (!first || !gender || first === words[words.length - 1]) continue;
    const key = surnameKey(run);
    const list = bySurname.get(key);
    if (list) list.push({ run, at: match.index, first, gender });
    else bySurname.set(key, [{ run, at: match.index, first, gender }]);
  }
  return bySurname;
}

