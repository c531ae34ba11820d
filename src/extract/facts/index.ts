import type { Article, Entity, Fact, Mention } from '../../article.js';
import { extractEntities as findEntities, findEntityMentions } from '../entities/index.js';
import { quantityFacts } from './quantity-facts.js';
import { textUnits, type Unit } from './tokens.js';

export { extractQuantityFacts } from './quantity-facts.js';

/**
 * Every fact an article states, in document order: quantities (counts, numbers, money,
 * percentages, measures with SI values, durations, ordinals, ranks), dates and times resolved
 * against `article.metadata.published` when it is known, and one fact per mention of a person,
 * place or organisation (`entity` is the merged name that ties an entity's mentions together).
 * A quantity written the same way twice (standfirst and body) is one fact with two mentions.
 */
export function extractFacts(article: Article): Fact[] {
  const units = textUnits(article);
  const facts = quantityFacts(article, units);
  const { mentions } = findEntityMentions(article, units);
  // Mentions come in document order, like the units: one forward walk finds each one's sentence.
  let at = 0;
  for (const { entity, mention } of mentions) {
    while (at < units.length - 1 && units[at]!.end <= mention.start) at++;
    facts.push(entityFact(entity, mention, units[at]!));
  }
  return facts.sort((a, b) => a.start - b.start);
}

/** The people, places and organisations of an article, mentions merged; see src/extract/entities. */
export function extractEntities(article: Article): Entity[] {
  return findEntities(article);
}

function entityFact(entity: Entity, mention: Mention, unit: Unit): Fact {
  return {
    type: entity.type,
    text: mention.text,
    value: null,
    unit: null,
    normalized: null,
    approx: null,
    min: null,
    max: null,
    date: null,
    entity: entity.name,
    role: entity.role,
    paragraph: mention.paragraph,
    sentence: mention.sentence,
    context: unit.text,
    start: mention.start,
    end: mention.end,
    // Only its own mention: the entity's other mentions are facts of their own, sharing
    // `entity`. Copying every mention onto every fact would make output grow with the square.
    mentions: [mention],
  };
}
