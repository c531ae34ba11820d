import { describe, expect, it } from 'vitest';
import { displayWidth, MAX_CELL_LINES, wrapCell, wrapText } from '../../src/render/wrap.js';

describe('wrapText', () => {
  it('keeps every line within the width', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 12);
    expect(lines).toEqual(['one two', 'three four', 'five six', 'seven eight', 'nine ten']);
  });

  it('counts wide characters as two columns', () => {
    expect(displayWidth('漢字')).toBe(4);
  });
});

describe('wrapCell', () => {
  it('cuts words wider than the cell', () => {
    expect(wrapCell('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('ends a cell that would run past the line limit with an ellipsis', () => {
    const lines = wrapCell('word '.repeat(500), 20);
    expect(lines).toHaveLength(MAX_CELL_LINES);
    expect(lines.at(-1)!.endsWith('…')).toBe(true);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(20);
  });
});
