import type { Fact, FactType } from '../article.js';

/**
 * How much a fact of each type tells a reader on its own. Counts of something, money, shares and
 * measures carry the story's numbers; durations and dates say when; a bare number or a rank says
 * little without its sentence. Entity facts (people, places) are not key facts: the summary's
 * sentences and the "Quoted" line name them already.
 */
const INFORMATIVENESS: Partial<Record<FactType, number>> = {
  count: 3,
  money: 3,
  percent: 3,
  measure: 3,
  duration: 1.5,
  date: 1,
  rank: 1,
  ordinal: 0.5,
  number: 0.5,
  time: 0.5,
};

/** A fact that says what it counts or measures is worth this much more. */
const ENTITY_BONUS = 1;
/** A calendar date the article pins down (a year or a month given) beats a bare weekday. */
const FULL_DATE_BONUS = 1;

/** Below this a fact says too little without its sentence (a bare number, "first") to stand alone. */
const MIN_INFORMATIVENESS = 1;

/** Key facts shown under a summary by default. */
export const DEFAULT_KEY_FACTS = 4;

/**
 * The most informative few facts for the "Key facts" line: counts, money, percentages and
 * measures before durations and dates; bare numbers, ordinals and times not at all; a fact stated
 * twice (same text, or same value and unit) once. Returns at most `limit` facts, in article order.
 */
export function chooseKeyFacts(facts: readonly Fact[], limit = DEFAULT_KEY_FACTS): Fact[] {
  const seen = new Set<string>();
  const scored: Array<{ fact: Fact; score: number }> = [];
  for (const fact of facts) {
    const base = INFORMATIVENESS[fact.type];
    if (base === undefined || base < MIN_INFORMATIVENESS) continue;
    const keys = [fact.text.toLowerCase().trim(), fact.value === null ? null : `${fact.type}:${fact.value}:${fact.unit ?? ''}:${fact.entity ?? ''}`];
    if (keys.some((key) => key !== null && seen.has(key))) continue;
    for (const key of keys) if (key !== null) seen.add(key);
    let score = base;
    if (fact.entity && (fact.type === 'count' || fact.type === 'measure' || fact.type === 'money')) score += ENTITY_BONUS;
    if (fact.type === 'date' && fact.date && /\d{4}-\d{2}/.test(fact.date) && /\d|january|february|march|april|may|june|july|august|september|october|november|december/i.test(fact.text)) score += FULL_DATE_BONUS;
    scored.push({ fact, score });
  }
  // Stable sort: equal scores keep article order, so earlier (more important) facts win ties.
  scored.sort((a, b) => b.score - a.score);
  return scored
    .slice(0, limit)
    .map((s) => s.fact)
    .sort((a, b) => a.start - b.start);
}
