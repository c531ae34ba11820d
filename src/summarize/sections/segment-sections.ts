import type { Article, Block, Section } from '../../article.js';
import { beginArticle, type Term } from '../term-cache.js';
import { sentenceVectors } from '../term-vectors.js';
import { scanWords } from '../word-scan.js';
import { gapCohesion } from './cohesion.js';
import { titleSections } from './section-titles.js';

/** A topical section has at least this many paragraphs; shorter runs are noise, not topics. */
const MIN_SECTION_PARAGRAPHS = 2;
/** About one section per this many paragraphs at most, so an outline stays an outline. */
const PARAGRAPHS_PER_SECTION = 3;
/** Gaps a depth score looks across on each side. */
const MAX_CLIMB = 12;
/** Articles shorter than this are one topic. */
const MIN_PARAGRAPHS_TO_SPLIT = 5;

/**
 * The sections of an article: its own heading sections when it has them, otherwise topical
 * sections found by lexical cohesion between neighbouring paragraphs (TextTiling, Hearst 1997:
 * a boundary where the words of the paragraphs before a gap and after it overlap least,
 * relative to the peaks around), each titled with its most salient names and words.
 * Paragraph ranges are 1-based and inclusive and cover the body in order. Pure.
 */
export function segmentSections(article: Article): Section[] {
  if (article.sections.length > 0) return article.sections;
  const paragraphs = article.paragraphs;
  if (paragraphs.length === 0) return [];
  // Before any word is read: the word tables are emptied, when full, only between articles.
  const stamp = beginArticle();
  const boundaries = paragraphs.length < MIN_PARAGRAPHS_TO_SPLIT ? [] : findBoundaries(article.text, paragraphs, stamp);
  const ranges: Array<[number, number]> = [];
  let first = 1;
  for (const gap of boundaries) {
    ranges.push([first, gap]);
    first = gap + 1;
  }
  ranges.push([first, paragraphs.length]);
  const titles = titleSections(article, ranges);
  return ranges.map(([firstParagraph, lastParagraph], i) => ({ title: titles[i] ?? null, firstParagraph, lastParagraph, origin: 'topic', heading: null }));
}

/** Gap numbers g (boundary after paragraph g, 1-based) where a new topic starts. */
function findBoundaries(text: string, paragraphs: Block[], stamp: number): number[] {
  const terms = paragraphs.map((p) => {
    const found: Term[] = [];
    scanWords(text, p.start, p.end, found);
    return found;
  });
  const n = paragraphs.length;
  const cohesion = gapCohesion(sentenceVectors(terms, stamp));
  const depths = cohesion.map((value, i) => depthAt(cohesion, i, value));
  const mean = depths.reduce((a, b) => a + b, 0) / depths.length;
  const sd = Math.sqrt(depths.reduce((a, b) => a + (b - mean) ** 2, 0) / depths.length);
  // Hearst's cut-off: deeper than the mean minus half a standard deviation, deepest first.
  const cutoff = Math.max(mean - sd / 2, 1e-9);
  const order = depths.map((depth, i) => ({ depth, gap: i + 1 })).filter((d) => d.depth >= cutoff).sort((a, b) => b.depth - a.depth || a.gap - b.gap);
  const maxBoundaries = Math.max(0, Math.floor(n / PARAGRAPHS_PER_SECTION) - 1);
  const chosen: number[] = [];
  // A boundary is kept MIN_SECTION_PARAGRAPHS away from the ends and from every one kept before.
  const taken = new Uint8Array(n + 1);
  for (const { gap } of order) {
    if (chosen.length >= maxBoundaries) break;
    if (gap < MIN_SECTION_PARAGRAPHS || n - gap < MIN_SECTION_PARAGRAPHS || takenNear(taken, gap)) continue;
    taken[gap] = 1;
    chosen.push(gap);
  }
  return chosen.sort((a, b) => a - b);
}

/** A boundary is already kept closer to `gap` than MIN_SECTION_PARAGRAPHS. */
function takenNear(taken: Uint8Array, gap: number): boolean {
  for (let d = 0; d < MIN_SECTION_PARAGRAPHS; d++) if (taken[gap - d] === 1 || taken[gap + d] === 1) return true;
  return false;
}

/**
 * Depth of a valley: how far cohesion climbs on each side before it falls again, looking at most
 * MAX_CLIMB gaps away (keeps the pass linear; a topic's peak is never further than that).
 */
function depthAt(values: number[], i: number, value: number): number {
  let left = value;
  for (let j = i - 1; j >= Math.max(0, i - MAX_CLIMB) && values[j]! >= left; j--) left = values[j]!;
  let right = value;
  for (let j = i + 1; j < Math.min(values.length, i + 1 + MAX_CLIMB) && values[j]! >= right; j++) right = values[j]!;
  return left - value + (right - value);
}
