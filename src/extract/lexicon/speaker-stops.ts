/**
 * Sentence adverbs: a word of these standing alone before the subject's comma (`Rather, he said
 * ...`, `Separately, Reed said ...`) links the sentence to the one before and is nobody's words, so
 * what was said follows the cue. A longer fronted clause that merely opens with one (`Instead, the
 * council should act now, Reed said`) is still the speaker's words. Lower case; any other `-ly`
 * word alone there is read the same way. They are speaker stop words too (`Separately Reed said`).
 */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(
  `rather instead meanwhile however moreover besides likewise otherwise indeed still also then now thus hence therefore
nevertheless later earlier today yesterday finally lastly firstly secondly separately similarly ultimately additionally
consequently accordingly eventually apparently clearly obviously fortunately unfortunately hopefully honestly frankly
basically essentially generally initially originally previously recently currently certainly surely actually really
notably specifically importantly interestingly increasingly`.split(/\s+/),
);

/** Two-word openers of a contrast phrase (`Rather than wait, ...`, `Instead of cuts, ...`): first word -> second. */
export const CONTRAST_PHRASES: ReadonlyMap<string, string> = new Map([['rather', 'than'], ['instead', 'of']]);

/**
 * Words that are never a speaker's name although a sentence may open with them capitalised
 * (`Even his campaign ...`, `Because of how ...`, `Likewise, ...`). Speaker phrases found by
 * capitalisation alone start with them often enough to name `Even` or `While Trump` as speakers;
 * they are stripped from the front of a speaker phrase, and a phrase of nothing else names no one.
 * Quantifiers are left out on purpose: `Others said`, `Many say` name their speakers that way.
 * Lower case; with them, every sentence adverb (SENTENCE_ADVERBS). Kept here, not in the entity
 * lists, because only the quotes extractor reads them.
 */
export const SPEAKER_STOP_WORDS: ReadonlySet<string> = new Set(
  `there here what which whose why how where when while whether
but and or nor so yet if as because since though although unless until once after before during
even ever just only tonight perhaps maybe
do does did see consider imagine remember please yes no not well oh having absent outside inside
sometimes often recent past`.split(/\s+/).concat([...SENTENCE_ADVERBS]),
);

/**
 * Articles and demonstratives: never a speaker alone (`The`, `This`), but kept before a noun,
 * where they mark a description (`an Iowa Democrat`, `this source`). Quantifiers
 * (`Others`, `Many`, `One`, `Another`) are not here: news quotes them as speakers (`Others say`).
 */
export const LONE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);

/** Determiners that open a description of a thing (`the memo`, `a letter`, `its website`): what an `it` speaker may stand for. */
export const THING_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'this']);

/**
 * Determiners and possessives kept at the front of a speaker phrase although they are no name
 * (`the mayor`, `his aide`, `that source`): they mark a description of the speaker.
 */
export const DESCRIPTION_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that']);

/** Lower-case particles inside a person's name after a cue (`said Ana de la Cruz`, `Omar al Bashir`). */
export const NAME_PARTICLE_WORDS: ReadonlySet<string> = new Set(['al', 'bin', 'de', 'van', 'von', 'da', 'du', 'la', 'le']);

/** Lower-case words that may go on inside a speaker's name or body after a cue (`Board of Health`, `Centre for Policy`), particles among them. */
export const NAME_LINK_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'for', ...NAME_PARTICLE_WORDS]);

/** Contractions that open a sentence (`I'm`, `It's`) and are never a speaker's name. */
export const CONTRACTION_OPENERS: ReadonlySet<string> = new Set(["i'm", 'i’m', "it's", 'it’s', "that's", 'that’s', "there's", 'there’s', "here's", 'here’s', "let's", 'let’s', "what's", 'what’s']);

/**
 * Nouns and adjectives in `-ly` that may stand right before a cue as (part of) its subject (`the
 * family said`, `a close ally said`, `the Daily said`): every other lower-case `-ly` word there is
 * an adverb of the cue (`Stone clearly said`, `the law plainly states`) and is stepped over.
 */
export const LY_NOUNS: ReadonlySet<string> = new Set(
  `family ally rally supply assembly reply monopoly anomaly daily weekly monthly quarterly yearly elderly bully
homily melancholy butterfly belly jelly lily folly holly fly`.split(/\s+/),
);
