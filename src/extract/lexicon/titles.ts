/**
 * Person titles and roles, lower case. A title before a name (`Prime Minister Haider al-Abadi`,
 * `CTS commander Taleb Sheghati al-Kenani`) is the person's role, not part of the name; a title
 * alone (`the minister`) is a description that may stand for a named person.
 * Shared read-only by the quotes and facts extractors.
 */
import { WEEKDAYS } from './calendar.js';

/** Honorifics and abbreviated titles written before a name; dropped when names are merged. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'rev', 'fr',
  'sen', 'rep', 'gov', 'lt', 'gen', 'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr', 'pres', 'supt', 'insp', 'hon',
]);

/**
 * Role words (single words, lower case). A run of them before a name is the role
 * (`Secretary of State`, `press secretary`); one of them as the head of a description
 * (`the spokesman`) marks a person.
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'chancellor', 'premier', 'king', 'queen', 'prince', 'princess',
  'senator', 'congressman', 'congresswoman', 'representative', 'governor', 'mayor', 'councillor', 'councilman', 'councilwoman',
  'ambassador', 'envoy', 'diplomat', 'commissioner', 'chairman', 'chairwoman', 'chair', 'speaker', 'leader', 'deputy',
  'general', 'colonel', 'major', 'captain', 'lieutenant', 'sergeant', 'admiral', 'commander', 'officer', 'chief', 'head',
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'director', 'manager', 'executive', 'ceo', 'founder', 'judge', 'justice',
  'attorney', 'lawyer', 'prosecutor', 'sheriff', 'inspector', 'superintendent', 'detective', 'constable',
  'professor', 'doctor', 'dr', 'analyst', 'economist', 'researcher', 'scientist', 'expert', 'adviser', 'advisor', 'aide', 'strategist',
  'candidate', 'nominee', 'challenger', 'incumbent', 'pollster', 'consultant', 'official', 'correspondent', 'reporter',
  'editor', 'columnist', 'author', 'host', 'anchor', 'pastor', 'bishop', 'archbishop', 'pope', 'cardinal', 'imam', 'rabbi',
  'sheikh', 'emir', 'sultan', 'ayatollah', 'cleric', 'activist', 'organizer', 'campaigner', 'coach', 'captain', 'owner',
  'partner', 'treasurer', 'auditor', 'comptroller', 'lawmaker', 'legislator', 'politician', 'strategist', 'surrogate',
  'press', 'general', 'state', 'house', 'senate', 'campaign', 'foreign', 'defence', 'defense', 'interior', 'finance',
  'homeland', 'security', 'national', 'former', 'acting', 'interim', 'senior', 'top', 'elect',
]);

/**
 * Multi-word titles recognised as one role before a name, longest first where it matters.
 * Kept as lower-case phrases so the role can be copied from the text as written.
 */
export const TITLE_PHRASES: readonly string[] = [
  'prime minister', 'vice president', 'president-elect', 'secretary of state', 'foreign minister', 'defence minister',
  'defense secretary', 'attorney general', 'press secretary', 'chief of staff', 'house speaker', 'senate majority leader',
  'minority leader', 'majority leader', 'campaign manager', 'chief executive', 'supreme leader', 'first lady',
];

/** Words that never start a person's name even when capitalised (sentence openers, weekdays). */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their',
  'but', 'and', 'or', 'so', 'yet', 'if', 'when', 'while', 'as', 'after', 'before', 'in', 'on', 'at', 'for', 'with', 'by', 'of', 'to',
  ...WEEKDAYS.keys(), 'earlier', 'later', 'meanwhile', 'also',
]);

/** True when `word` (any case, trailing dot allowed) is an honorific such as `Mr.` or `Sen.`. */
export function isHonorific(word: string): boolean {
  const lower = word.toLowerCase();
  // A stop at the end (`Mr.`) is dropped, tested by char code: a regex replace per word cost more.
  return HONORIFICS.has(lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower);
}

/** True when `word` (any case) is a role word such as `minister` or `spokesman`. */
export function isRoleWord(word: string): boolean {
  return ROLE_WORDS.has(word.toLowerCase());
}
