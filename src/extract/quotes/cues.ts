import { CLAUSE_ONLY, CUE_MODIFIERS, DOCUMENTS, SPEECH_VERB_FORMS } from '../lexicon/speech.js';
import type { Token } from './tokens.js';
import { startsLower, startsUpper } from './char-class.js';

/** Length in tokens of the cue starting at `i` (`said` 1, `according to` 2), or 0 when none. */
export function cueLength(tokens: readonly Token[], i: number, headline = false): number {
  const tok = tokens[i]!;
  if (tok.quote !== -1 || !tok.word || !mayStartCue(tok.lower)) return 0;
  if (tok.lower === 'according' && tokens[i + 1]?.lower === 'to') return 2;
  // `As Vulture put it, "Q"`, `as Ridge put it: "Q"`: a cue of two words.
  if ((tok.lower === 'put' || tok.lower === 'puts') && tokens[i + 1]?.lower === 'it' && (tokens[i + 2]?.text === ',' || tokens[i + 2]?.text === ':') && tok.quote === -1) return 2;
  if (SPEECH_VERB_FORMS.has(tok.lower)) {
    // `spoke for an hour` is not speech reported; `spoke about the plan` is.
    if (TOPIC_VERBS.has(tok.lower) && !['about', 'of', ':', 'up'].includes(tokens[i + 1]?.lower ?? '')) return 0;
    // `continues to grow`, `agreed to pay`, `agreed with him`: a plan or a state, not words said.
    if (AIM_VERBS.has(tok.lower) && AIM_WORDS.has(tokens[i + 1]?.lower ?? '')) return 0;
    // `referred to them as "Q"` is naming someone; `referred the case to` is not speech.
    if (tok.lower.startsWith('refer') && tokens[i + 1]?.lower !== 'to') return 0;
    return isVerbUse(tokens, i, headline) ? 1 : 0;
  }
  return 0;
}

/** A letter's place in the shape table: `a`-`z` 1 to 26, any other character 0. */
function letterSlot(code: number): number {
  return code >= 97 && code <= 122 ? code - 96 : 0;
}

/** Longer words share the last length slot of the shape table. */
const MAX_SHAPE_LENGTH = 31;

function shapeSlot(word: string): number {
  const length = Math.min(word.length, MAX_SHAPE_LENGTH);
  return (length * 27 + letterSlot(word.charCodeAt(0))) * 27 + letterSlot(word.charCodeAt(word.length - 1));
}

/**
 * The shapes (length, first and last letter) of the words a cue can start with. Nine words in ten
 * are no cue: this table turns most away by three char codes, before a set is asked.
 */
function buildCueShapes(): Uint8Array {
  const shapes = new Uint8Array((MAX_SHAPE_LENGTH + 1) * 27 * 27);
  for (const word of [...SPEECH_VERB_FORMS, 'according', 'put', 'puts']) shapes[shapeSlot(word)] = 1;
  return shapes;
}

/** Built at the first cue looked for, so loading the module costs nothing. */
let cueShapes: Uint8Array | null = null;

/** False for a lower-case word that cannot start a cue; true may still be no cue. */
function mayStartCue(lower: string): boolean {
  cueShapes ??= buildCueShapes();
  return lower.length > 0 && cueShapes[shapeSlot(lower)] === 1;
}

/** Determiners before a cue word make it a noun (`the report`, `a call`), not a verb of saying. */
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'this', 'that', 'these', 'those', 'no', 'every', 'each', 'any', 'some', 'to']);

