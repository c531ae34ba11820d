import type { ArticleModel } from '../article-model.js';
import type { Candidate } from '../candidates.js';
import { cosinesWith } from '../term-vectors.js';
import {
  BACKWARD_EDGE_WEIGHT,
  CENTRALITY_WEIGHT,
  CONNECTIVE_PENALTY,
  FRAGMENT_PENALTY,
  PRONOUN_PENALTY,
  DENSITY_WEIGHT,
  FREQUENCY_WEIGHT,
  HEADLINE_WEIGHT,
  IDEAL_MAX_WORDS,
  INNER_SENTENCE_PENALTY,
  LENGTH_PENALTY,
  MAX_WORDS,
  MIN_WORDS,
  POSITION_DECAY,
  POSITION_WEIGHT,
  QUESTION_PENALTY,
  QUOTE_PENALTY,
} from '../weights.js';
import { directedCentrality, normalise } from './centrality.js';

/** The parts of a sentence's score, kept so that a rank can be explained. */
export interface ScoreParts {
  position: number;
  centrality: number;
  headline: number;
  density: number;
  frequency: number;
  penalty: number;
}

/**
 * The default news ranker: a sum of small named signals (see weights.ts for each one's why) —
 * lead position, position-aware centrality, headline overlap, density of names and numbers —
 * minus penalties for sentences a summary should not open with or carry (too short or long,
 * leaning on the sentence before, questions, quotations).
 */
export function scoreNews(model: ArticleModel): { scores: number[]; parts: ScoreParts[]; leaning: number[] } {
  const centrality = directedCentrality(model, BACKWARD_EDGE_WEIGHT);
  const headline = normalise(cosinesWith(model.vectors, model.headline));
  const frequency = normalise(sumBasic(model));
  const parts = model.candidates.map((candidate, i): ScoreParts => ({
    position: positionPrior(candidate.position),
    centrality: centrality[i] ?? 0,
    headline: headline[i] ?? 0,
    density: candidate.density,
    frequency: frequency[i] ?? 0,
    penalty: penalty(candidate),
  }));
  const scores = parts.map(
    (p) => POSITION_WEIGHT * p.position + CENTRALITY_WEIGHT * p.centrality + HEADLINE_WEIGHT * p.headline + DENSITY_WEIGHT * p.density + FREQUENCY_WEIGHT * p.frequency - p.penalty,
  );
  return { scores, parts, leaning: model.candidates.map(leaningPenalty) };
}

/**
 * What a sentence loses for leaning on the one before it. The selector gives it back when that
 * sentence is chosen too, since the pair then reads as in the article.
 */
export function leaningPenalty(candidate: Candidate): number {
  // The first sentence cannot lean on one before it.
  if (candidate.position === 0 || candidate.dangling === null) return 0;
  return { pronoun: PRONOUN_PENALTY, connective: CONNECTIVE_PENALTY, fragment: FRAGMENT_PENALTY }[candidate.dangling];
}

/**
 * SumBasic (Nenkova & Vanderwende 2005): the mean probability of a sentence's content words in
 * the whole article. Words the article keeps using are what it is about.
 */
function sumBasic(model: ArticleModel): number[] {
  const { start, ids, counts, idf } = model.vectors;
  const total = new Float64Array(idf.length);
  let all = 0;
  for (let k = 0; k < ids.length; k++) {
    total[ids[k]!]! += counts[k]!;
    all += counts[k]!;
  }
  return model.candidates.map((_, s) => {
    let sum = 0;
    let n = 0;
    for (let k = start[s]!; k < start[s + 1]!; k++) {
      sum += counts[k]! * (total[ids[k]!]! / all);
      n += counts[k]!;
    }
    return n > 0 ? sum / n : 0;
  });
}

/** The inverted-pyramid prior: 1 for the first sentence, decaying hyperbolically. */
export function positionPrior(position: number): number {
  return 1 / (1 + POSITION_DECAY * position);
}

function penalty(candidate: Candidate): number {
  let total = 0;
  if (candidate.words < MIN_WORDS) total += LENGTH_PENALTY * (1 - candidate.words / MIN_WORDS) + LENGTH_PENALTY / 2;
  else if (candidate.words > IDEAL_MAX_WORDS) total += LENGTH_PENALTY * Math.min(1, (candidate.words - IDEAL_MAX_WORDS) / (MAX_WORDS - IDEAL_MAX_WORDS));
  total += leaningPenalty(candidate);
  if (candidate.question) total += QUESTION_PENALTY;
  // A paragraph opens with its point; later sentences elaborate it.
  if (candidate.sentence > 0) total += INNER_SENTENCE_PENALTY;
  if (candidate.quote) total += QUOTE_PENALTY;
  return total;
}
