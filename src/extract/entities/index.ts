import type { Article, Entity, EntityType, Mention } from '../../article.js';
import { KNOWN_ACRONYMS, PERSON_TITLES, TITLE_MODIFIERS } from '../lexicon/entity-cues.js';
import { isLowerWord } from '../facts/chars.js';
import { textUnits, type Unit } from '../facts/tokens.js';
import { classifyRun, winner, type Evidence } from './classify.js';
import { shapeOf, type RunShapes } from './run-shape.js';
import { isSingleAcronym, splitWords } from './name-chars.js';
import { findNameRuns, type NameRun } from './find-names.js';
import { bodyNames, confirmRun, titleCaseOf } from './title-case.js';
import { CUE_WORD } from './weights.js';
import { DAY_NAME_WORDS } from '../lexicon/entity-bodies.js';

/** One mention of a resolved entity: the entity it belongs to and the role given there. */
export interface EntityMention {
  entity: Entity;
  mention: Mention;
}

interface Group {
  key: string;
  runs: { run: NameRun; evidence: Evidence }[];
  type: EntityType | null;
  /** Set when the group's mentions belong to another group (surname, acronym). */
  target: Group | null;
}

const STOP_INITIALS = new Set(['of', 'the', 'and', 'for', '&', 'de', 'al']);
const NO_EVIDENCE: Evidence = { votes: { person: 0, place: 0, organization: 0 }, role: null, country: null, strong: false, qualifier: false, dayName: false };

/**
 * Finds the people, places and organisations an article names, with every mention merged into
 * one Entity (full name, surname, acronym), in order of first mention. Pure; no lexicon beyond
 * src/extract/lexicon.
 */
export function extractEntities(article: Article): Entity[] {
  return findEntityMentions(article, textUnits(article)).entities;
}

/** The entities and each of their mentions in document order; extractFacts builds entity facts from these. */
export function findEntityMentions(article: Article, units: readonly Unit[]): { entities: Entity[]; mentions: EntityMention[] } {
  const common = new Set<string>();
  for (const unit of units) for (const token of unit.tokens) if (isLowerWord(token.text)) common.add(token.text);
  const headlineStart = article.headline?.start ?? -1;

  const groups = new Map<string, Group>();
  const definitions = new Map<string, string>();
  // Every run in document order, with its group and evidence, for the mentions below.
  const ordered: { run: NameRun; group: Group; evidence: Evidence }[] = [];
  const shapes: RunShapes = new Map();
  const found = confirmedRuns(units, common, headlineStart, shapes);
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    for (const run of found[u]!) {
      const { key } = shapeOf(run, shapes);
      const group = groups.get(key) ?? { key, runs: [], type: null, target: null };
      // A title standing alone has no type of its own: it is an entity only as an organisation's short form.
      const evidence = run.titleOnly ? NO_EVIDENCE : classifyRun(run, common, shapes);
      if (evidence.qualifier) continue;
      ordered.push({ run, group, evidence });
      group.runs.push({ run, evidence });
      groups.set(key, group);
      // "Counter Terrorism Service (CTS)": the article defines an acronym.
      const open = unit.tokens[run.next];
      const acronym = unit.tokens[run.next + 1];
      // "WASHINGTON (AP)" is a dateline, not a definition: the letters must start as the name does.
      const defines = acronym && isSingleAcronym(acronym.text) && acronym.text[0]!.toLowerCase() === key[0];
      if (open?.text === '(' && defines && unit.tokens[run.next + 2]?.text === ')') definitions.set(acronym.text.toLowerCase(), key);
    }
  }
  decideTypes(groups);
  linkAliases(groups, definitions, common);

  const entities = new Map<Group, Entity>();
  const mentions: EntityMention[] = [];
  for (const { run, group: own, evidence } of ordered) {
    let group = own;
    while (group.target) group = group.target;
    if (!group.type) continue;
    let entity = entities.get(group);
    if (!entity) {
      entity = { name: displayName(group, groups), type: group.type, role: null, aliases: [], mentions: [] };
      entities.set(group, entity);
    }
    entity.role ??= group.type === 'person' ? evidence.role : group.type === 'place' ? evidence.country : null;
    if (run.text !== entity.name && !entity.aliases.includes(run.text)) entity.aliases.push(run.text);
    const mention: Mention = { start: run.start, end: run.end, text: run.text, paragraph: run.unit.paragraph, sentence: run.unit.sentence };
    entity.mentions.push(mention);
    mentions.push({ entity, mention });
  }
  return { entities: [...entities.values()], mentions };
}