/** Nouns and infinitives are not cues: `the report said` counts `said`, not `report`; `to say` is a plan, not speech. */
function isVerbUse(tokens: readonly Token[], i: number, headline: boolean): boolean {
  const prev = tokens[i - 1];
  if (prev && NOUN_MARKERS.has(prev.lower) && !(prev.lower === 'to' && (CARRY_ON.has(tokens[i - 2]?.lower ?? '') || introducesQuote(tokens, i)))) return false;
  const tok = tokens[i]!;
  // Capitalised cue words mid-sentence are names or titles (`State`, `Call`), not verbs.
  // Headlines capitalise every word, so there only the common headline verbs (`Trump Says`) count.
  // Cue words are lower case but for a sentence's first word: the capital is tested once.
  const upper = tok.lower !== tok.text && startsUpper(tok.text);
  if (upper && prev && prev.word) return headline && HEADLINE_CUES.has(tok.lower);
  // `"Q," Read said.`: a capitalised cue word right before a lower-case verb of saying is a name.
  if (upper && !headline) {
    const next = tokens[i + 1];
    if (next?.word && startsLower(next.text) && SPEECH_VERB_FORMS.has(next.lower) && !TOPIC_VERBS.has(next.lower)) return false;
  }
  // Words that are nouns as often as verbs (`attack`, `calls`, `report`) count in their base and -s
  // forms only when a clause follows (`that`, a colon, a quotation) or a pronoun is the subject.
  if (namingParticiple(tokens, i)) return false;
  // `maintained a lead`, `estimated to cost`, `published a book`: verbs that report speech only
  // before a clause (`that`, a colon, a quotation, a subject pronoun).
  if (CLAUSE_ONLY.has(tok.lower) && !clauseAfter(tokens, i) && !quotedLater(tokens, i)) return false;
  // `in the states that vote`: `states` before `that` is the noun unless a document states it
  // (`the report also states`, `the law clearly states`: an adverb between them is stepped over).
  if (tok.lower === 'states') {
    const subject = tokens[i - 1]?.lower.endsWith('ly') || CUE_MODIFIERS.has(tokens[i - 1]?.lower ?? '') ? tokens[i - 2] : prev;
    if (!(DOCUMENTS.has(subject?.lower ?? '') || PRONOUN_SUBJECTS.has(subject?.lower ?? '') || startsUpper(subject?.text ?? ''))) return false;
  }
  if (NOUN_LIKE.has(tok.lower)) {
    // `the Paris attacks`, `her State Department emails`: a name between a determiner and the word makes it a noun.
    if (prev && startsUpper(prev.text) && NOUN_MARKERS.has(tokens[i - 2]?.lower ?? '')) return false;
    // `the IG’s report "Q"`, `Trump's claims`: a possessive makes it a noun.
    if (prev && prev.word && /[’']s$/u.test(prev.text)) return false;
    const next = tokens[i + 1];
    const clauseFollows = next !== undefined && (next.lower === 'that' || next.text === ':' || /["“‘]/.test(next.text) || OBJECT_PRONOUNS.has(next.lower));
    const pronounBefore = prev !== undefined && PRONOUN_SUBJECTS.has(prev.lower);
    // `," Viguerie notes.`: a name right before and the clause's end right after make it a verb.
    // `," the editorial read.`: any noun right before counts when a quotation has just closed.
    const closesClause = next === undefined || next.text === '.' || next.text === ',';
    // `Super Tuesday states, according to ...`: before a comma, only a quotation just closed makes it a verb.
    const named = startsUpper(prev?.text ?? '') && (next?.text !== ',' || quoteJustClosed(tokens, i));
    const trailing = prev !== undefined && closesClause && (named || (prev.word && quoteJustClosed(tokens, i, closesSentence(next) ? LONG_SUBJECT : 4)));
    // `," reads the ad`: the word right after a quotation that ends in a comma or a cry is its verb.
    const inverted = prev !== undefined && !prev.word && prev.quote === -1 && /^["”’'»]$/.test(prev.text) && /^[,!?]$/.test(tokens[i - 2]?.text ?? '');
    return clauseFollows || pronounBefore || trailing || inverted;
  }
  return true;
}


/** A clause right after the verb at `i`: `that`, a colon, a quotation, or a subject pronoun. */
function clauseAfter(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  return next.lower === 'that' || next.text === ':' || /^["“‘]$/.test(next.text) || (PRONOUN_SUBJECTS.has(next.lower) && next.lower !== 'it') || (next.text === ',' && /^["“‘]$/.test(tokens[i + 2]?.text ?? ''));
}

/** Most tokens after a clause-only verb searched for a quotation of its own sentence. */
const QUOTED_LATER_WINDOW = 30;

/** A quotation later in the sentence of the verb at `i` (`maintained he was "a great man"`): its words are someone's. */
function quotedLater(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + QUOTED_LATER_WINDOW) && tokens[k]!.sentence === tokens[i]!.sentence; k++) if (tokens[k]!.quote !== -1) return true;
  return false;
}

/** Cue words a capitalised headline uses (`Obama Says`, `Clinton Slams`). */
const HEADLINE_CUES = new Set(['says', 'said', 'tells', 'told', 'warns', 'claims', 'slams', 'blasts', 'urges', 'vows', 'denies', 'admits', 'praises', 'insists', 'argues', 'suggests', 'accuses', 'rips', 'calls', 'mocks', 'attacks', 'defends', 'explains', 'predicts', 'promises', 'reveals', 'tweets', 'writes']);

/** Verbs that carry on the cue after them (`she continued to insist that ...`): not an infinitive of plan. */
export const CARRY_ON: ReadonlySet<string> = new Set(['continue', 'continues', 'continued', 'continuing']);

/** Verbs that are speech before a clause or a quotation (`he continued: "Q"`) but not before an aim. */
const AIM_VERBS = new Set(['continue', 'continues', 'continued', 'continuing', 'agree', 'agrees', 'agreed', 'agreeing']);
const AIM_WORDS = new Set(['to', 'with', 'on', 'as', 'in', 'for', 'into']);

/** Verbs of talking that report speech only with their topic (`talked about`, `spoke of`, `talked up`). */
const TOPIC_VERBS = new Set(['speak', 'speaks', 'spoke', 'spoken', 'speaking', 'talk', 'talks', 'talked', 'talking']);

/** Object pronouns after a noun-like cue make it a verb: `calls it "Q"`, `blasted him`. */
const OBJECT_PRONOUNS = new Set(['it', 'him', 'her', 'them', 'us', 'me']);

const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who']);

/** Base and -s forms of speech verbs that are mostly nouns in news text. */
const NOUN_LIKE = new Set(
  ['attack', 'call', 'report', 'question', 'comment', 'charge', 'order', 'post', 'text', 'message', 'email', 'quote', 'tally',
   'project', 'point', 'signal', 'object', 'counter', 'demand', 'promise', 'request', 'estimate', 'forecast', 'challenge',
   'protest', 'claim', 'tweet', 'answer', 'reply', 'note', 'state', 'read', 'blast', 'slam', 'cry', 'joke', 'broadcast',
   'publish', 'guarantee', 'highlight', 'mention', 'remark', 'pledge', 'vow', 'plead', 'invite', 'greet', 'thank', 'defend',
   'advise', 'question', 'dispute', 'concern', 'hint', 'praise', 'blame', 'whisper', 'shout', 'scream', 'muse', 'cite', 'email',
   'rant', 'vent', 'decree', 'taunt', 'tease', 'rebuke', 'sneer', 'marvel', 'scoff']
    .flatMap((w) => [w, w.endsWith('y') ? w.slice(0, -1) + 'ies' : /(?:sh|ch|s|x)$/.test(w) ? w + 'es' : w + 's']),
);

/** `went so far as to say: "Q"`: an infinitive cue that a quotation follows at once is speech, not a plan. */
function introducesQuote(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  const mark = (t: Token | undefined) => t !== undefined && /^["“‘']$/.test(t.text);
  return next !== undefined && (mark(next) || ((next.text === ':' || next.text === ',') && mark(tokens[i + 2])));
}

/** `a new group called Black Votes Matter`: `called` or `dubbed` naming a thing just introduced. */
function namingParticiple(tokens: readonly Token[], i: number): boolean {
  if (!NAMING.has(tokens[i]!.lower) || tokens[i - 1]?.word !== true) return false;
  const next = tokens[i + 1];
  if (!next || !(startsUpper(next.text) || /^["“‘']$/.test(next.text))) return false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const word = tokens[k]!.lower;
    if (word === 'a' || word === 'an') return true;
    if (!tokens[k]!.word || PRONOUN_SUBJECTS.has(word)) return false;
  }
  return false;
}

const NAMING = new Set(['called', 'dubbed', 'titled', 'entitled', 'named', 'labeled', 'labelled', 'branded']);

/** Tokens a described subject may take between a quotation and its closing verb: `," a welcome message on the website reads.` */
const LONG_SUBJECT = 8;

function closesSentence(next: Token | undefined): boolean {
  return next === undefined || next.text === '.';
}

/** A closing quotation mark within the `window` tokens before `i`. */
function quoteJustClosed(tokens: readonly Token[], i: number, window = 4): boolean {
  for (let k = i - 1; k >= Math.max(0, i - window); k--) if (/^["”’'»]$/.test(tokens[k]!.text) && tokens[k]!.quote === -1) return true;
  return false;
}
