import type { Fact } from '../../article.js';

/** A fact as a finder reports it, before mentions are merged and context attached. */
export type RawFact = Pick<Fact, 'type' | 'start' | 'end' | 'value' | 'unit' | 'normalized' | 'approx' | 'min' | 'max' | 'date' | 'entity'>;

/** A blank quantity fact of a type over a span, for finders to fill in. */
export function rawFact(type: RawFact['type'], start: number, end: number, fields: Partial<RawFact> = {}): RawFact {
  return { type, start, end, value: null, unit: null, normalized: null, approx: null, min: null, max: null, date: null, entity: null, ...fields };
}
