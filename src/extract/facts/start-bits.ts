// The bits of starts.ts, apart so that the finders can read them without importing starts.ts
// (which imports the finders' word lists: a cycle would run it before they exist).

/** quantityAt may start at the token (findQuantities). */
export const QUANTITY_START = 1;

// The date finders of dates.ts, each by the tokens it can start at.
/** isoDate, slashDate, year: digits. */
export const DIGIT_FORMS = 1 << 1;
/** century: an ordinal or digits. */
export const CENTURY = 1 << 2;
/** clockTime: "noon", "midnight", a number. */
export const CLOCK = 1 << 3;
/** periodPart: "end", "middle", ... */
export const PERIOD_PART = 1 << 4;
/** dayPart: "overnight", "the", "that", "early", "late". */
export const DAY_PART = 1 << 5;
/** besideEvent: "the", "earlier", "later". */
export const BESIDE_EVENT = 1 << 6;
/** monthDate: digits or a capitalised month. */
export const MONTH_DATE = 1 << 7;
/** weekday: a capitalised weekday. */
export const WEEKDAY = 1 << 8;
/** relative: a day word ("today's") or a period modifier ("last"). */
export const RELATIVE = 1 << 9;
/** offset: a unit of time, "weekend", a number. */
export const OFFSET = 1 << 10;
/** barePeriod: "several", "many", "few", a plural period. */
export const BARE_PERIOD = 1 << 11;
/** named: a season, or a capital that is a holiday or comes before "Day". */
export const NAMED = 1 << 12;
/** Any date finder. */
export const DATE_START = DIGIT_FORMS | CENTURY | CLOCK | PERIOD_PART | DAY_PART | BESIDE_EVENT | MONTH_DATE | WEEKDAY | RELATIVE | OFFSET | BARE_PERIOD | NAMED;
