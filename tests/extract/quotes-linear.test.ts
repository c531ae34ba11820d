import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/quotes/index.js';
import { articleOf } from '../helpers/articles.js';

/** A distinct capitalised surname for each number: Qa, Qb, ..., Qba, ... */
const surname = (i: number) => 'Q' + i.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)));

/**
 * Paragraphs that each name a new woman, then quote "He": the pronoun fits no one before it, so
 * every quote asks the fallback for the last person named in full, a different name each time.
 */
const text = (n: number) =>
  'A headline for testing\n\n' + Array.from({ length: n }, (_, i) => `Mary ${surname(i)} arrived at the hall. He said "we will go on."`).join('\n\n') + '\n';

async function msFor(n: number): Promise<number> {
  const article = await articleOf(text(n));
  const started = performance.now();
  extractQuotes(article);
  return performance.now() - started;
}

describe('extractQuotes on many distinct names', () => {
  // A pass over the whole text per name made this quadratic: 4n took 8 times n here, 16 at scale.
  it('takes linear time (4 times the paragraphs, well under 16 times the time)', async () => {
    await msFor(1_000); // warm up
    const once = await msFor(2_000);
    const four = await msFor(8_000);
    expect(four, `${once.toFixed(0)} ms at n, ${four.toFixed(0)} ms at 4n`).toBeLessThan(5 * once + 150);
  });
});
