import { describe, expect, it } from 'vitest';
import { hashOf } from '../../src/structure/word-bits.js';
import { WordTable } from '../../src/summarize/word-table.js';

/** A text of `count` distinct short words, and their spans. */
function wordsText(count: number): { text: string; spans: Array<[number, number]> } {
  const words = Array.from({ length: count }, (_, i) => `w${i.toString(36)}`);
  const spans: Array<[number, number]> = [];
  let at = 0;
  for (const word of words) {
    spans.push([at, at + word.length]);
    at += word.length + 1;
  }
  return { text: words.join(' '), spans };
}

describe('WordTable', () => {
  it('computes a word once and answers from the table after that', () => {
    let calls = 0;
    const table = new WordTable((word) => (calls++, word.toUpperCase()));
    const text = 'troops took the town; troops held the town';
    expect(table.get(text, 0, 6)).toBe('TROOPS');
    expect(table.get(text, 22, 28)).toBe('TROOPS');
    expect(calls).toBe(1);
  });

  it('getHashed, given the hash hashOf gives, finds what get stored, and get finds what it stored', () => {
    let calls = 0;
    const table = new WordTable((word) => (calls++, word.toUpperCase()));
    const text = 'Bartella’s troops, Bartella’s town';
    expect(table.get(text, 0, 10)).toBe('BARTELLA’S');
    expect(table.getHashed(text, 19, 29, hashOf(text, 19, 29))).toBe('BARTELLA’S');
    expect(table.getHashed(text, 11, 17, hashOf(text, 11, 17))).toBe('TROOPS');
    expect(table.get(text, 11, 17)).toBe('TROOPS');
    expect(calls).toBe(2);
  });

  it('computes words longer than twelve characters every time, so as to keep no view into the text', () => {
    let calls = 0;
    const table = new WordTable((word) => (calls++, word.length));
    const text = 'internationally internationally';
    expect(table.get(text, 0, 15)).toBe(15);
    expect(table.get(text, 16, 31)).toBe(15);
    expect(calls).toBe(2);
  });

  it('keeps every word while it grows from a small table to its full size', () => {
    let calls = 0;
    const table = new WordTable((word) => (calls++, { word }));
    const { text, spans } = wordsText(20_000);
    const first = spans.map(([start, end]) => table.get(text, start, end));
    spans.forEach((span, i) => expect(table.get(text, ...span)).toBe(first[i]));
    expect(calls).toBe(20_000);
  });

  it('stops remembering when half full and empties only when settled between articles', () => {
    let calls = 0;
    const table = new WordTable((word) => (calls++, { word }));
    const { text, spans } = wordsText(70_000);
    const first = spans.map(([start, end]) => table.get(text, start, end));
    // Words met before the table filled are still the same objects; later ones are computed again.
    expect(table.get(text, ...spans[0]!)).toBe(first[0]);
    expect(table.get(text, ...spans[69_999]!)).not.toBe(first[69_999]);
    expect(table.get(text, ...spans[69_999]!)).toEqual(first[69_999]);
    expect(table.settle()).toBe(true);
    expect(table.get(text, ...spans[0]!)).not.toBe(first[0]);
    expect(table.settle()).toBe(false);
    expect(calls).toBe(70_000 + 3);
  });
});
