import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitSentences } from '../../src/structure/split-sentences.js';

const split = (text: string) => splitSentences(text, 0, text.length).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    ['Mr. Smith went to Washington. He arrived on Monday.', ['Mr. Smith went to Washington.', 'He arrived on Monday.']],
    ['Dr. Jones and Gen. Allen met Lt. Col. Brown. Then they left.', ['Dr. Jones and Gen. Allen met Lt. Col. Brown.', 'Then they left.']],
    ['The U.S. Army and the U.N. agreed. The talks ended.', ['The U.S. Army and the U.N. agreed.', 'The talks ended.']],
    ['He lives in the U.S. The move was sudden.', ['He lives in the U.S.', 'The move was sudden.']],
    ['John F. Kennedy was president. He died in 1963.', ['John F. Kennedy was president.', 'He died in 1963.']],
    ['Growth was 3.5 per cent. It fell.', ['Growth was 3.5 per cent.', 'It fell.']],
    ['The meeting starts at 5 p.m. on Friday. Bring food.', ['The meeting starts at 5 p.m. on Friday.', 'Bring food.']],
    ['It happened on Jan. 5 in St. Louis. Nobody saw it.', ['It happened on Jan. 5 in St. Louis.', 'Nobody saw it.']],
    ['He paused... and went on. Then... Silence.', ['He paused... and went on.', 'Then...', 'Silence.']],
    ['"We cannot let them escape." He left.', ['"We cannot let them escape."', 'He left.']],
    ['He said: "We must act. We cannot wait." Then he left.', ['He said: "We must act.', 'We cannot wait."', 'Then he left.']],
    ['“Why now?” she asked. Nobody knew.', ['“Why now?” she asked.', 'Nobody knew.']],
    ['Is it true? Yes! It is.', ['Is it true?', 'Yes!', 'It is.']],
    ['He was No. 1 in the polls. It changed.', ['He was No. 1 in the polls.', 'It changed.']],
    ['Shares in Apple Inc. rose. The company said so.', ['Shares in Apple Inc. rose.', 'The company said so.']],
    ['No terminal punctuation here', ['No terminal punctuation here']],
    ['It rained on Monday. 𝐀𝐁 said so. Ελένη agreed.', ['It rained on Monday.', '𝐀𝐁 said so.', 'Ελένη agreed.']],
  ])('splits %j', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('gives offsets into the whole text', () => {
    const text = 'xx First one. Second one. yy';
    const sentences = splitSentences(text, 3, 25);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second one.']);
    expect(sentences.map((s) => s.index)).toEqual([0, 1]);
  });

  it('returns sentences that tile the block in order, with only white space between them', () => {
    const pieces = fc.constantFrom('Mr.', 'U.S.', 'He', 'said', '"Yes."', '3.5', 'p.m.', '...', '?', '!', ' ', '\n', 'The', 'end.', '“Q”', 'a', 'É', '.');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(' ')), (text) => {
        const sentences = splitSentences(text, 0, text.length);
        let at = 0;
        for (const sentence of sentences) {
          expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
          expect(text.slice(at, sentence.start).trim()).toBe('');
          expect(sentence.text).toBe(sentence.text.trim());
          expect(sentence.text.length).toBeGreaterThan(0);
          at = sentence.end;
        }
        expect(text.slice(at).trim()).toBe('');
      }),
      { numRuns: 500 },
    );
  });

  it('stays linear on long runs of dots, capitals and spaces', () => {
    for (const unit of ['.', 'A. ', ' ', '"', '1.']) {
      const text = unit.repeat(200_000);
      const started = performance.now();
      splitSentences(text, 0, text.length);
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });
});
