import type { Quote } from '../../article.js';
import { isRoleWord } from '../lexicon/titles.js';
import { parseMention, surnameKey, type ParsedMention } from './names.js';
import { lowerCased, startsUpper } from './char-class.js';
import { cleanMention } from './clean-mention.js';
import type { RawQuote } from './raw-quote.js';
import { lastNamedBefore, nameReader, type NameReader } from './full-names.js';
import { namedSpeakers, type Known } from './named-speakers.js';
import { forEachCapitalised, lowerCaseWords, withoutPossessive } from './text-words.js';

/** How many name mentions a pronoun looks back over for one of its gender. */
const MAX_MENTIONS_BACK = 12;

/**
 * Gives each raw quote its speaker: names merged by surname to the fullest form the article uses
 * (`Clinton`, `Mrs. Clinton` -> `Hillary Clinton`), roles carried over, pronouns resolved to the
 * nearest preceding named speaker, and continued quotes given the speaker before them.
 * Quotes must be in document order.
 */
export function resolveSpeakers(text: string, found: readonly RawQuote[]): Quote[] {
  const raws = found.map((raw) => {
    const mention = cleanMention(raw);
    return mention === raw.mention ? raw : { ...raw, mention };
  });
  const indefinite = raws.map((raw) => (raw.mention ? describeIndefinite(raw.mention.text) : null));
  // An article names its speakers the same way again and again: each phrase is parsed once (and
  // copied, as namedSpeakers rewrites their names).
  const parses = new Map<string, ParsedMention>();
  const parseOnce = (mention: string): ParsedMention => {
    let p = parses.get(mention);
    if (!p) parses.set(mention, (p = parseMention(mention)));
    return { name: p.name, role: p.role, pronoun: p.pronoun, person: p.person };
  };
  const parsed = raws.map((raw, i) => (raw.mention ? indefinite[i] ?? upperCaseHeading(raw.mention.text) ?? parseOnce(raw.mention.text) : null));
  const registry = namedSpeakers(text, raws, parsed);
  const { bySurname, byFullName } = registry;
  let common = registry.common;
  const mentions = personMentions(text, bySurname);
  let m = 0;
  const out: Quote[] = [];
  let lastPerson: Known | null = null;
  let lastPersonAt = -1;
  let lastAny: Known | null = null;
  let lastAttributed: Known | null = null;
  let lastAttributedParagraph = -1;
  // The last body, document or outlet that spoke, for `it said`; each name is read once.
  let lastThing: Known | null = null;
  const singulars = new Map<string, boolean>();
  const singular = (name: string): boolean => {
    let is = singulars.get(name);
    if (is === undefined) singulars.set(name, (is = isSingular(name)));
    return is;
  };
  let lastThingParagraph = -1;
  // Read only when a pronoun finds no speaker before it.
  let names: NameReader | null = null;
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i]!;
    const p = parsed[i] ?? null;
    const at = raw.mention?.start ?? raw.fragments[0]!.start;
    // The nearest person named in the text before this point, walking the sorted mentions once.
    while (m < mentions.length && mentions[m]!.at < at) m++;
    const wanted = p?.pronoun === 'he' ? 'm' : p?.pronoun === 'she' ? 'f' : undefined;
    const fits = (k: Known | null) => k !== null && (wanted === undefined || k.gender === undefined || k.gender === wanted);
    // Walk back a few mentions for one of the pronoun's gender; bounded, so still linear.
    let named: { at: number; known: Known } | null = null;
    for (let back = m - 1; back >= 0 && back >= m - MAX_MENTIONS_BACK; back--) {
      if (fits(mentions[back]!.known)) {
        named = mentions[back]!;
        break;
      }
    }
    // `Bush went after Trump at the debate, when he called ...`: a pronoun prefers the person who is
    // the subject of a sentence just before it in its paragraph over one named later as an object.
    if (named && wanted && at - named.at <= SUBJECT_WINDOW) {
      // The paragraph's start is found only once another person is in reach.
      let paragraphStart = -1;
      for (let back = m - 1; back >= 0 && back >= m - MAX_MENTIONS_BACK && at - mentions[back]!.at <= SUBJECT_WINDOW; back--) {
        const mention = mentions[back]!;
        if (mention.known === named.known || !fits(mention.known)) continue;
        if (paragraphStart === -1) paragraphStart = lineStart(text, at, at - SUBJECT_WINDOW);
        if (mention.at < paragraphStart) break;
        if (!opensSentence(text, mention.at)) continue;
        named = mention;
        break;
      }
    }
    const nearestPerson: Known | null = named && (named.at > lastPersonAt || !fits(lastPerson)) ? named.known : fits(lastPerson) ? lastPerson : null;
    let known: Known | null = null;
    if (p?.pronoun) {
      // `The statement said ... It added`: `it` is the body or document that spoke just before.
      const thing: Known | null = lastThing && raw.paragraph - lastThingParagraph <= MAX_IT_PARAGRAPHS ? lastThing : null;
      known = p.pronoun === 'they' || p.pronoun === 'we' ? lastAny : p.pronoun === 'it' ? thing : p.pronoun === 'you' ? null : nearestPerson;
      // `he` with no speaker named before: the person the text named last, quoted or not.
      if (!known && wanted) {
        names ??= nameReader(text, (common ??= lowerCaseWords(text)));
        const run = lastNamedBefore(names, at, wanted);
        if (run) known = bySurname.get(run.key) ?? { name: run.name, role: run.role, person: true };
      }
    } else if (p?.name) known = p.person ? (byFullName.get(p.name.toLowerCase()) ?? bySurname.get(surnameKey(p.name)) ?? (raw.guessed ? { name: p.name, role: p.role, person: false } : null)) : ((indefinite[i] ? null : byRole(p.name, bySurname)) ?? { name: p.name, role: null, person: false });
    else if (raw.continues) known = lastAny;
    // A quotation with no cue (or only a colon) and no subject: news goes on with the speaker of
    // the attributed quote just before (same or previous paragraph); failing that, the person named last.
    else if (raw.kind !== 'reported' && (!raw.cue || raw.cue.text === ':')) known = lastAttributed && raw.paragraph - lastAttributedParagraph <= 1 ? lastAttributed : nearestPerson;
    if (known?.person) {
      lastPerson = known;
      lastPersonAt = at;
    }
    if (known) lastAny = known;
    if (known && !known.person && (known === lastThing || singular(known.name))) {
      lastThing = known;
      lastThingParagraph = raw.paragraph;
    }
    if (known && raw.cue) {
      lastAttributed = known;
      lastAttributedParagraph = raw.paragraph;
    }
    out.push(toQuote(text, raw, known, p));
  }
  return out;
}

