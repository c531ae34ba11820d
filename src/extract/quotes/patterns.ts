/**
 * Punctuation the quote extractor's label and signature scanners share, so they agree on it.
 */

/**
 * Dashes that open an appositive, a label or a signature (`Jason Sims — a teacher — says`,
 * `- Sanders.`, `― Ana Ruiz, teacher`): hyphen-minus, en dash, em dash, and the horizontal bar
 * (`―`) some sites set before a quotation's signer.
 */
export const DASHES: ReadonlySet<string> = new Set(['-', '–', '—', '―']);
