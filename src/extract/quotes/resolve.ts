import type { Quote } from '../../article.js';
import { genderOfFirstName } from '../lexicon/first-names.js';
import { isRoleWord } from '../lexicon/titles.js';
import { parseMention, possibleSurnameKeys, surnameKey, type ParsedMention } from './names.js';
import { lowerCased } from './char-class.js';
import { cleanMention } from './clean-mention.js';
import type { RawQuote } from './raw-quote.js';
import { dropCommonWords, lastNamedBefore, nameReader, readFullName, type FullName, type NameReader } from './full-names.js';
import { forEachCapitalised, forEachNameRun, lowerCaseWords, withoutPossessive, type WordSet } from './text-words.js';

/** A named person or group, with the ways the article wrote it. */
interface Known {
  name: string;
  role: string | null;
  person: boolean;
  /** From an honorific (`Mr.`, `Mrs.`, `Ms.`), so `she` never resolves to a Mr. */
  gender?: 'm' | 'f';
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
  // copied, as the merge below rewrites names).
  const parses = new Map<string, ParsedMention>();
  const parseOnce = (mention: string): ParsedMention => {
    let p = parses.get(mention);
    if (!p) parses.set(mention, (p = parseMention(mention)));
    return { name: p.name, role: p.role, pronoun: p.pronoun, person: p.person };
  };
  const parsed = raws.map((raw, i) => (raw.mention ? indefinite[i] ?? parseOnce(raw.mention.text) : null));
  const bySurname = new Map<string, Known>();
  // People who share a surname with someone named before them, by full name (lower case).
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
  const mentions = personMentions(text, bySurname);
  let m = 0;
  const out: Quote[] = [];
  let lastPerson: Known | null = null;
  let lastPersonAt = -1;
  let lastAny: Known | null = null;
  let lastAttributed: Known | null = null;
  let lastAttributedParagraph = -1;
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
    const nearestPerson: Known | null = named && (named.at > lastPersonAt || !fits(lastPerson)) ? named.known : fits(lastPerson) ? lastPerson : null;
    let known: Known | null = null;
    if (p?.pronoun) {
      known = p.pronoun === 'they' || p.pronoun === 'we' ? lastAny : p.pronoun === 'it' || p.pronoun === 'you' ? null : nearestPerson;
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
    if (known && raw.cue) {
      lastAttributed = known;
      lastAttributedParagraph = raw.paragraph;
    }
    out.push(toQuote(text, raw, known, p));
  }
  return out;
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
  return { name, role: null, pronoun: null, person: false };
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

/**
 * A surname seen alone (`Clinton`) takes the full name written elsewhere (`Hillary Clinton`): one
 * pass over the runs of two to four capitalised words in the text.
 */
function completeSurnames(text: string, bySurname: Map<string, Known>, common: WordSet): void {
  const waiting = new Set([...bySurname].filter(([, known]) => !known.name.includes(' ')).map(([key]) => key));
  if (waiting.size === 0) return;
  // Names recur, so each distinct run of capitalised words is read once.
  const read = new Map<string, FullName | null>();
  forEachNameRun(text, (start, end) => {
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
