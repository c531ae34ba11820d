/**
 * Words that state numbers, and the qualifiers that make them approximate. Data only; read by
 * src/extract/facts/numbers.ts.
 */

/** Number words below a hundred. Hyphenated tens ("twenty-five") are composed from these. */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['dozen', 12],
]);

/** Multipliers written as words or as the short suffixes news uses ("1.5bn", "£3.2m", "10k"). */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['bn', 1e9], ['b', 1e9], ['tn', 1e12], ['trn', 1e12],
]);

/**
 * Vague plurals ("dozens of", "hundreds of"): no exact value, but a lower bound — two of the
 * unit at least, which is what the annotation guide asks for (dozens: min 24).
 */
export const VAGUE_PLURALS: ReadonlyMap<string, number> = new Map([
  ['dozens', 24], ['scores', 40], ['hundreds', 200], ['thousands', 2000], ['millions', 2e6], ['billions', 2e9],
  ['tens', 20],
]);

/** Fractions written as words, as proportions. */
export const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['half', 1 / 2], ['halves', 1 / 2], ['third', 1 / 3], ['thirds', 1 / 3], ['quarter', 1 / 4], ['quarters', 1 / 4],
  ['fifth', 1 / 5], ['fifths', 1 / 5], ['tenth', 1 / 10], ['tenths', 1 / 10],
]);

/** Ordinal words; digits with st/nd/rd/th are parsed directly. */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13],
  ['fourteenth', 14], ['fifteenth', 15], ['twentieth', 20], ['hundredth', 100],
]);

/**
 * Qualifiers before a number, longest first within each, mapped to the guide's categories. The
 * bound they imply: `min` for "at least"/"more than", `max` for "up to"/"less than".
 */
export const QUALIFIERS: ReadonlyArray<{ words: string[]; approx: string; bound: 'min' | 'max' | null }> = [
  { words: ['up', 'to'], approx: 'up to', bound: 'max' },
  { words: ['as', 'many', 'as'], approx: 'up to', bound: 'max' },
  { words: ['as', 'much', 'as'], approx: 'up to', bound: 'max' },
  { words: ['at', 'least'], approx: 'at least', bound: 'min' },
  { words: ['at', 'most'], approx: 'up to', bound: 'max' },
  { words: ['no', 'more', 'than'], approx: 'up to', bound: 'max' },
  { words: ['more', 'than'], approx: 'more than', bound: 'min' },
  { words: ['over'], approx: 'more than', bound: 'min' },
  { words: ['above'], approx: 'more than', bound: 'min' },
  { words: ['nearly'], approx: 'about', bound: null },
  { words: ['almost'], approx: 'about', bound: null },
  { words: ['about'], approx: 'about', bound: null },
  { words: ['around'], approx: 'about', bound: null },
  { words: ['roughly'], approx: 'about', bound: null },
  { words: ['approximately'], approx: 'about', bound: null },
  { words: ['some'], approx: 'about', bound: null },
  { words: ['close', 'to'], approx: 'about', bound: null },
  { words: ['an', 'estimated'], approx: 'about', bound: null },
  { words: ['less', 'than'], approx: 'less than', bound: 'max' },
  { words: ['fewer', 'than'], approx: 'less than', bound: 'max' },
  { words: ['under'], approx: 'less than', bound: 'max' },
  { words: ['below'], approx: 'less than', bound: 'max' },
  { words: ['exactly'], approx: 'exactly', bound: null },
  { words: ['just'], approx: 'about', bound: null },
];

/**
 * Number words fixed inside an idiom: "a one-sided story", "a five-alarm fire", "a one-off" state
 * no amount (the guide's "numbers inside names" and pronoun "one" left out for the same reason).
 */
export const NUMBER_IDIOMS: ReadonlySet<string> = new Set(
  `one-sided one-off one-on-one one-liner one-liners one-time one-stop one-shot one-trick one-horse one-way two-faced
two-timing five-alarm four-letter`.split(/\s+/),
);

/** Words before "N pounds" that make it a weight, not money ("weighs 236 pounds"). */
export const WEIGHT_VERBS: ReadonlySet<string> = new Set(
  `weigh weighs weighed weighing lose lost losing gain gained gaining shed`.split(/\s+/),
);
