// The bits of starts.ts, apart so that the finders can read them without importing starts.ts
// (which imports the finders' word lists: a cycle would run it before they exist).

/** Some date finder may start at the token (findDates). */
export const DATE_START = 1;
/** quantityAt may start at the token (findQuantities). */
export const QUANTITY_START = 2;
