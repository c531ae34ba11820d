import { describe, expect, it } from 'vitest';
import { formatPublished } from '../../src/render/dates.js';

describe('formatPublished', () => {
  it.each([
    ['2016-10-20', '20 October 2016'],
    ['2016-10-20T09:30:00+01:00', '20 October 2016, 09:30'],
    ['2016-10-20T23:30:00Z', '20 October 2016, 23:30'],
    ['2016-10-20T23:30:00-0500', '20 October 2016, 23:30'],
    ['last Tuesday', 'last Tuesday'],
  ])('shows %s as %s', (published, expected) => {
    expect(formatPublished(published)).toBe(expected);
  });

  it('shows nothing for an unknown date', () => {
    expect(formatPublished(null)).toBeNull();
  });
});
