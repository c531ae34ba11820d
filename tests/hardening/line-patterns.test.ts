import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchCaptionLine, matchMarkdownHeading } from '../../src/structure/line-patterns.js';

/**
 * The caption and heading scanners replaced two regular expressions that backtracked
 * quadratically (caption) and cubically (heading) on runs of spaces. They must give what those
 * regexes gave, on every line, and stay linear.
 */
const OLD_CAPTION = /^(.*?\S)\s*\|\s*(?:photo(?:graph)?s?|pictures?|images?|video|credit|source|illustration)\s*:\s*(\S.*?)\s*$/i;
const OLD_HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;

function oldCaption(line: string) {
  const m = OLD_CAPTION.exec(line);
  if (!m) return null;
  return { text: m[1]!, credit: m[2]! };
}

function newCaption(line: string) {
  const m = matchCaptionLine(line);
  if (!m) return null;
  return { text: line.slice(0, m.textEnd), credit: line.slice(m.creditStart, m.creditEnd) };
}

function oldHeading(line: string) {
  const m = OLD_HEADING.exec(line);
  return m && m[2] ? { level: m[1]!.length, title: m[2] } : null;
}

function newHeading(line: string) {
  const m = matchMarkdownHeading(line);
  return m ? { level: m.level, title: line.slice(m.titleStart, m.titleEnd) } : null;
}

/** Lines as findBlocks hands them over: trimmed, without newlines. */
const line = fc
  .array(fc.constantFrom('#', ' ', '  ', '|', ':', 'a', 'Photo', 'photos', 'Credit', 'source', '\t', '\u00a0', '\u3000', '\u2028', 'x', '##', ' | ', ': ', '»'), { maxLength: 24 })
  .map((parts) => parts.join('').replace(/^[\s\u2028]+|[\s\u2028]+$/g, ''));

describe('caption and heading scanners', () => {
  it.each([
    ['An Iraqi helicopter flies over the frontline | Photo: PA Images', { text: 'An Iraqi helicopter flies over the frontline', credit: 'PA Images' }],
    ['Flood defences  |  photographs :  Jane Doe  ', { text: 'Flood defences', credit: 'Jane Doe' }],
    ['a | b', null],
    ['| Photo: nobody', null],
    ['Prices | source: ONS | Photo: Reuters', { text: 'Prices', credit: 'ONS | Photo: Reuters' }],
  ])('reads %j as a caption: %j', (input, expected) => {
    expect(newCaption(input)).toEqual(expected);
  });

  it.each([
    ['## What happens next', { level: 2, title: 'What happens next' }],
    ['# Title #', { level: 1, title: 'Title' }],
    ['### a #b#', { level: 3, title: 'a #b' }],
    ['####### seven', null],
    ['#hashtag', null],
    ['# ###', null],
  ])('reads %j as a heading: %j', (input, expected) => {
    expect(newHeading(input)).toEqual(expected);
  });

  it('agrees with the regular expressions they replaced, on any line', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(newCaption(text)).toEqual(oldCaption(text));
        expect(newHeading(text)).toEqual(oldHeading(text));
      }),
      { numRuns: 5000, seed: 8 },
    );
  });

  it.each([
    ['caption: spaces in the credit', `x | Photo: a${' '.repeat(200_000)}b`],
    ['caption: many bars', 'a |'.repeat(100_000)],
    ['heading: spaces in the title', `# a${' '.repeat(200_000)}b`],
    ['heading: spaced hashes', `# a${' #'.repeat(100_000)} b`],
  ])('stays linear on %s', (_name, text) => {
    const started = performance.now();
    matchCaptionLine(text);
    matchMarkdownHeading(text);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
