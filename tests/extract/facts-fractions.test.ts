import { describe, expect, it } from 'vitest';
import { articleFromParagraphs } from '../helpers/articles.js';
import { extractQuantityFacts } from '../../src/extract/facts/index.js';
import type { Fact } from '../../src/article.js';

async function quantitiesOf(sentence: string): Promise<Fact[]> {
  return extractQuantityFacts(await articleFromParagraphs(sentence));
}

describe('fractions, proportions, "a second" and one unit of time', () => {
  it.each<[string, string, Partial<Fact>]>([
    ['Roughly one third of the staff left.', 'Roughly one third', { type: 'number', value: 1 / 3 }],
    ['Two thirds of the voters agreed.', 'Two thirds', { type: 'number', value: 2 / 3 }],
    ['Three quarters of the budget went on roads.', 'Three quarters', { type: 'number', value: 0.75 }],
    ['Eight out of 10 farmers said no.', 'Eight out of 10', { type: 'number', value: 0.8 }],
    ['She won 3 out of 4 races.', '3 out of 4', { type: 'number', value: 0.75 }],
    ['Costs went up by a third from 2001.', 'a third', { type: 'number', value: 1 / 3 }],
    ['It was a second week of gains.', 'second', { type: 'ordinal', value: 2 }],
    ['She won a third term in May.', 'third', { type: 'ordinal', value: 3 }],
    ['Less than a third agreed with the mayor.', 'Less than a third', { type: 'number', value: 1 / 3 }],
    ['About a third said they would move.', 'About a third', { type: 'number', value: 1 / 3 }],
    ['A second later the lights failed.', 'A second', { type: 'duration', value: 1, unit: 'second' }],
    ['Growth slowed for two quarters in a row.', 'two quarters', { value: 2 }],
    ['The firm lost $9 million in a single year.', 'a single year', { type: 'duration', value: 1, unit: 'year' }],
    ['Voters got an extra week to register.', 'an extra week', { type: 'duration', value: 1, unit: 'week' }],
    ['They should not wait another day.', 'another day', { type: 'duration', value: 1, unit: 'day' }],
    ['Another 500 people came.', '500 people', { type: 'count', value: 500 }],
    // Near misses of "a third term": the word after says how much, so the ordinal is a share.
    ['Prices rose by a third last year.', 'a third', { type: 'number', value: 1 / 3 }],
    ['The bridge is a third the size of the old one.', 'a third', { type: 'number', value: 1 / 3 }],
    ['Costs were a third higher than planned.', 'a third', { type: 'number', value: 1 / 3 }],
    ['Turnout fell by a third nationally.', 'a third', { type: 'number', value: 1 / 3 }],
    ['About a third now back the plan.', 'About a third', { type: 'number', value: 1 / 3 }],
    ['Nearly a fifth never vote.', 'Nearly a fifth', { type: 'number', value: 0.2 }],
    ['Wait a second please.', 'a second', { type: 'duration', value: 1, unit: 'second' }],
    ['Less than a fifth agreed.', 'Less than a fifth', { type: 'number', value: 0.2 }],
    // ... and nouns that merely end like an adverb are still ranked.
    ['He held a second rally in Ohio.', 'second', { type: 'ordinal', value: 2 }],
    ['They met a second family.', 'second', { type: 'ordinal', value: 2 }],
    ['It was a third assembly.', 'third', { type: 'ordinal', value: 3 }],
  ])('reads %j', async (sentence, text, expected) => {
    const facts = await quantitiesOf(sentence);
    const found = facts.find((fact) => fact.text === text);
    expect(found, JSON.stringify(facts.map((fact) => fact.text))).toBeDefined();
    expect(found).toMatchObject(expected);
  });
});

describe('a quarter of a year', () => {
  it('reads "One quarter later" as one quarter, not a proportion', async () => {
    const facts = await quantitiesOf('One quarter later, sales rose.');
    expect(facts.map((fact) => [fact.text, fact.value])).toEqual([['One quarter', 1]]);
  });

  it('reads "A quarter later" as no proportion', async () => {
    expect(await quantitiesOf('A quarter later, sales rose.')).toEqual([]);
  });
});