/**
 * Each unit's name runs, in document order. Runs in a title-case headline or kicker stay only when
 * the rest of the article confirms them (see title-case.ts); most units have none, and their runs
 * are what confirms.
 */
function confirmedRuns(units: readonly Unit[], common: ReadonlySet<string>, headlineStart: number, shapes: RunShapes): NameRun[][] {
  const found: NameRun[][] = [];
  // Per unit, where its checked title case ends (-1: nowhere); most articles check at most the headline.
  const checkedEnds: number[] = [];
  for (const unit of units) {
    const headline = unit.start === headlineStart && unit.paragraph === 0;
    // A first line ending in a full stop is read as the lead, yet in title case it is a headline.
    const title = titleCaseOf(unit, headline || found.length === 0);
    found.push(findNameRuns(unit, common, headline ? unit.tokens.length : title.read));
    checkedEnds.push(title.checked > 0 ? unit.tokens[title.checked - 1]!.end : -1);
  }
  // The runs to confirm; when the checked title case holds none, nothing is asked of the body.
  const asked: NameRun[] = [];
  for (let u = 0; u < found.length; u++) {
    const checked = checkedEnds[u]!;
    if (checked >= 0) for (const run of found[u]!) if (run.end <= checked && !run.titleOnly) asked.push(run);
  }
  if (asked.length === 0) return found;
  const { named, words, lastWords } = bodyNames(found, checkedEnds, asked);
  const strong = (run: NameRun) => maxOf(classifyRun(run, common, shapes).votes) >= CUE_WORD;
  return found.map((runs, u) => {
    const checked = checkedEnds[u]!;
    if (checked < 0) return runs;
    const kept: NameRun[] = [];
    for (const run of runs) {
      if (run.end > checked || run.titleOnly) kept.push(run);
      else confirmRun(run, named, words, lastWords, strong, kept);
    }
    return kept;
  });
}

function maxOf(votes: Record<EntityType, number>): number {
  return Math.max(votes.person, votes.place, votes.organization);
}

/** A group's type is its mentions' summed votes; context-only votes from one weak mention are not enough. */
function decideTypes(groups: Map<string, Group>): void {
  for (const group of groups.values()) {
    const votes: Record<EntityType, number> = { person: 0, place: 0, organization: 0 };
    addVotes(votes, group);
    // "Super Tuesday": a day's word, or a word written before a weekday time after time, and only so, names a day.
    group.type = (group.runs.length > 1 || DAY_NAME_WORDS.has(group.key)) && group.runs.every(({ evidence }) => evidence.dayName) ? null : winner(votes);
  }
}

/**
 * Points surnames and first names at the full name, and acronyms at what they stand for
 * (defined in the article, the initials of a name in it, or a known acronym).
 */
