import { describe, expect, it } from 'vitest';
import { isSpaceCode } from '../../src/structure/char-classes.js';

describe('character classes', () => {
  it('isSpaceCode answers as the regex \\s does for every UTF-16 code unit', () => {
    // Line patterns, sections and entity names skip white space with it instead of a regex.
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) differing.push(code);
    expect(differing).toEqual([]);
  });
});
