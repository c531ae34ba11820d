/**
 * The person a pronoun or a cue-less quotation stands for: the known person the text named last
 * before the quote. The text's mentions of known people are read only when a quote first asks,
 * so an article whose quotes all name their speakers never scans for them.
 */
import { lowerCased } from '../../structure/char-classes.js';
import { keyStarts, mayStartKey, type Known } from './named-speakers.js';
import { lineStart, opensSentence, SUBJECT_WINDOW } from './pronoun-antecedents.js';
import { forEachCapitalised } from './text-words.js';
import { withoutPossessive } from '../facts/chars.js';

/** How many name mentions a pronoun looks back over for one of its gender. */
const MAX_MENTIONS_BACK = 12;

/** A place where the text names a known person. */
interface PersonMention {
  at: number;
  known: Known;
}

/** The state of the walk over the mentions, which only goes forward, as the quotes do. */
export interface MentionWalk {
  text: string;
  bySurname: ReadonlyMap<string, Known>;
  /** For each person named by surname, the others named in full with that surname. */
  sharing: ReadonlyMap<Known, Known[]>;
  /** Null until a quote asks. */
  mentions: PersonMention[] | null;
  /** Mentions before `reach`. */
  passed: number;
  /** The furthest quote offset seen so far. */
  reach: number;
}

/** A walk with nothing read yet. */
export function mentionWalk(text: string, bySurname: ReadonlyMap<string, Known>, sharing: ReadonlyMap<Known, Known[]>): MentionWalk {
  return { text, bySurname, sharing, mentions: null, passed: 0, reach: -1 };
}

/** Notes a quote at `at`: the mentions passed are those before the furthest quote seen. */
export function passQuote(walk: MentionWalk, at: number): void {
  if (at > walk.reach) walk.reach = at;
}

/** True when `known` may be the person a pronoun of the `wanted` gender stands for (unknown genders fit). */
export function fits(known: Known | null, wanted: 'm' | 'f' | undefined): boolean {
  return known !== null && (wanted === undefined || known.gender === undefined || known.gender === wanted);
}

/**
 * The person named nearest before the quote at `at` who fits the pronoun's gender `wanted`,
 * preferring the subject of a sentence just before it; null when none is in reach.
 */
export function namedBefore(walk: MentionWalk, at: number, wanted: 'm' | 'f' | undefined): PersonMention | null {
  const { text, sharing } = walk;
  const mentions = (walk.mentions ??= personMentions(text, walk.bySurname));
  while (walk.passed < mentions.length && mentions[walk.passed]!.at < walk.reach) walk.passed++;
  const m = walk.passed;
  // Walk back a few mentions for one of the pronoun's gender; bounded, so still linear.
  let named: PersonMention | null = null;
  for (let back = m - 1; back >= 0 && back >= m - MAX_MENTIONS_BACK; back--) {
    if (fits(mentions[back]!.known, wanted)) {
      named = mentions[back]!;
      break;
    }
    // `Bill Clinton spoke ... "Q," he said`: the surname's other bearer, named here in full, of the pronoun's gender.
    const other = wanted ? sharing.get(mentions[back]!.known)?.find((k) => k.gender === wanted && namedHere(text, mentions[back]!.at, k)) : undefined;
    if (other) {
      named = { at: mentions[back]!.at, known: other };
      break;
    }
  }
  // `Bush went after Trump at the debate, when he called ...`: a pronoun prefers the person who is
  // the subject of a sentence just before it in its paragraph over one named later as an object;
  // a nearest person who is a subject too (`Hale spoke first. Ortiz spoke next. ... he`) stays.
  if (named && wanted && at - named.at <= SUBJECT_WINDOW && !opensSentence(text, named.at)) {
    // The paragraph's start is found only once another person is in reach.
    let paragraphStart = -1;
    for (let back = m - 1; back >= 0 && back >= m - MAX_MENTIONS_BACK && at - mentions[back]!.at <= SUBJECT_WINDOW; back--) {
      const mention = mentions[back]!;
      if (mention.known === named.known || !fits(mention.known, wanted)) continue;
      if (paragraphStart === -1) paragraphStart = lineStart(text, at, at - SUBJECT_WINDOW);
      if (mention.at < paragraphStart) break;
      if (!opensSentence(text, mention.at)) continue;
      named = mention;
      break;
    }
  }
  return named;
}

/** True when the surname at `at` is written with `known`'s first name before it (`Bill Clinton`). */
function namedHere(text: string, at: number, known: Known): boolean {
  const first = known.name.slice(0, known.name.indexOf(' ') + 1);
  return first.length > 1 && text.startsWith(first, at - first.length);
}

/** Where the text names a known person (any capitalised word that is a known surname), in order. */
function personMentions(text: string, bySurname: ReadonlyMap<string, Known>): PersonMention[] {
  const found: PersonMention[] = [];
  if (bySurname.size === 0) return found;
  // How the known surnames start, as tables read once per capitalised word.
  const starts = keyStarts(bySurname.keys());
  forEachCapitalised(text, (start, end) => {
    // A word whose first two letters start no known surname (in lower case, as keys are) is ruled
    // out unread: most capitalised words are skipped without a slice or a look-up.
    if (!mayStartKey(text, start, end, starts)) return;
    const known = bySurname.get(withoutPossessive(lowerCased(text.slice(start, end))));
    if (known?.person) found.push({ at: start, known });
  });
  return found;
}
