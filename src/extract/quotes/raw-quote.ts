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
}
