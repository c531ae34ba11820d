import { describe, expect, it } from 'vitest';
import { extractFacts, extractQuantityFacts } from '../../src/extract/facts/index.js';
import { articleFromParagraphs, seedArticle } from '../helpers/articles.js';

const ENTITY_TYPES = ['person', 'place', 'organization'];

describe('extractQuantityFacts', () => {
  it('gives exactly the non-entity facts of extractFacts on the bundled article', async () => {
    const article = await seedArticle();
    const all = extractFacts(article);
    const quantities = extractQuantityFacts(article);
    expect(quantities.length).toBeGreaterThan(10);
    expect(quantities).toEqual(all.filter((fact) => !ENTITY_TYPES.includes(fact.type)));
  });

  it('finds no people, places or organisations', async () => {
    const article = await articleFromParagraphs('Mayor Jane Holloway of Kelland said 40 families left the Marlow Housing Trust on Monday.');
    const types = extractQuantityFacts(article).map((fact) => fact.type);
    expect(types).toEqual(expect.arrayContaining(['count', 'date']));
    expect(types.some((type) => ENTITY_TYPES.includes(type))).toBe(false);
    expect(extractFacts(article).some((fact) => fact.type === 'person')).toBe(true);
  });
});
