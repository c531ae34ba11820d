/**
 * The typed model of news-digest, in one place.
 *
 * A source is loaded (src/load) into a `Source`, structured (src/structure) into an `Article`,
 * and later stages derive quotes, facts, entities and summaries from that Article. Every derived
 * item carries `start`/`end`: UTF-16 offsets into `Article.text`, end exclusive, so that
 * `article.text.slice(item.start, item.end)` is exactly the item's text.
 *
 * This file imports nothing and holds types only. The JSON printed by `--json` is these objects
 * as they are (see README "JSON output").
 */

/** A stretch of `Article.text`: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** How the input was written; decides how `src/structure` reads its blocks. */
export type SourceFormat = 'text' | 'markdown' | 'html' | 'rss' | 'atom' | 'json';

/** Metadata that came with the article (front matter, HTML meta tags, feed fields). */
export interface ArticleMetadata {
  title: string | null;
  /** Publication date as ISO 8601 (`2016-10-20` or a full timestamp), or null when unknown. */
  published: string | null;
  byline: string | null;
  /** Publisher or site name. */
  source: string | null;
  url: string | null;
}

/**
 * One loaded input before structuring: its text and where it came from.
 * `blocks` is set by loaders that already know the layout (HTML, feeds); plain text leaves it
 * undefined and `src/structure` finds the blocks itself.
 */
export interface Source {
  /** What the user named: a path, `-` for stdin, a URL, or `path#3` for an item of a feed. */
  name: string;
  format: SourceFormat;
  /** Normalised text (see src/load/normalize-text.ts); front matter already removed. */
  text: string;
  metadata: ArticleMetadata;
  blocks?: SourceBlock[];
}

/** A block a loader found in the markup, with its span in `Source.text`. */
export interface SourceBlock extends Span {
  kind: 'headline' | 'standfirst' | 'dateline' | 'caption' | 'heading' | 'paragraph' | 'blockquote';
  /** Credit of a caption (`Photo: PA Images` gives `PA Images`). */
  credit?: string | null;
  /** Heading level for `heading` blocks (2 for `##` or `<h2>`). */
  level?: number;
}

/** One sentence of a block. */
export interface Sentence extends Span {
  text: string;
  /** 0-based position of the sentence within its block. */
  index: number;
}

/** Where a block sits in the article. Only `body` blocks are numbered paragraphs. */
export type BlockRole = 'headline' | 'standfirst' | 'body';

/** A block of running text: the headline, the standfirst or a body paragraph. */
export interface Block extends Span {
  role: BlockRole;
  /**
   * 1-based paragraph number for body paragraphs (the number a reader counts);
   * 0 for the headline and the standfirst.
   */
  paragraph: number;
  text: string;
  sentences: Sentence[];
  /** True when the whole block is a quotation set apart (`<blockquote>`, `> ` in Markdown). */
  blockquote?: boolean;
}

/** A photo caption, with the credit split off (`... | Photo: PA Images`). */
export interface Caption extends Span {
  text: string;
  credit: string | null;
}

/** The dateline: where the story was filed from, as written and as displayed. */
export interface Dateline extends Span {
  /** As written: `bartella, iraq`. */
  text: string;
  /** As a reader expects it: `BARTELLA, IRAQ`. */
  display: string;
}

/** A run of body paragraphs under one title. */
export interface Section {
  title: string | null;
  /** First and last body paragraph numbers (1-based, inclusive). */
  firstParagraph: number;
  lastParagraph: number;
  /** `heading` when the input had a heading; `topic` when found by topical segmentation. */
  origin: 'heading' | 'topic';
  /** Span of the heading text itself, when there is one. */
  heading: Span | null;
}

/** Something odd about the input that did not stop us (an unbalanced quote, a dropped block). */
export interface Diagnostic {
  code: string;
  message: string;
  span: Span | null;
}

/** The structured article every later stage reads. Nothing after src/structure re-parses text. */
export interface Article {
  source: { name: string; format: SourceFormat };
  metadata: ArticleMetadata;
  /** The full normalised text; every span indexes into it. */
  text: string;
  headline: Block | null;
  standfirst: Block | null;
  dateline: Dateline | null;
  captions: Caption[];
  /** Body paragraphs in order; `paragraphs[i].paragraph === i + 1`. */
  paragraphs: Block[];
  sections: Section[];
  diagnostics: Diagnostic[];
}

