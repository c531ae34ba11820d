/**
 * Cues of speech: verbs and phrases that attribute words to a speaker. Beliefs and perceptions
 * (think, hope, want, believe, feel, show) are left out on purpose: they are not quotations.
 */

/**
 * Verbs of saying, as lemmas. Irregular ones list their forms in IRREGULAR_FORMS; the rest are
 * inflected by rule (`warn` -> warns, warned, warning).
 */
const SPEECH_LEMMAS = [
  'say', 'tell', 'add', 'write', 'tweet', 'post', 'ask', 'answer', 'reply', 'respond', 'note', 'warn', 'insist', 'claim',
  'argue', 'explain', 'state', 'declare', 'announce', 'report', 'suggest', 'acknowledge', 'admit', 'concede', 'confirm',
  'deny', 'allege', 'assert', 'contend', 'maintain', 'stress', 'emphasize', 'emphasise', 'caution', 'predict', 'promise',
  'pledge', 'vow', 'urge', 'recall', 'continue', 'conclude', 'observe', 'remark', 'comment', 'mention', 'reveal',
  'disclose', 'testify', 'complain', 'lament', 'joke', 'quip', 'boast', 'brag', 'charge', 'accuse', 'blame', 'criticize',
  'criticise', 'praise', 'describe', 'call', 'label', 'dub', 'brand', 'reiterate', 'repeat', 'recount', 'assure', 'inform',
  'advise', 'announce', 'propose', 'demand', 'order', 'threaten', 'shout', 'yell', 'scream', 'cry', 'whisper', 'exclaim',
  'mutter', 'murmur', 'snap', 'retort', 'counter', 'rebut', 'protest', 'object', 'indicate', 'signal', 'hint', 'imply',
  'estimate', 'forecast', 'speculate', 'wonder', 'question', 'challenge', 'dispute', 'reject', 'dismiss', 'decry', 'denounce',
  'condemn', 'slam', 'blast', 'mock', 'attack', 'defend', 'tout', 'highlight', 'point', 'cite', 'quote', 'read', 'text',
  'email', 'message', 'broadcast', 'publish', 'conclude', 'concur', 'agree', 'disagree', 'explain', 'elaborate', 'specify',
  'clarify', 'contend', 'recommend', 'plead', 'beg', 'implore', 'request', 'invite', 'greet', 'thank', 'apologize',
  'apologise', 'confess', 'affirm', 'reaffirm', 'swear', 'guarantee', 'project', 'calculate', 'tally', 'muse', 'echo', 'chant', 'interject', 'proclaim',
  'discuss', 'express', 'speak', 'talk',
  // Verbs of saying with a manner or a stance (`opined the Plain Dealer`, `she scoffed`).
  'opine', 'scoff', 'gush', 'grumble', 'sneer', 'rant', 'marvel', 'bemoan', 'posit', 'surmise', 'inquire', 'enquire',
  'chide', 'scold', 'rebuke', 'lambaste', 'berate', 'taunt', 'tease', 'pronounce', 'decree', 'vent', 'sing',
  // Naming and judging someone in words: `deemed him "well qualified"`, `referred to them as "my friends"`.
  'deem', 'characterize', 'characterise', 'portray', 'nickname', 'hail', 'laud', 'refer',
] as const;

