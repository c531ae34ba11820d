import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { themeFor, type Theme } from '../../src/render/theme.js';

/** The chalk styles the theme stood for when it was built on chalk (level 1: 16 colours). */
const chalk = new Chalk({ level: 1 });
const CHALK: Record<keyof Theme, (text: string) => string> = {
  headline: (text) => chalk.bold(text),
  standfirst: (text) => chalk.italic(text),
  dateline: (text) => chalk.bold.dim(text),
  heading: (text) => chalk.bold.underline(text),
  quote: (text) => chalk.cyan(text),
  dim: (text) => chalk.dim(text),
  label: (text) => chalk.bold(text),
  speaker: (text) => chalk.bold.yellow(text),
  error: (text) => chalk.red(text),
};
const NAMES = Object.keys(CHALK) as Array<keyof Theme>;

/** Text with line breaks and other styles' codes in it, where chalk's rules matter. */
const text = fc.array(fc.constantFrom('a', ' ', 'word', '\n', '\r\n', '\r', '\u001B[22m', '\u001B[39m', '\u001B[1m', '\u001B', ''), { maxLength: 12 }).map((parts) => parts.join(''));

describe('themeFor', () => {
  it('styles every kind of text exactly as chalk did, nested styles included', () => {
    const theme = themeFor({ color: true });
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.constantFrom(...NAMES), text, text, (outer, inner, before, after) => {
        expect(theme[outer](before)).toBe(CHALK[outer](before));
        const nested = before + theme[inner](after) + before;
        expect(theme[outer](nested)).toBe(CHALK[outer](before + CHALK[inner](after) + before));
      }),
      { numRuns: 5_000 },
    );
  });

  it('leaves text as it is when colour is off', () => {
    const theme = themeFor({ color: false });
    for (const name of NAMES) expect(theme[name]('a\nb \u001B[1m')).toBe('a\nb \u001B[1m');
  });
});
