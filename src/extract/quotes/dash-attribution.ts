import { tokenSpan, type BlockContext } from './block-context.js';
import type { RawQuote } from './raw-quote.js';
import { isCapitalised, isFiniteVerb } from './tokens.js';
import { cueLength } from './cues.js';
import { NOT_NAME_WORDS } from '../lexicon/titles.js';
import { NAME_PARTICLES } from './names.js';
import { DASHES } from './patterns.js';
import { SIGNATURE_PREPOSITIONS } from '../lexicon/clause-words.js';

/** Most words of a dash label, its affiliation included: `- Former Secretary of State Hillary Clinton, speaking at the Harbour Institute.` */
const MAX_LABEL_WORDS = 14;
/** Punctuation a label may hold besides its words: `- Ana Ruiz (D-Ore.), a senator.`, `— Jo Park (@jopark) June 29, 2016`. */
const LABEL_PUNCT = new Set(['.', '-', ',', '(', ')', '’', "'", '&', '@']);
/** Words opening a relative clause, whose verb makes a label a sentence of narration. */
const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which']);
/** A particle elided before a surname's vowel: `d'Souza`, `l'Aubigné`. */
const ELIDED = /^[dl]['’]\p{Lu}/u;
/** Fewest and most capitalised words of the name opening a label with no dash: `Mark Stevens, retired firefighter`. */
const MIN_BARE_NAME_WORDS = 2;
const MAX_BARE_NAME_WORDS = 4;

/**
 * A paragraph that is only a dash and a name (`- Sanders.`) signs the quotation just above it, as
 * fact checks and quote lists do; so does one that is only a name and an affiliation after a
 * comma (`Mark Stevens, retired firefighter`) under a quoted paragraph with no cue. Gives that
 * quotation the name as its speaker and the dash (or the name) as its cue when it has no cue yet;
 * returns true when the block was such a label.
 */
export function attributeDashLabel(ctx: BlockContext, previous: readonly RawQuote[]): boolean {
  const { tokens } = ctx;
  if (tokens.length < 2) return false;
  const dashed = DASHES.has(tokens[0]!.text);
  const first = dashed ? 1 : 0;
  const last = previous[previous.length - 1];
  // Cheap tests first: most blocks follow no cue-less quotation.
  if (!last || last.cue || last.kind === 'reported' || last.paragraph < ctx.block.paragraph - 1 || !isCapitalised(tokens[first]!)) return false;
  let to = tokens.length - 1;
  while (to > first && !tokens[to]!.word) to--;
  let words = 0;
  for (let i = first; i <= to; i++) {
    const tok = tokens[i]!;
    if (tok.quote !== -1) return false;
    if (tok.word && ++words > MAX_LABEL_WORDS) return false;
    if (!tok.word && !LABEL_PUNCT.has(tok.text)) return false;
  }
  if (!dashed && !bareLabel(ctx, last)) return false;
  // The name is the label up to its affiliation or party tag: `Mark Stevens, retired firefighter`.
  // After a dash the name also ends before a circumstance: `- Tom Hale at the rally`.
  let nameTo = first;
  while (nameTo < to && tokens[nameTo + 1]!.text !== ',' && tokens[nameTo + 1]!.text !== '(' && !(dashed && SIGNATURE_PREPOSITIONS.has(tokens[nameTo + 1]!.text))) nameTo++;
  if (!isNameRun(tokens, first, nameTo, SIGNATURE_PREPOSITIONS.has(tokens[nameTo + 1]?.text ?? ''))) return false;
  // `Ana Ruiz and Tom Hale`, `Tom Hale & Ana Ruiz`: the first name signing speaks for both.
  let mentionTo = first;
  while (mentionTo < nameTo && tokens[mentionTo + 1]!.lower !== 'and' && tokens[mentionTo + 1]!.text !== '&') mentionTo++;
  last.mention = tokenSpan(ctx, first, mentionTo);
  last.cue = tokenSpan(ctx, 0, dashed ? 0 : to);
  last.guessed = false;
  return true;
}

/**
 * A label without a dash must be a name of a few capitalised words, a comma and the rest in lower
 * case or names (no verb of saying, no second sentence), under a direct quotation that filled the
 * paragraph right before it.
 */
function bareLabel(ctx: BlockContext, last: RawQuote): boolean {
  const { tokens } = ctx;
  if (last.kind !== 'direct' || last.paragraph !== ctx.block.paragraph - 1 || NOT_NAME_WORDS.has(tokens[0]!.lower)) return false;
  let name = 0;
  while (name < tokens.length && tokens[name]!.word && isCapitalised(tokens[name]!)) name++;
  if (name < MIN_BARE_NAME_WORDS || name > MAX_BARE_NAME_WORDS || tokens[name]?.text !== ',') return false;
  let commas = 1;
  for (let i = name + 1; i < tokens.length; i++) {
    const tok = tokens[i]!;
    // A second sentence, a verb of saying, or a relative clause (`Tom Hale, who visited the site.`) is narration.
    if ((tok.text === '.' && i < tokens.length - 1) || cueLength(tokens, i) > 0 || RELATIVE_PRONOUNS.has(tok.lower)) return false;
    // `Tom Hale, the mayor, visited the site.`: a verb after the appositive's closing comma makes a sentence.
    if (tok.text === ',' && ++commas === 2 && isFiniteVerb(tokens[i + 1])) return false;
  }
  return true;
}

/**
 * True when the label's name part (`first`..`last`) is a run of capitalised words, stops of
 * initials and honorifics, `of`, name particles (`Secretary of State Ana de la Cruz`, `Ana
 * d'Souza`) and `and` between two names: a bullet point (`- Repairs to the bridge by next
 * summer.`) is no name. `cut` says a circumstance follows, after which one word is not enough.
 */
function isNameRun(tokens: BlockContext['tokens'], first: number, last: number, cut: boolean): boolean {
  // Capitalised words of the current name; `Ana Ruiz and Tom Hale` joins two names of two or more.
  let run = 0;
  for (let i = first; i <= last; i++) {
    const tok = tokens[i]!;
    if (!tok.word || tok.lower === 'of' || NAME_PARTICLES.has(tok.lower) || ELIDED.test(tok.text)) continue;
    if (isCapitalised(tok)) run++;
    else if (tok.lower === 'and' && run >= 2 && i < last) run = 0;
    else return false;
  }
  // A single word ends the label alone (`- Sanders.`); before a circumstance it may be a bullet's noun (`- Repairs to the bridge`).
  return run >= (cut ? MIN_BARE_NAME_WORDS : 1);
}
