/**
 * Types of the `digest` command's results. They live beside the digest rather than in
 * src/article.ts because they describe a many-article result, not the Article model.
 * Digest items carry no spans: they are meant to be read across articles, without the texts.
 */
import type { EntityType } from '../../article.js';

/** A speaker of one article, or merged across articles. */
export interface DigestSpeaker {
  name: string;
  role: string | null;
  quotes: number;
}

/** An entity of one article with how often it is mentioned. */
export interface DigestEntity {
  name: string;
  type: EntityType;
  mentions: number;
}

/** One article of a digest: what `--ndjson` prints a line of. Keys in printed order. */
export interface DigestEntry {
  /** The input, as named on the command line (`feed.xml#3`, a URL, `-#12`). */
  source: string;
  headline: string | null;
  /** ISO 8601 as the publisher gave it, or null. */
  published: string | null;
  /** Publisher or site. */
  site: string | null;
  byline: string | null;
  url: string | null;
  /** One or two key sentences joined by a space. */
  summary: string;
  speakers: DigestSpeaker[];
  entities: DigestEntity[];
}

/** Who or what recurs across the articles of a digest. */
export interface RecurringItem {
  name: string;
  /** Role for speakers; null otherwise. */
  role: string | null;
  /** Quotes (speakers) or mentions (entities), summed over articles. */
  count: number;
  /** Number of articles it appears in. */
  articles: number;
}

/** A whole digest: what `--json` prints. */
export interface Digest {
  articles: DigestEntry[];
  speakers: RecurringItem[];
  people: RecurringItem[];
  places: RecurringItem[];
  organizations: RecurringItem[];
}
