import type { Quote } from '../../article.js';
import { isRoleWord } from '../lexicon/titles.js';
import { isOrganization, parseMention, surnameKey, type ParsedMention } from './names.js';
import { cleanMention } from './clean-mention.js';
import type { RawQuote } from './raw-quote.js';
import { nameReader, type NameReader } from './full-names.js';
import { lastNamedBefore } from './named-before.js';
import { namedSpeakers, type Known } from './named-speakers.js';
import { isSingular, MAX_IT_PARAGRAPHS } from './pronoun-antecedents.js';
import { fits, mentionWalk, namedBefore, passQuote, type MentionWalk } from './person-mentions.js';
import { describeIndefinite, fullNameSurnames, upperCaseHeading } from './described-mentions.js';
import { lowerCaseWords } from './text-words.js';
import { namedPair, type NamedPair } from './named-pair.js';

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
  const surnames = fullNameSurnames(raws.map((raw) => raw.mention?.text ?? ''));
  const indefinite = raws.map((raw) => (raw.mention ? describeIndefinite(raw.mention.text, surnames) : null));
  const parses = new Map<string, ParsedMention>();
  // `said Ann Bell and Tom Hale`: each name is read, registered and merged on its own.
  const pairs = namedPairs(raws);
  const parsed = raws.map((raw, i) => (raw.mention ? (pairs && pairs[i]?.leftParsed) ?? indefinite[i] ?? upperCaseHeading(raw.mention.text) ?? parseOnce(parses, raw.mention.text) : null));
  const seconds = pairs ? pairedSeconds(raws, pairs) : null;
  const registry = namedSpeakers(text, seconds ? [...raws, ...seconds.raws] : raws, seconds ? [...parsed, ...seconds.parsed] : parsed);
  const { bySurname, byFullName } = registry;
  let common = registry.common;
  const walk = mentionWalk(text, bySurname, surnameSharers(bySurname, byFullName));
  const out: Quote[] = [];
  let lastPerson: Known | null = null;
  let lastPersonAt = -1;
  let lastAny: Known | null = null;
  // The co-speaker of lastAny and of lastAttributed when that was a pair (`they said` after one).
  let lastAnyCo: string | null = null;
  let lastAttributed: Known | null = null;
  let lastAttributedCo: string | null = null;
  let lastAttributedParagraph = -1;
  // The last speakers that are no person, newest last, for `it said`: whether one can be `it` is
  // read only when an `it` asks, so the common case costs a push.
  const things: Array<{ known: Known; paragraph: number }> = [];
  // Read only when a pronoun finds no speaker before it.
  let names: NameReader | null = null;
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i]!;
    const p = parsed[i] ?? null;
    const at = raw.mention?.start ?? raw.fragments[0]!.start;
    passQuote(walk, at);
    const wanted = p?.pronoun === 'he' ? 'm' : p?.pronoun === 'she' ? 'f' : undefined;
    let known: Known | null = null;
    let co: string | null = null;
    if (p?.pronoun) {
      // `The statement said ... It added`: `it` is the body or document that spoke just before.
      const thing = p.pronoun === 'it' ? lastThing(things, raw.paragraph) ?? describedAntecedent(raw) : null;
      if (p.pronoun === 'they' || p.pronoun === 'we') co = lastAnyCo;
      known = p.pronoun === 'they' || p.pronoun === 'we' ? lastAny : p.pronoun === 'it' ? thing : p.pronoun === 'you' ? null : nearestPerson(walk, at, wanted, lastPerson, lastPersonAt);
      // `he` with no speaker named before: the person the text named last, quoted or not.
      if (!known && wanted) {
        names ??= nameReader(text, (common ??= lowerCaseWords(text)));
        const run = lastNamedBefore(names, at, wanted);
        // The full name read there, or its surname's speaker when of the pronoun's gender (`Hillary Clinton`, not `Bill`).
        const same = run ? byFullName.get(run.name.toLowerCase()) ?? bySurname.get(run.key) : undefined;
        if (run) known = same && fits(same, wanted) ? same : { name: run.name, role: run.role, person: true };
      }
    } else if (p?.name) known = p.person ? (byFullName.get(p.name.toLowerCase()) ?? bySurname.get(surnameKey(p.name)) ?? (raw.guessed ? { name: p.name, role: p.role, person: false } : null)) : ((indefinite[i] ? null : byRole(p.name, bySurname)) ?? { name: p.name, role: null, person: false });
    else if (raw.continues) {
      known = lastAny;
      co = lastAnyCo;
    }
    // A quotation with no cue (or only a colon) and no subject: news goes on with the speaker of
    // the attributed quote just before (same or previous paragraph); failing that, the person named last.
    else if (raw.kind !== 'reported' && (!raw.cue || raw.cue.text === ':')) {
      const goesOn: boolean = lastAttributed !== null && raw.paragraph - lastAttributedParagraph <= 1;
      known = goesOn ? lastAttributed : nearestPerson(walk, at, wanted, lastPerson, lastPersonAt);
      co = goesOn ? lastAttributedCo : null;
    }
    const pair = pairs ? pairs[i] : null;
    if (known && pair) {
      co = secondNamed(pair.rightParsed, bySurname, byFullName);
      // `Procter and Gamble`, `Democrats and Republicans`: a one-word half the article never names
      // in full is no known person, so the phrase is one speaker, as written.
      if (!known.name.includes(' ') || !co.includes(' ')) {
        known = { name: raw.mention!.text, role: null, person: false };
        co = null;
      }
    }
    // After two signers `he` or `she` is neither for sure: no person is the last one named.
    if (known?.person && !pair) {
      lastPerson = known;
      lastPersonAt = at;
    }
    if (known) {
      lastAny = known;
      lastAnyCo = co;
    }
    if (known && !known.person && !pair) {
      const newest = things[things.length - 1];
      if (newest?.known === known) newest.paragraph = raw.paragraph;
      else {
        if (things.length === MAX_THINGS) things.shift();
        things.push({ known, paragraph: raw.paragraph });
      }
    }
    if (known && raw.cue) {
      lastAttributed = known;
      lastAttributedCo = co;
      lastAttributedParagraph = raw.paragraph;
    }
    out.push(toQuote(text, raw, known, pair ? null : p, known ? co : null));
  }
  return out;
}

