/**
 * The one sentence of narration that may stand between two quotations of one speaker
 * (`"Q1," Reed said. The town has two schools. "Q2."`), and the asides that hand the next
 * quotation to someone else.
 */
import { LONE_DETERMINERS, SPEAKER_STOP_WORDS } from '../lexicon/speaker-stops.js';
import { SPEAKER_PRONOUNS } from '../lexicon/speech.js';
import type { BlockContext } from './block-context.js';
import { cueLength } from './cues.js';
import type { RawQuote } from './raw-quote.js';
import { isCapitalised } from './tokens.js';
import { writtenPlain } from './word-case-table.js';

/** Most words of narration between two quotations of one speaker (`They also lie far from any city.`). */
const MAX_ASIDE_WORDS = 20;

/** Most capitalised words of a name that opens the aside (`Mary Jones laughed`). */
const MAX_NAME_WORDS = 3;

/**
 * `"Q1," Reed said. The town has two schools. "Q2."`: one short sentence of narration after the
 * cue's sentence (gap tokens `from`..`to`), with no cue of its own, leaves the paragraph's next
 * quotation to the same speaker (news joins them; the data annotates them as one quote). Not when
 * the quotation before asks a question (`"Q?" Reed asked. Hale laughed. "A."`: an interview's
 * answer), the aside introduces the next quotation with a colon (`Hale was blunt: "Q2."`), or its
 * subject is someone other than the speaker before (`Mary Hale laughed.`, `He smiled.` after a
 * question put to someone).
 */
export function asideNarration(ctx: BlockContext, from: number, to: number, cueSentence: number, before: RawQuote): boolean {
  const { tokens } = ctx;
  if (endsInQuestion(ctx, from) || tokens[to - 1]?.text === ':') return false;
  let words = 0;
  let sentence = -1;
  let first = -1;
  for (let i = from; i < to; i++) {
    const tok = tokens[i]!;
    if (!tok.word || tok.sentence === cueSentence) continue;
    if (sentence === -1) {
      sentence = tok.sentence;
      first = i;
    }
    if (tok.sentence !== sentence || ++words > MAX_ASIDE_WORDS || cueLength(tokens, i) > 0) return false;
  }
  return first === -1 || !otherSubject(ctx, first, before);
}

/** Punctuation that ends a quotation's words. */
const STOPS: ReadonlySet<string> = new Set(['?', '.', '!', ',', ';', ':']);

/** True when the quotation closing just before token `close` ends in a question mark. */
function endsInQuestion(ctx: BlockContext, close: number): boolean {
  // Step back over the closing marks (and any bracket) to the quotation's last word or stop.
  let k = close - 1;
  while (k >= 0 && !ctx.tokens[k]!.word && !STOPS.has(ctx.tokens[k]!.text)) k--;
  return ctx.tokens[k]?.text === '?';
}

/**
 * True when the aside opening at token `first` has a subject other than the speaker before: a
 * `he`/`she` after a question put to someone (`asked Jones. He smiled.`), or a name (capitalised
 * words the text never writes in lower case, then a lower-case word) none of whose words is in the
 * speaker's mention.
 */
function otherSubject(ctx: BlockContext, first: number, before: RawQuote): boolean {
  const { tokens } = ctx;
  const head = tokens[first]!;
  if (head.lower === 'he' || head.lower === 'she') return before.audience !== null;
  if (!isCapitalised(head) || SPEAKER_PRONOUNS.has(head.lower) || SPEAKER_STOP_WORDS.has(head.lower) || LONE_DETERMINERS.has(head.lower)) return false;
  const speaker = before.mention?.text ?? '';
  let k = first;
  let named = false;
  for (; k < first + MAX_NAME_WORDS && tokens[k]?.word && isCapitalised(tokens[k]!); k++) {
    if (speaker.includes(tokens[k]!.text)) return false;
    named ||= !writtenPlain(ctx.text, tokens[k]!.lower);
  }
  return named && k > first && tokens[k]?.word === true && !isCapitalised(tokens[k]!);
}