function linkAliases(groups: Map<string, Group>, definitions: Map<string, string>, common: ReadonlySet<string>): void {
  const people = [...groups.values()].filter((group) => group.type === 'person' && group.key.includes(' '));
  const byPart = new Map<string, Group>();
  for (const person of people.sort((a, b) => b.runs.length - a.runs.length)) {
    const parts = splitWords(person.key);
    for (const part of [parts[0]!, parts[parts.length - 1]!, parts.slice(1).join(' ')]) if (!byPart.has(part)) byPart.set(part, person);
  }
  const byInitials = new Map<string, Group>();
  for (const group of groups.values()) {
    if (group.type !== 'organization' && group.type !== 'place') continue;
    const words = splitWords(group.key).filter((word) => !STOP_INITIALS.has(word));
    if (words.length > 1) byInitials.set(words.map((word) => word[0]).join(''), group);
  }
  const byFirstWord = shortForms(groups);
  for (const group of groups.values()) {
    const acronym = isSingleAcronym(group.runs[0]!.run.text);
    const titleOnly = group.runs.every(({ run }) => run.titleOnly);
    // Surnames: a one-word name that is part of a person's full name is that person, unless
    // the word itself is a known place or organisation ("Washington" next to "George Washington").
    const person = !acronym && !titleOnly && !group.key.includes(' ') && !strongly(group) ? byPart.get(group.key) : undefined;
    if (person && person !== group && (group.type === null || group.type === 'person' || !strongly(group))) {
      group.target = person;
      continue;
    }
    // Short forms: "Hofstra" after "Hofstra University", "Fox" after "Fox News", "Justice" after
    // "Justice Department" — a one-word name with no type of its own, or a weak non-person one.
    // Not the end of a title ("secretary of State" beside "State Department").
    // Nor an ordinary word the article also writes in lower case ("Retired" beside "Retired Air Force").
    // The map lookup first: most groups are no organisation's first word.
    const organization = byFirstWord.get(group.key);
    const short = organization && !acronym && !common.has(group.key) && group.type !== 'person' && !strongly(group) && !group.runs.every(({ run }) => endsTitle(run));
    if (organization && short && maxVote(group) < 4) {
      group.target = organization;
      continue;
    }
    const text = group.runs[0]!.run.text;
    if (!isSingleAcronym(text)) continue;
    const letters = text.replace(/\./g, '').toLowerCase();
    const defined = definitions.get(text.toLowerCase());
    // A known acronym ("AP") keeps its meaning unless the article defines it: initials of an
    // unrelated name in the article ("Arizona Province") are a weaker guess.
    const expansion = (defined && groups.get(defined)) ?? (KNOWN_ACRONYMS.has(text) ? undefined : byInitials.get(letters));
    if (expansion && expansion !== group) {
      group.target = expansion;
      continue;
    }
    const known = KNOWN_ACRONYMS.get(text);
    const named = known && groups.get(known.name.toLowerCase());
    if (named && named !== group) group.target = named;
  }
}

/**
 * Organisations named in several words, by their first word: what a one-word short form may
 * stand for. A first word shared by two organisations is ambiguous and left out.
 */
function shortForms(groups: Map<string, Group>): Map<string, Group | null> {
  const byFirstWord = new Map<string, Group | null>();
  for (const group of groups.values()) {
    if (group.type !== 'organization' || !group.key.includes(' ')) continue;
    const first = group.key.slice(0, group.key.indexOf(' '));
    // "Retired U.S. Air Force": a title's qualifier leading a name is no short form of it.
    if (STOP_INITIALS.has(first) || first === 'the' || TITLE_MODIFIERS.has(first)) continue;
    byFirstWord.set(first, byFirstWord.has(first) && byFirstWord.get(first) !== group ? null : group);
  }
  return byFirstWord;
}

/** True when the words before the run make a title of it ("secretary of State"). */
function endsTitle(run: NameRun): boolean {
  const { tokens } = run.unit;
  const lead = tokens.slice(Math.max(0, run.from - 2), run.from).map((token) => token.lower).join(' ');
  return PERSON_TITLES.has(`${lead} ${run.text.toLowerCase()}`);
}

/** The group's largest summed vote for any type. */
function maxVote(group: Group): number {
  const votes = { person: 0, place: 0, organization: 0 };
  addVotes(votes, group);
  return Math.max(votes.person, votes.place, votes.organization);
}

/** Adds the votes of the group's mentions to `votes`, type by type (no array of types per mention). */
function addVotes(votes: Record<EntityType, number>, group: Group): void {
  for (const { evidence } of group.runs) {
    votes.person += evidence.votes.person;
    votes.place += evidence.votes.place;
    votes.organization += evidence.votes.organization;
  }
}

function strongly(group: Group): boolean {
  return group.runs.some(({ evidence }) => evidence.votes.place >= 5 || evidence.votes.organization >= 5);
}

/** The name to show: the longest form for a person, the expansion for a known acronym, else as first written. */
function displayName(group: Group, groups: Map<string, Group>): string {
  const first = group.runs[0]!.run.text;
  const known = KNOWN_ACRONYMS.get(first);
  if (known && !groups.has(known.name.toLowerCase())) return known.name;
  return first;
}
