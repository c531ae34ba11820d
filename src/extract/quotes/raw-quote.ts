import type { QuoteKind, Span } from '../../article.js';

/** A quote as found, before its speaker is resolved and merged. */
export interface RawQuote {
  kind: QuoteKind;
  fragments: Span[];
  /** The speaker phrase as written, with its span, or null. */
  mention: (Span & { text: string }) | null;
  cue: (Span & { text: string }) | null;
  audience: string | null;
  paragraph: number;
  sentence: number;
  /** Takes the speaker of the quote before it (a quoted paragraph that goes on). */
  continues: boolean;
  /** The mention is the sentence's subject, guessed with no cue: not evidence of a named speaker. */
  guessed?: boolean;
  /** For an `it` speaker, the described thing it may stand for (`the memo`), read from its sentence. */
  antecedent?: (Span & { text: string }) | null;
}

/** What the quotes one clause gives share: all of a raw quote but its kind and fragments. */
export type QuoteBase = Omit<RawQuote, 'kind' | 'fragments' | 'guessed' | 'antecedent'>;

/**
 * A raw quote of `base` with its kind and fragments, written out field by field in one order:
 * a spread (`{ ...base, kind }`) was slow to build and gave the quotes differing shapes.
 */
export function quoteOf(base: QuoteBase, kind: QuoteKind, fragments: Span[]): RawQuote {
  return { kind, fragments, mention: base.mention, cue: base.cue, audience: base.audience, paragraph: base.paragraph, sentence: base.sentence, continues: base.continues };
}
