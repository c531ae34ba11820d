/**
 * What a pronoun can stand for: the person who opens a sentence before it (`he`), and the body or
 * document that spoke (`it`), never a person described or a plural group.
 */
import { isRoleWord } from '../lexicon/titles.js';
import { PEOPLE_WORDS, SINGULAR_IN_S } from '../lexicon/speaker-words.js';
import { isOrganization } from './names.js';
import { isNameChar, startsUpper } from './char-class.js';

/** How far (characters) before a pronoun the subject of a sentence is preferred to a later name. */
export const SUBJECT_WINDOW = 300;
/** Longest name (characters) read back from a surname to the start of its sentence: `Sen. Ana M. Ruiz`. */
const MAX_NAME_LEAD = 30;

/** Offset just after the last line break before `at`, looking no further back than `floor`. */
export function lineStart(text: string, at: number, floor: number): number {
  let i = at;
  while (i > Math.max(0, floor) && text.charCodeAt(i - 1) !== 10) i--;
  return i;
}

/**
 * True when the name whose surname starts at `at` opens its sentence: only capitalised words,
 * initials and titles before it (`Sen. Ana M. Ruiz`), then a paragraph start or a sentence's stop.
 */
export function opensSentence(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && at - i < MAX_NAME_LEAD) {
    let j = i;
    while (j > 0 && text.charCodeAt(j - 1) === 32) j--;
    if (j === i && i !== at) break;
    let k = j;
    while (k > 0 && isNameChar(text.charCodeAt(k - 1))) k--;
    if (k === j || !startsUpper(text.slice(k, k + 1))) break;
    // A word ending in a stop ends a sentence unless short (`Gov.`, `M.`).
    if (text.charCodeAt(j - 1) === 46 && j - k > 4) break;
    i = k;
  }
  let b = i;
  while (b > 0 && text.charCodeAt(b - 1) === 32) b--;
  const before = text[b - 1];
  return b === 0 || before === '\n' || before === '.' || before === '!' || before === '?' || ((before === '"' || before === '”') && /[.!?]/.test(text[b - 2] ?? ''));
}

/** Prepositions after a role word that place a person at a body: `a spokesman for the Times`. */
const PERSON_AT: ReadonlySet<string> = new Set(['for', 'at', 'of', 'with', 'from', 'in']);

/** How many paragraphs back `it` may find the body or document it stands for. */
export const MAX_IT_PARAGRAPHS = 2;

/**
 * A speaker `it` can stand for: not a plural group (`Islamic State fighters`, `Republicans`),
 * read from the last word's plural `-s` (names of outlets such as `News` or `Times` stay singular).
 */
export function isSingular(name: string): boolean {
  const words = name.toLowerCase().split(' ');
  const last = words[words.length - 1]!;
  // `Vice News`, `State Department`, `NBCNews`: an outlet's or a body's name.
  const body = isOrganization(words) || last.endsWith('news') || last.endsWith('times');
  // `a spokesman for the New York Times`, `an anchor at Fox News`: a person at a body, never `it`;
  // inside the body's own name (`Vice News`, `Sanders campaign`) a role word is no person.
  if (body) return !words.some((w, k) => (isRoleWord(w) || PEOPLE_WORDS.has(w)) && PERSON_AT.has(words[k + 1] ?? ''));
  // `RNC member`, `a source familiar`, `the Treasury secretary`: a person described, never `it`.
  if (words.some((w) => isRoleWord(w) || PEOPLE_WORDS.has(w))) return false;
  return !last.endsWith('s') || last.endsWith('ss') || SINGULAR_IN_S.has(last) || last.length <= 3;
}
