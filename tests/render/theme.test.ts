import { describe, expect, it } from 'vitest';
import { themeFor, type Theme } from '../../src/render/theme.js';

const NAMES: Array<keyof Theme> = ['headline', 'standfirst', 'dateline', 'heading', 'quote', 'dim', 'label', 'speaker', 'error'];

describe('themeFor', () => {
  it.each([
    ['headline', '\u001B[1mBartella\u001B[22m'],
    ['quote', '\u001B[36mBartella\u001B[39m'],
    ['speaker', '\u001B[1m\u001B[33mBartella\u001B[39m\u001B[22m'],
    ['error', '\u001B[31mBartella\u001B[39m'],
  ] as const)('styles %s with 16-colour codes when colour is on', (name, expected) => {
    expect(themeFor({ color: true })[name]('Bartella')).toBe(expected);
  });

  it('styles each line of a multi-line text, so a pager shows every line styled', () => {
    expect(themeFor({ color: true }).quote('a\nb')).toBe('\u001B[36ma\u001B[39m\n\u001B[36mb\u001B[39m');
  });

  it('leaves text as it is when colour is off', () => {
    const theme = themeFor({ color: false });
    for (const name of NAMES) expect(theme[name]('a\nb \u001B[1m')).toBe('a\nb \u001B[1m');
  });
});