// ---------------------------------------------------------------------------------------------
// Quotes (src/extract/quotes)

/** direct: a quoted sentence or more; partial: a quoted fragment in a reported clause; reported: indirect speech. */
export type QuoteKind = 'direct' | 'partial' | 'reported';

/** A quotation or a piece of reported speech, with who said it. */
export interface Quote extends Span {
  /** The quote without its enclosing marks; fragments of a split quote joined by one space. */
  text: string;
  kind: QuoteKind;
  /** Resolved speaker name (merged across mentions), or null when unattributed; of two signers (`said Ann Bell and Tom Hale`), the first. */
  speaker: string | null;
  /** The second of two signers (`Tom Hale`), credited with the quote as much as `speaker`; null otherwise. */
  coSpeaker: string | null;
  /** The speaker as written next to the cue (`He`, `the minister`), or null. */
  mention: string | null;
  /** Role or title the article gives the speaker (`Prime Minister`), or null. */
  role: string | null;
  /** The verb or phrase of saying (`said`, `told`, `according to`), or null. */
  cue: string | null;
  /** Who was addressed (`the meeting`, `reporters`), or null. */
  audience: string | null;
  /** Paragraph number (0 for headline/standfirst) and 0-based sentence index of the start. */
  paragraph: number;
  sentence: number;
  /** Spans of the quoted text fragments (more than one when split around the cue). */
  fragments: Span[];
  speakerSpan: Span | null;
  cueSpan: Span | null;
}

/** A speaker with every way the article names them merged. */
export interface Speaker {
  name: string;
  role: string | null;
  aliases: string[];
  quotes: number;
}

// ---------------------------------------------------------------------------------------------
// Facts and entities (src/extract/facts)

export type EntityType = 'person' | 'place' | 'organization';

export type QuantityType =
  | 'count'
  | 'number'
  | 'money'
  | 'percent'
  | 'measure'
  | 'duration'
  | 'date'
  | 'time'
  | 'ordinal'
  | 'rank';

export type FactType = QuantityType | EntityType;

/** A place a fact is stated: its span, paragraph and sentence, and the sentence for context. */
export interface Mention extends Span {
  text: string;
  paragraph: number;
  sentence: number;
}

/** A named entity with its mentions merged (full name, surname, acronym). */
export interface Entity {
  name: string;
  type: EntityType;
  /** Role or title (`Prime Minister`) for people; country for places; expansion for acronyms. */
  role: string | null;
  aliases: string[];
  mentions: Mention[];
}

/** A checkable statement of a quantity, a time, or who/where. */
export interface Fact extends Span {
  type: FactType;
  /** As written. */
  text: string;
  /** Numeric value in the unit as written (money in units of its currency), or null. */
  value: number | null;
  /** Unit as written or currency code (`mile`, `GBP`, `%`), or null. */
  unit: string | null;
  /** Normalised form: SI value and unit for measures, ISO for dates, or null. */
  normalized: { value: number | string; unit: string | null } | null;
  /** Qualifier that makes it approximate (`about`, `up to`, `dozens`), or null. */
  approx: string | null;
  min: number | null;
  max: number | null;
  /** Resolved calendar date (ISO, possibly partial) for dates, or null when unresolved. */
  date: string | null;
  /** What is counted or measured (`suicide car bombs`), or the entity name for entity facts. */
  entity: string | null;
  /**
   * For entity facts: the role or title of a person (`Prime Minister`), the country of a place
   * (`Iraq`), or null; always null for quantities.
   */
  role: string | null;
  paragraph: number;
  sentence: number;
  /** The sentence the fact was first stated in. */
  context: string;
  /** Every place the same fact is stated (the first is this fact's own span). */
  mentions: Mention[];
}

// ---------------------------------------------------------------------------------------------
// Summaries (src/summarize)

/** A sentence with the score the ranker gave it. */
export interface RankedSentence extends Span {
  text: string;
  paragraph: number;
  sentence: number;
  score: number;
}
