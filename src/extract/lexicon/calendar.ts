/** Month and weekday names and the relative words dates are written with. Data only. */

/** Month names and their abbreviations (with or without the dot), 1-based. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].flatMap(
    (name, index) => {
      const short = name.slice(0, 3);
      const extra = name === 'september' ? ['sept', 'sept.'] : [];
      return [name, short, `${short}.`, ...extra].map((written) => [written, index + 1] as const);
    },
  ),
);

/** Month words that are also ordinary words; they count as months only next to a day or year. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'mar', 'jan', 'jun', 'aug', 'dec', 'sat', 'sun']);

/** Weekday names, 0 = Sunday as in Date#getDay. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].map((name, index) => [name, index] as const),
);

/** Parts of a day that turn a weekday into a time ("Sunday morning"). */
export const DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);

/** Single words that are dates relative to publication, with their offset in days. */
export const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ['today', 0], ['tonight', 0], ['yesterday', -1], ['tomorrow', 1],
]);

/** Calendar periods that "last/this/next" can name. */
export const PERIODS: ReadonlySet<string> = new Set(['week', 'month', 'year', 'weekend', 'summer', 'winter', 'spring', 'autumn', 'fall', 'quarter', 'decade', 'century']);

/** Seasons: a date on their own after "in", "the", "early", "late" ("in summer"). */
export const SEASONS: ReadonlySet<string> = new Set(['summer', 'winter', 'spring', 'autumn']);

/** Holidays named without "Day" ("Christmas"); "Labor Day", "Election Day" are found by their last word. */
export const HOLIDAYS: ReadonlySet<string> = new Set(['christmas', 'easter', 'thanksgiving', 'hanukkah', 'ramadan', 'eid', 'diwali', 'passover', 'halloween']);

/** Words before a bare year that make it a date ("in 2014", "since 2001"). */
export const YEAR_CUES: ReadonlySet<string> = new Set(['in', 'since', 'by', 'until', 'till', 'from', 'of', 'before', 'after', 'during', 'early', 'late', 'mid', 'between', 'and', 'to', 'through', 'the', 'around', 'spring', 'summer', 'autumn', 'fall', 'winter']);