/** The two names of each speaker phrase that pairs two people, by quote; null when no phrase does (most articles). */
function namedPairs(raws: readonly RawQuote[]): Array<NamedPair | null> | null {
  let pairs: Array<NamedPair | null> | null = null;
  for (let i = 0; i < raws.length; i++) {
    const mention = raws[i]!.mention;
    const pair = mention && mention.text.includes(' and ') ? namedPair(mention) : null;
    if (!pair) continue;
    pairs ??= raws.map(() => null);
    pairs[i] = pair;
  }
  return pairs;
}

/** The second names of the paired phrases, as quotes of their own for the registry. */
function pairedSeconds(raws: readonly RawQuote[], pairs: ReadonlyArray<NamedPair | null>): { raws: RawQuote[]; parsed: ParsedMention[] } {
  const seconds: { raws: RawQuote[]; parsed: ParsedMention[] } = { raws: [], parsed: [] };
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i];
    if (!pair) continue;
    seconds.raws.push({ ...raws[i]!, mention: pair.right });
    seconds.parsed.push(pair.rightParsed);
  }
  return seconds;
}

/** `Ann Bell and Tom Hale`: the second signer's name, merged with the fullest form the article uses. */
function secondNamed(second: ParsedMention, bySurname: ReadonlyMap<string, Known>, byFullName: ReadonlyMap<string, Known>): string {
  const other = byFullName.get(second.name!.toLowerCase()) ?? bySurname.get(surnameKey(second.name!));
  return other?.name ?? second.name!;
}

/**
 * An article names its speakers the same way again and again: each phrase is parsed once into
 * `parses` and handed out as a copy, as namedSpeakers rewrites the names it is given.
 */
function parseOnce(parses: Map<string, ParsedMention>, mention: string): ParsedMention {
  let p = parses.get(mention);
  if (!p) parses.set(mention, (p = parseMention(mention)));
  return { name: p.name, role: p.role, pronoun: p.pronoun, person: p.person };
}

/**
 * The person a pronoun of the `wanted` gender (or a cue-less quotation) at `at` stands for: the
 * person named nearest before it, unless the last person quoted came later and fits.
 */
function nearestPerson(walk: MentionWalk, at: number, wanted: 'm' | 'f' | undefined, lastPerson: Known | null, lastPersonAt: number): Known | null {
  const named = namedBefore(walk, at, wanted);
  return named && (named.at > lastPersonAt || !fits(lastPerson, wanted)) ? named.known : fits(lastPerson, wanted) ? lastPerson : null;
}

/** For each person named by surname, the others the article names with that surname (`Bill Clinton` for `Hillary Clinton`). */
function surnameSharers(bySurname: ReadonlyMap<string, Known>, byFullName: ReadonlyMap<string, Known>): Map<Known, Known[]> {
  const sharing = new Map<Known, Known[]>();
  for (const other of byFullName.values()) {
    const first = bySurname.get(surnameKey(other.name));
    if (!first) continue;
    const list = sharing.get(first);
    if (list) list.push(other);
    else sharing.set(first, [other]);
  }
  return sharing;
}

/** How many of the last speakers that are no person `it` looks back over. */
const MAX_THINGS = 4;

/** The newest of `things` within MAX_IT_PARAGRAPHS of `paragraph` that can be `it` (a body or a document). */
function lastThing(things: ReadonlyArray<{ known: Known; paragraph: number }>, paragraph: number): Known | null {
  for (let k = things.length - 1; k >= 0; k--) {
    const thing = things[k]!;
    if (paragraph - thing.paragraph > MAX_IT_PARAGRAPHS) return null;
    if (isSingular(thing.known.name)) return thing.known;
  }
  return null;
}

/** `The group seeks ... what it calls "Q"`: the described thing noted for an `it` speaker, as a speaker. */
function describedAntecedent(raw: RawQuote): Known | null {
  if (!raw.antecedent) return null;
  const parsed = parseMention(raw.antecedent.text);
  return parsed.name && !parsed.person ? { name: parsed.name, role: null, person: false } : null;
}

/** A description (`the minister`) stands for the one person given that role; else it stays one. */
function byRole(description: string, bySurname: ReadonlyMap<string, Known>): Known | null {
  const words = description.toLowerCase().split(/\s+/);
  const head = words[words.length - 1] ?? '';
  // `her campaign manager` is someone's manager, not the one manager the article names; `the
  // Trump campaign` is a body, not the `campaign spokesman` named.
  if (!isRoleWord(head) || POSSESSIVES.has(words[0] ?? '') || isOrganization([head])) return null;
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

function toQuote(text: string, raw: RawQuote, known: Known | null, p: ParsedMention | null, coSpeaker: string | null): Quote {
  const first = raw.fragments[0]!;
  const last = raw.fragments[raw.fragments.length - 1]!;
  return {
    text: raw.fragments.map((f) => text.slice(f.start, f.end)).join(' '),
    kind: raw.kind,
    speaker: known?.name ?? null,
    coSpeaker,
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