/** Irregular or spelling-changing forms (base -> forms); the rest get -s, -ed, -ing by rule. */
const IRREGULAR_FORMS: Record<string, readonly string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  sing: ['sings', 'sang', 'sung', 'singing'],
  read: ['reads', 'reading'],
  swear: ['swears', 'swore', 'sworn', 'swearing'],
  cry: ['cries', 'cried', 'crying'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  specify: ['specify', 'specifies', 'specified', 'specifying'],
  clarify: ['clarify', 'clarifies', 'clarified', 'clarifying'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  quip: ['quip', 'quips', 'quipped', 'quipping'],
  snap: ['snaps', 'snapped', 'snapping'],
  brag: ['brag', 'brags', 'bragged', 'bragging'],
  dub: ['dub', 'dubs', 'dubbed', 'dubbing'],
  refer: ['refer', 'refers', 'referred', 'referring'],
  slam: ['slam', 'slams', 'slammed', 'slamming'],
  label: ['label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling'],
  forecast: ['forecast', 'forecasts', 'forecasting'],
  broadcast: ['broadcasts', 'broadcasting'],
  plead: ['plead', 'pleads', 'pleaded', 'pled', 'pleading'],
  beg: ['beg', 'begs', 'begged', 'begging'],
  text: ['texted', 'texting'],
  email: ['emailed', 'emailing'],
  message: ['messaged'],
  order: ['ordered'],
  post: ['posted'],
  project: ['projected', 'projects'],
  point: ['pointed'],
  question: ['questioned', 'questioning'],
  call: ['call', 'calls', 'called', 'calling'],
  state: ['stated', 'states', 'stating'],
  object: ['objected', 'objecting'],
  counter: ['countered', 'countering'],
  signal: ['signaled', 'signalled', 'signals', 'signaling', 'signalling'],
  report: ['report', 'reports', 'reported', 'reporting'],
};

/** Lower-case word forms of every speech verb. */
export const SPEECH_VERB_FORMS: ReadonlySet<string> = buildForms();

/** Forms that are base or present plural (`say`, `tell`): cues only after a plural or pronoun subject. */
export const SPEECH_BASE_FORMS: ReadonlySet<string> = new Set(SPEECH_LEMMAS);

/**
 * Verbs of naming and judging (`deemed him "well qualified"`): a cue for the quoted words they
 * carry, but with no quotation they are description, not speech (`deemed classified`,
 * `referring to the Islamic State`), so they never make reported speech on their own.
 */
export const QUOTE_ONLY_CUES: ReadonlySet<string> = new Set(
  ['deem', 'characterize', 'characterise', 'portray', 'nickname', 'hail', 'laud', 'refer'].flatMap((lemma) => [...formsOf(lemma)]),
);

/** Participles that continue the previous speaker's clause: `, adding that ...`, `, saying ...`. */
export const CONTINUATION_CUES: ReadonlySet<string> = new Set([
  'adding', 'saying', 'noting', 'arguing', 'explaining', 'warning', 'insisting', 'telling', 'claiming', 'stressing',
  'suggesting', 'calling', 'describing', 'writing', 'asking', 'declaring', 'announcing', 'acknowledging', 'admitting',
  'stating', 'promising', 'vowing', 'pointing', 'urging', 'recalling', 'predicting', 'accusing', 'charging', 'complaining',
]);

/**
 * Participles that are speech by themselves after a comma (`Hale took to Twitter, saying that ...`),
 * with the sentence's subject as speaker; other participles there (`calling`, `vowing`) describe.
 */
export const SAYING_PARTICIPLES: ReadonlySet<string> = new Set([
  'saying', 'telling', 'arguing', 'insisting', 'noting', 'warning', 'explaining', 'adding', 'claiming', 'stating',
  'declaring', 'asserting', 'writing', 'tweeting',
]);

/** Verbs that take an addressee before the content: `told reporters that ...`, `assured voters ...`. */
export const AUDIENCE_VERBS: ReadonlySet<string> = new Set([
  'tell', 'tells', 'told', 'telling', 'assure', 'assures', 'assured', 'assuring', 'inform', 'informs', 'informed',
  'informing', 'warn', 'warns', 'warned', 'warning', 'remind', 'reminded', 'urge', 'urged', 'urges', 'ask', 'asked', 'asks',
  'promise', 'promised', 'promises', 'advise', 'advised', 'email', 'emailed', 'text', 'texted',
]);

/** Words allowed between a subject and its cue (`he also said`, `she has repeatedly warned`). */
export const CUE_MODIFIERS: ReadonlySet<string> = new Set([
  'also', 'has', 'have', 'had', 'was', 'were', 'is', 'been', 'later', 'previously', 'then', 'repeatedly', 'publicly',
  'privately', 'reportedly', 'recently', 'once', 'again', 'would', 'will', 'could', 'might', 'may', 'did', 'does', 'do',
  'often', 'frequently', 'first', 'earlier', 'subsequently', 'further', 'simply', 'just', 'only', 'even', 'flatly',
  'explicitly', 'openly', 'quickly', 'initially', 'originally', 'separately', 'personally', 'bluntly', 'angrily',
  'told', 'already', 'still', 'never', 'always', 'frankly', 'directly', 'yesterday', 'today',
]);

/** Negations that make a cue not speech (`declined to say`, `did not say`). */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'cannot', "can't", 'can’t', 'never', 'declined', 'refused', 'wouldn’t', "wouldn't", 'didn’t', "didn't", 'won’t', "won't", 'no']);

/** Pronouns that can speak; resolved to a named speaker before output. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);

/** Words that open the content clause after a cue and are not part of it. */
export const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['that']);

function buildForms(): Set<string> {
  const forms = new Set<string>();
  for (const lemma of SPEECH_LEMMAS) for (const form of formsOf(lemma)) forms.add(form);
  return forms;
}

/** The word forms of one lemma: its irregular list, filled in by rule when the list is short. */
function formsOf(lemma: string): Set<string> {
  const irregular = IRREGULAR_FORMS[lemma];
  if (!irregular) return new Set(regularForms(lemma));
  const forms = new Set(irregular);
  // A short list names only the odd forms; the rest follow the rule.
  if (irregular.length < 3) for (const form of regularForms(lemma)) if (!form.endsWith('eded')) forms.add(form);
  return forms;
}

/** -s, -ed, -ing forms by the usual spelling rules. */
function regularForms(lemma: string): string[] {
  const forms = [lemma];
  if (/(?:s|sh|ch|x|z)$/.test(lemma)) forms.push(lemma + 'es');
  else if (/[^aeiou]y$/.test(lemma)) forms.push(lemma.slice(0, -1) + 'ies');
  else forms.push(lemma + 's');
  if (lemma.endsWith('e')) forms.push(lemma + 'd', lemma.slice(0, -1) + 'ing');
  else if (/[^aeiou]y$/.test(lemma)) forms.push(lemma.slice(0, -1) + 'ied', lemma + 'ing');
  else forms.push(lemma + 'ed', lemma + 'ing');
  return forms;
}

/**
 * Forms of verbs that report speech only before a clause (`maintained that`, `estimated that`):
 * `maintained a lead`, `estimated to cost`, `published a book` report nothing. `it` after them is
 * no clause's subject either (`The ministry estimated it would cost $5m.` is a figure, not a quote).
 */
export const CLAUSE_ONLY: ReadonlySet<string> = new Set([
  'maintain', 'maintains', 'maintained', 'maintaining', 'estimate', 'estimates', 'estimated', 'estimating',
  'publish', 'publishes', 'published', 'publishing', 'calculated', 'calculates', 'tallied',
]);

/** Nouns of documents (and relatives standing for one) that `state` things: `the report states that ...`. */
export const DOCUMENTS: ReadonlySet<string> = new Set([
  'report', 'document', 'memo', 'letter', 'law', 'rule', 'bill', 'constitution', 'statement', 'article', 'policy', 'website',
  'ad', 'post', 'email', 'complaint', 'lawsuit', 'filing', 'order', 'ruling', 'release', 'platform', 'amendment', 'it', 'which', 'that',
]);
