import { genderOfFirstName } from '../lexicon/first-names.js';
import { isHonorific } from '../lexicon/titles.js';
import { lowerCased } from './char-class.js';
import { parseMention, surnameKey } from './names.js';
import { forEachCapitalised, withoutPossessive, type WordSet } from './text-words.js';

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
  const name = dropCommonWords(full.name, common);
  // `Happened Between Marco Rubio`: a common word inside means a title-case headline, not a name.
  if (!name.includes(' ') || name.split(' ').slice(0, -1).some((w) => common.has(w.toLowerCase()))) return null;
  return { name, role: full.role, key: surnameKey(name) };
}

/** `Both Bolton` -> `Bolton`, `When Trump` -> `Trump`: leading common words are not the name. */
export function dropCommonWords(name: string, common: WordSet): string {
  const parts = name.split(' ');
  let k = 0;
  while (k < parts.length - 1 && common.has(parts[k]!.toLowerCase())) k++;
  return k === 0 ? name : parts.slice(k).join(' ');
}

/** A person's full name where the text writes it. */
export interface NameRun extends FullName {
  at: number;
}

/** Runs of two to four capitalised words, the shape of a full name. */
const NAME_RUN = /\p{Lu}[\p{L}'’.-]*(?:[ ]\p{Lu}[\p{L}'’.-]*){1,3}/gu;

/**
 * Every place the text writes a person's full name (`Jane Porter`, `Sen. Tom Hale`), in order:
 * one pass over the runs of capitalised words, each distinct run parsed once.
 */
export function readNameRuns(text: string, common: WordSet): NameRun[] {
  const runs: NameRun[] = [];
  const read = new Map<string, FullName | null>();
  for (const match of text.matchAll(NAME_RUN)) {
    // `Donald Trump.` ends a sentence: the stop is not part of the name.
    const run = match[0].endsWith('.') && !/\s\p{Lu}\.$/u.test(match[0]) ? match[0].slice(0, -1) : match[0];
    let full = read.get(run);
    if (full === undefined) read.set(run, (full = acrossStop(run) ? null : readFullName(run, common)));
    if (full) runs.push({ ...full, at: match.index! });
  }
  // News names a person in full once, then by surname: a run whose last word never stands alone
  // (`New Hampshire`, `Wall Street`, `Gold Star`) is a place or a thing, unless a title comes with it.
  const alone = new Map<string, number>();
  forEachCapitalised(text, (start, end) => {
    const key = withoutPossessive(lowerCased(text.slice(start, end)));
    alone.set(key, (alone.get(key) ?? 0) + 1);
  });
  const inRuns = new Map<string, number>();
  for (const run of runs) inRuns.set(run.key, (inRuns.get(run.key) ?? 0) + 1);
  return runs.filter((run) => run.role !== null || (alone.get(run.key) ?? 0) > (inRuns.get(run.key) ?? 0));
}

/**
 * True when a run of capitalised words cannot be one name: `Convention. The` crosses a full stop
 * (one not after an initial or a title).
 */
function acrossStop(run: string): boolean {
  const words = run.split(' ');
  // `Did I`: a surname has more than one letter; `Entrusting Donald Trump`: a participle opens a clause.
  if ((words[words.length - 1]?.length ?? 0) < 2 || /^\p{Lu}\p{Ll}+ing$/u.test(words[0]!)) return true;
  return words.slice(0, -1).some((w) => w.endsWith('.') && w.length > 2 && !isHonorific(w));
}

/** How far back (characters) a pronoun looks for a person who was named but never quoted. */
const MAX_NAME_DISTANCE = 1500;

/** How many names back a pronoun looks for one whose first name fits its gender. */
const MAX_RUNS_BACK = 8;

/**
 * The last full name written before `offset`, not too far back, whose first name does not tell
 * the other gender (`she` skips `Donald Trump` for `Hillary Clinton`); a binary search, then a
 * bounded walk back.
 */
export function lastNamedBefore(runs: readonly NameRun[], offset: number, gender: 'm' | 'f'): NameRun | null {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid]!.at < offset) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - MAX_RUNS_BACK; k--) {
    const run = runs[k]!;
    if (offset - run.at > MAX_NAME_DISTANCE) return null;
    const told = genderOfFirstName(run.name.split(' ')[0]!);
    if (told === undefined || told === gender) return run;
  }
  return null;
}
