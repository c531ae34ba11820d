/**
 * Tunables of the summarizer, in one place. Each is a weight of one named signal in the score
 * of a sentence (see rankers/news.ts) or a threshold of a filter; the comments say why it has
 * the value it has. They were set on principle and checked on the development sets in
 * ../shared/eval; never fit them to single articles.
 */

/**
 * Position prior: news is written as an inverted pyramid, so the first sentences carry the story.
 * The prior is `1 / (1 + POSITION_DECAY * i)` for the i-th body sentence (0-based): slow enough
 * that a strong later sentence can still beat the third one, fast enough that the lead usually wins.
 */
export const POSITION_DECAY = 0.35;

/** Weight of the position prior in the final score. */
export const POSITION_WEIGHT = 1.0;

/**
 * Weight of centrality: how much of the rest of the article a sentence covers (TF-IDF cosine,
 * summed over the other sentences, normalised to 0..1). The summary should be about what the
 * article keeps coming back to.
 */
export const CENTRALITY_WEIGHT = 0.45;

/**
 * PacSum (Zheng & Lapata 2019): a sentence that is echoed by LATER sentences is what the story
 * develops, one that only echoes earlier ones is background. Similarity to earlier sentences
 * counts this much relative to similarity to later ones.
 */
export const BACKWARD_EDGE_WEIGHT = 0.5;

/** Weight of overlap with the headline and standfirst, the editor's own summary. */
export const HEADLINE_WEIGHT = 0.35;

/** Weight of the share of names and numbers in a sentence (who, where, how many). */
export const DENSITY_WEIGHT = 0.15;

/** Weight of SumBasic word frequency: a sentence made of the words the article repeats most. */
export const FREQUENCY_WEIGHT = 0.2;

/**
 * Length window in words. Shorter sentences are fragments or quotes torn from context; much
 * longer ones spend the reader's budget on one point. Sentences in the window get no penalty.
 */
export const MIN_WORDS = 8;
export const IDEAL_MAX_WORDS = 35;
export const MAX_WORDS = 60;

/** Score taken off for a sentence outside the length window, scaled by how far outside it is. */
export const LENGTH_PENALTY = 0.35;

/**
 * Score taken off a sentence that opens with a pronoun ("He", "This"). Small: in news the
 * referent is nearly always the subject of the lead, which the summary opens with anyway.
 */
export const PRONOUN_PENALTY = 0.05;

/** Score taken off a sentence that opens with a connective ("But", "Meanwhile"): it answers a sentence the reader did not get. */
export const CONNECTIVE_PENALTY = 0.2;

/** Score taken off the tail of a badly split sentence (opens in lower case): it is not a sentence. */
export const FRAGMENT_PENALTY = 0.5;

/**
 * Score taken off a sentence that is not the first of its paragraph: a paragraph opens with its
 * point and the sentences after it elaborate (topic sentences, as in every style guide).
 */
export const INNER_SENTENCE_PENALTY = 0.1;

/** Score taken off a question: news summaries state, they do not ask. */
export const QUESTION_PENALTY = 0.4;

/**
 * Score taken off a sentence that is mostly a direct quotation: a reader's summary reports what
 * happened; quotes are listed by the `quotes` command.
 */
export const QUOTE_PENALTY = 0.3;

/**
 * Maximal Marginal Relevance (Carbonell & Goldstein 1998): the next sentence maximises
 * `score - REDUNDANCY_WEIGHT * max similarity to the sentences already chosen`, so the summary does
 * not say the same thing twice.
 */
export const REDUNDANCY_WEIGHT = 0.6;

/** A candidate this similar (cosine) to a chosen sentence is a repetition and never chosen. */
export const DUPLICATE_SIMILARITY = 0.7;

/** Default number of sentences in a summary. */
export const DEFAULT_SENTENCES = 3;
