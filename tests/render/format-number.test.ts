import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/render/format-number.js';

/** What the facts view printed before, through ICU. */
const viaLocale = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 4 });

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [12, '12'],
    [1234567, '1,234,567'],
    [-1234.5, '-1,234.5'],
    [19.3121, '19.3121'],
    [19.31215, '19.3122'],
    [0.99995, '1'],
    [99999.99995, '100,000'],
    [1 / 3, '0.3333'],
    [-0.00004, '-0'],
    [1e21, '1,000,000,000,000,000,000,000'],
  ])('prints %d as %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it('prints what toLocaleString("en-GB", { maximumFractionDigits: 4 }) prints, for any double', () => {
    fc.assert(fc.property(fc.double(), (value) => formatNumber(value) === viaLocale(value)), { numRuns: 20_000 });
  });

  it('prints what toLocaleString prints for numbers with five decimals, where rounding ties are', () => {
    const fifths = fc.integer({ min: -1e12, max: 1e12 }).map((n) => n / 1e5);
    fc.assert(fc.property(fifths, (value) => formatNumber(value) === viaLocale(value)), { numRuns: 20_000 });
  });
});