/** How far (characters) before a pronoun the subject of a sentence is preferred to a later name. */
const SUBJECT_WINDOW = 300;
/** Longest name (characters) read back from a surname to the start of its sentence: `Sen. Ana M. Ruiz`. */
const MAX_NAME_LEAD = 30;

/** Offset just after the last line break before `at`, looking no further back than `floor`. */
function lineStart(text: string, at: number, floor: number): number {
  let i = at;
  while (i > Math.max(0, floor) && text.charCodeAt(i - 1) !== 10) i--;
  return i;
}

/**
 * True when the name whose surname starts at `at` opens its sentence: only capitalised words,
 * initials and titles before it (`Sen. Ana M. Ruiz`), then a paragraph start or a sentence's stop.
 */
function opensSentence(text: string, at: number): boolean {
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

/** A letter, a stop, an apostrophe or a hyphen: the characters of a name's words. */
function isNameChar(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 46 || code === 39 || code === 45;
  return code === 0x2019 || /\p{L}/u.test(String.fromCharCode(code));
}

/** How many paragraphs back `it` may find the body or document it stands for. */
const MAX_IT_PARAGRAPHS = 2;

/**
 * A speaker `it` can stand for: not a plural group (`Islamic State fighters`, `Republicans`),
 * read from the last word's plural `-s` (names of outlets such as `News` or `Times` stay singular).
 */
function isSingular(name: string): boolean {
  const words = name.toLowerCase().split(' ');
  // `RNC member`, `a source familiar`, `the Treasury secretary`: a person described, never `it`.
  if (words.some((w) => isRoleWord(w) || PEOPLE_WORDS.has(w))) return false;
  const last = words[words.length - 1]!;
  return !last.endsWith('s') || last.endsWith('ss') || SINGULAR_IN_S.has(last) || last.length <= 3;
}

/** Nouns for people that are not titles: a description with one is someone, not `it`. */
const PEOPLE_WORDS = new Set(['source', 'sources', 'official', 'officials', 'people', 'person', 'attendee', 'member', 'members', 'aide', 'aides', 'physician', 'doctor', 'author', 'voter', 'voters', 'resident', 'residents', 'friend', 'adviser', 'advisor', 'supporter', 'supporters', 'critic', 'critics', 'man', 'woman', 'vice', 'staffer', 'insider', 'observer', 'expert', 'analyst', 'lawyer', 'attorney', 'briefed', 'familiar']);

const SINGULAR_IN_S = new Set(['news', 'times', 'mos', 'politics', 'economics', 'analysis', 'thesis', 'basis', 'us', 'status', 'census', 'congress', 'press', 'nbcnews', 'this']);

/** Fewest words of an upper-case heading read whole as a speaker. */
const MIN_HEADING_WORDS = 4;

/**
 * `HOW CHINA’S DECLINE AFFECTS THE WORLD`: a digest item's upper-case heading (four words or more,
 * no lower-case letter) speaks as written; read as a name it lost its words (`AFFECTS THE WORLD`).
 */
function upperCaseHeading(mention: string): ParsedMention | null {
  const text = mention.trim();
  // Four words or more: a name in capitals (`DONALD J. TRUMP:` in a transcript) still merges.
  if (text.split(' ').length < MIN_HEADING_WORDS || text !== text.toUpperCase() || text === text.toLowerCase()) return null;
  return { name: text, role: null, pronoun: null, person: false };
}

/**
 * `an Iowa Democrat`, `one party activist`, `another aide`: an unnamed person introduced as new, so
 * never merged with a named speaker or another description; kept as written, article dropped.
 */
function describeIndefinite(mention: string): ParsedMention | null {
  // Only these first letters (either case, and `ſ`, which folds to `s`) can match: most skip the regex.
  if (!INDEFINITE_INITIALS.has(mention.trim().charAt(0))) return null;
  const match = /^(?:(?:a|an)\s+|(?:one|another|two|three|several|some)\s+(?=\S))/iu.exec(mention.trim());
  if (!match || /^(?:one|another)$/i.test(mention.trim())) return null;
  const name = /^an?\s/i.test(match[0]) ? mention.trim().slice(match[0].length) : mention.trim();
  // `A flabbergasted Noah`, `a confident-seeming Manafort`: lower-case words before a name describe
  // a named person, who is no new unnamed one.
  const parts = name.split(/\s+/);
  if (/^an?$/i.test(match[0].trim()) && parts.length > 1 && startsUpper(parts[parts.length - 1]!) && parts.slice(0, -1).every(isAdjective)) return null;
  return { name, role: null, pronoun: null, person: false };
}

/** A lower-case word shaped as an adjective: hyphenated (`teary-eyed`) or with an adjective's ending. */
function isAdjective(word: string): boolean {
  return !startsUpper(word) && (word.includes('-') || /(?:ed|ing|ive|ous|ful|ic|ish|less|ry|gry)$/.test(word));
}

const INDEFINITE_INITIALS = new Set(['a', 'A', 'o', 'O', 't', 'T', 's', 'S', 'ſ']);

/** A description (`the minister`) stands for the one person given that role; else it stays one. */
function byRole(description: string, bySurname: ReadonlyMap<string, Known>): Known | null {
  const words = description.toLowerCase().split(/\s+/);
  const head = words[words.length - 1] ?? '';
  // `her campaign manager` is someone's manager, not the one manager the article names.
  if (!isRoleWord(head) || POSSESSIVES.has(words[0] ?? '')) return null;
  let found: Known | null = null;
  for (const known of bySurname.values()) {
    const role = known.role?.toLowerCase().split(/\s+/);
    // `the former president` is not the President, nor `the president` the Vice President.
    if (!role || !role.includes(head) || ROLE_QUALIFIERS.some((q) => role.includes(q) !== words.includes(q))) continue;
    if (found && found !== known) return null;
    found = known;
  }
  return found;
}

const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Words that make a role another one: a description and a role must agree on each. */
const ROLE_QUALIFIERS = ['former', 'vice', 'deputy', 'assistant', 'acting', 'ex', 'lieutenant'];

/** Where the text names a known person (any capitalised word that is a known surname), in order. */
function personMentions(text: string, bySurname: ReadonlyMap<string, Known>): Array<{ at: number; known: Known }> {
  const found: Array<{ at: number; known: Known }> = [];
  if (bySurname.size === 0) return found;
  // The ASCII letters that start a known surname, as a table read once per capitalised word.
  const firstLetters = new Uint8Array(128);
  for (const key of bySurname.keys()) if (key.charCodeAt(0) < 128) firstLetters[key.charCodeAt(0)] = 1;
  forEachCapitalised(text, (start, end) => {
    // An ASCII capital whose lower case starts no known surname rules the word out unread: most
    // capitalised words are skipped without a slice or a look-up.
    const first = text.charCodeAt(start);
    if (first < 128 && (first + 32 >= 128 || firstLetters[first + 32] === 0)) return;
    const known = bySurname.get(withoutPossessive(lowerCased(text.slice(start, end))));
    if (known?.person) found.push({ at: start, known });
  });
  return found;
}

function toQuote(text: string, raw: RawQuote, known: Known | null, p: ParsedMention | null): Quote {
  const first = raw.fragments[0]!;
  const last = raw.fragments[raw.fragments.length - 1]!;
  return {
    text: raw.fragments.map((f) => text.slice(f.start, f.end)).join(' '),
    kind: raw.kind,
    speaker: known?.name ?? null,
    mention: raw.mention?.text ?? null,
    role: p?.role ?? known?.role ?? null,
    cue: raw.cue?.text ?? null,
    audience: raw.audience,
    paragraph: raw.paragraph,
    sentence: raw.sentence,
    start: first.start,
    end: last.end,
    fragments: raw.fragments.map((f) => ({ start: f.start, end: f.end })),
    speakerSpan: raw.mention ? { start: raw.mention.start, end: raw.mention.end } : null,
    cueSpan: raw.cue ? { start: raw.cue.start, end: raw.cue.end } : null,
  };
}
