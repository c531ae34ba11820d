import type { Article, Fact, Mention } from '../../article.js';
import { findDates } from './dates.js';
import { findQuantities } from './quantities.js';
import type { RawFact } from './raw-fact.js';
import { publicationDay } from './resolve-date.js';
import { findStarts } from './starts.js';
import { textUnits, type Unit } from './tokens.js';

// A module of its own, without the name finding: a command that shows no people, places or
// organisations (summary's key facts) never loads or initialises src/extract/entities.

/**
 * The facts of `extractFacts` without people, places and organisations: quantities, dates and
 * times, in document order. For callers that never show entities (the summary's key facts), it
 * skips the name finding, about a third of the work.
 */
export function extractQuantityFacts(article: Article): Fact[] {
  return quantityFacts(article, textUnits(article));
}

/** The quantity, date and time facts of the article's text units (see extractFacts). */
export function quantityFacts(article: Article, units: readonly Unit[]): Fact[] {
  const published = publicationDay(article.metadata.published);
  const facts: Fact[] = [];
  // Only a restatement of the headline or standfirst in the body is "the same fact": the same
  // words in two body sentences ("on Monday", "1995") usually state two different things.
  const summaryFacts = new Map<string, Fact>();
  for (const unit of units) {
    const taken = unit.tokens.map(() => false);
    const starts = findStarts(unit.tokens);
    const raw = [...findDates(unit.tokens, published, taken, starts), ...findQuantities(unit.tokens, taken, starts)];
    for (const item of raw.sort((a, b) => a.start - b.start)) {
      const fact = toFact(article, unit, item);
      // The key is only needed while there is a headline fact to set or to find.
      const key = unit.paragraph === 0 || summaryFacts.size > 0 ? `${fact.type}\u0000${fact.text.toLowerCase()}\u0000${fact.value}` : '';
      const restated = unit.paragraph > 0 && key !== '' ? summaryFacts.get(key) : undefined;
      if (unit.paragraph === 0 && !summaryFacts.has(key)) summaryFacts.set(key, fact);
      if (restated) {
        // The body statement becomes the fact's own span (it has the full context); the
        // headline or standfirst stays as its other mention.
        summaryFacts.delete(key);
        Object.assign(restated, { ...fact, mentions: [fact.mentions[0]!, ...restated.mentions] });
      } else facts.push(fact);
    }
  }
  return facts.sort((a, b) => a.start - b.start);
}

function toFact(article: Article, unit: Unit, item: RawFact): Fact {
  const text = article.text.slice(item.start, item.end);
  const mention: Mention = { start: item.start, end: item.end, text, paragraph: unit.paragraph, sentence: unit.sentence };
  return {
    type: item.type,
    text,
    value: item.value,
    unit: item.unit,
    normalized: item.normalized,
    approx: item.approx,
    min: item.min,
    max: item.max,
    date: item.date,
    entity: item.entity,
    role: null,
    paragraph: unit.paragraph,
    sentence: unit.sentence,
    context: unit.text,
    start: item.start,
    end: item.end,
    mentions: [mention],
  };
}
