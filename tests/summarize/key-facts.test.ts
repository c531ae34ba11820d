import { describe, expect, it } from 'vitest';
import type { Fact, FactType } from '../../src/article.js';
import { chooseKeyFacts } from '../../src/summarize/index.js';

let offset = 0;
function fact(type: FactType, text: string, extra: Partial<Fact> = {}): Fact {
  const start = (offset += 100);
  return {
    type, text, value: null, unit: null, normalized: null, approx: null, min: null, max: null, date: null, entity: null, role: null,
    paragraph: 1, sentence: 0, context: text, mentions: [], start, end: start + text.length, ...extra,
  };
}

describe('chooseKeyFacts', () => {
  it.each([
    ['a count of something over a duration', [fact('duration', 'two years', { value: 2, unit: 'year' }), fact('count', 'nine car bombs', { value: 9, entity: 'car bombs' })], ['nine car bombs']],
    ['money over a weekday', [fact('date', 'Wednesday'), fact('money', '$12m', { value: 12e6, unit: 'USD' })], ['$12m']],
    ['a full date over a weekday', [fact('date', 'Wednesday', { date: '2016-10-19' }), fact('date', '3 March 2015', { date: '2015-03-03' })], ['3 March 2015']],
  ])('prefers %s', (_rule, facts, expected) => {
    expect(chooseKeyFacts(facts, 1).map((f) => f.text)).toEqual(expected);
  });

  it('leaves out people, places and organisations, and bare numbers and ordinals', () => {
    expect(chooseKeyFacts([fact('person', 'Ellen Park'), fact('place', 'Riverton'), fact('organization', 'UN'), fact('number', '500', { value: 500 }), fact('ordinal', 'first', { value: 1 })])).toEqual([]);
  });

  it('gives a fact stated twice once, and keeps article order', () => {
    const facts = [fact('percent', '12%', { value: 12, unit: '%' }), fact('count', 'nine car bombs', { value: 9, entity: 'car bombs' }), fact('percent', '12 per cent', { value: 12, unit: '%' })];
    expect(chooseKeyFacts(facts).map((f) => f.text)).toEqual(['12%', 'nine car bombs']);
  });
});
