/**
 * The speaker phrase after an inverted cue: `..., said Josh Earnest, the press secretary.`,
 * `said former Gov. Jim Doyle`, `said Ann Bell and Tom Hale`.
 */
import { SPEAKER_PRONOUNS, SPEECH_VERB_FORMS } from '../lexicon/speech.js';
import { isHonorific, isRoleWord } from '../lexicon/titles.js';
import { LONE_DETERMINERS, NAME_LINK_WORDS, NAME_PARTICLE_WORDS } from '../lexicon/speaker-stops.js';
import { SPEAKER_TAIL_PREPOSITIONS } from '../lexicon/clause-words.js';
import { isCapitalised, type Token } from './tokens.js';
import { startsLower } from './char-class.js';
import { timeAt } from './time-after.js';
import { stopKeepsName } from './names.js';
import { DESCRIPTION_OPENERS, MAX_PHRASE_WORDS, PHRASE_BOUNDARIES, type TokenRange } from './speaker-phrase.js';

/**
 * The speaker phrase right after an inverted cue (`..., said Josh Earnest, the press secretary.`):
 * capitalised words, titles and determiners up to a comma, a full stop or a lower-case verb.
 */
export function subjectAfter(tokens: readonly Token[], cue: number, ceiling: number): TokenRange | null {
  let i = cue + 1;
  const from = i;
  let words = 0;
  // `said former Gov. Jim Doyle`, `said election lawyer Joe Birkenstock`: lower-case words before a name.
  const described = i < ceiling && startsLower(tokens[i]!.text) && !DESCRIPTION_OPENERS.has(tokens[i]!.lower) && nameSoonAfter(tokens, i, ceiling);
  let named = false;
  while (i < ceiling && words < MAX_PHRASE_WORDS) {
    const tok = tokens[i]!;
    if (tok.quote !== -1 || (tok.word && timeAt(tokens, i))) break;
    if (described) {
      if (!tok.word && !(tok.text === '.' && isHonorific(tokens[i - 1]!.text)) && tok.text !== '-') break;
      if (tok.word && isCapitalised(tok)) named = true;
      else if (tok.word && named && !NAME_PARTICLE_WORDS.has(tok.lower)) break;
      words++;
      i++;
      continue;
    }
    if (!tok.word) {
      if (tok.text === '.' && i > from && stopKeepsName(tokens[i - 1]!.text)) {
        i++;
        continue;
      }
      if (tok.text === '-' || tok.text === '’' || tok.text === "'") {
        i++;
        continue;
      }
      break;
    }
    if (i === from && !(isCapitalised(tok) || DESCRIPTION_OPENERS.has(tok.lower) || SPEAKER_PRONOUNS.has(tok.lower))) return null;
    if (i > from && !isCapitalised(tok) && !NAME_LINK_WORDS.has(tok.lower)) {
      // `said Ann Bell and Tom Hale`: a second name joined by `and` signs the quote too.
      if (tok.lower === 'and' && isCapitalised(tokens[i - 1]!) && i + 1 < ceiling && tokens[i + 1]!.word && tokens[i + 1]!.quote === -1 && isCapitalised(tokens[i + 1]!) && !DESCRIPTION_OPENERS.has(tokens[from]!.lower) && !opensClause(tokens, i + 1, ceiling)) {
        words++;
        i++;
        continue;
      }
      // `said Harbour Board director Ana Ruiz`, `said Trump senior adviser Jo Park`: a body, a role and the person.
      const named = roleThenName(tokens, i, ceiling);
      if (named > i) {
        words += named - i;
        i = named;
        continue;
      }
      if (!DESCRIPTION_OPENERS.has(tokens[from]!.lower)) break;
      // A description ends before the clause that follows it (`said one aide who ...`).
      // A cue word right after a determiner is a noun of the phrase (`according to the report`).
      if ((SPEECH_VERB_FORMS.has(tok.lower) && !LONE_DETERMINERS.has(tokens[i - 1]!.lower)) || PHRASE_BOUNDARIES.has(tok.lower)) break;
    }
    words++;
    i++;
  }
  let to = i - 1;
  while (to >= from && !tokens[to]!.word) to--;
  // `a CBS poll released Monday`: the participle the time belonged to goes with it.
  if (to > from && i < ceiling && tokens[i]!.word && timeAt(tokens, i) && /^[a-z]+ed$/.test(tokens[to]!.text)) to--;
  return to >= from ? { from, to } : null;
}

/** Most capitalised words of the second name of a pair. */
const MAX_SECOND_NAME = 4;

/**
 * `said Ann Bell and Tom Hale agreed`: the name at `i` is followed by a lower-case word that is no
 * preposition of a circumstance (`and Tom Hale on Monday`), so it is the subject of a clause of its own.
 */
function opensClause(tokens: readonly Token[], i: number, ceiling: number): boolean {
  let k = i;
  while (k < ceiling && k - i < MAX_SECOND_NAME && tokens[k]!.word && isCapitalised(tokens[k]!)) k++;
  const next = tokens[k];
  return k < ceiling && next !== undefined && next.word && next.quote === -1 && !isCapitalised(next) && !SPEAKER_TAIL_PREPOSITIONS.has(next.lower);
}

/** Most lower-case role words between a body's name and a person's: `senior policy adviser`. */
const MAX_ROLE_WORDS = 3;

/** The capitalised word after a run of lower-case role words at `i` (`director Ana`), or `i`. */
function roleThenName(tokens: readonly Token[], i: number, ceiling: number): number {
  let k = i;
  while (k < ceiling && k - i < MAX_ROLE_WORDS && tokens[k]!.word && tokens[k]!.quote === -1 && !isCapitalised(tokens[k]!) && isRoleWord(tokens[k]!.text)) k++;
  const next = tokens[k];
  return k > i && k < ceiling && next && next.word && next.quote === -1 && isCapitalised(next) ? k : i;
}

/** A capitalised word within five lower-case words of `i`, none of them a verb or clause word. */
function nameSoonAfter(tokens: readonly Token[], i: number, ceiling: number): boolean {
  for (let k = i; k < Math.min(ceiling, i + 6); k++) {
    const tok = tokens[k]!;
    if (!tok.word || tok.quote !== -1) return false;
    if (isCapitalised(tok)) return k > i;
    // An -ed word may open the description as an adjective (`retired neurosurgeon Ben Carson`).
    if (SPEECH_VERB_FORMS.has(tok.lower) || PHRASE_BOUNDARIES.has(tok.lower) || SPEAKER_PRONOUNS.has(tok.lower) || /ing$/.test(tok.lower) || (k > i && /ed$/.test(tok.lower)) || tok.lower === 'that') return false;
  }
  return false;
}
