import { tokenSpan, type BlockContext } from './block-context.js';
import { isRoleWord } from '../lexicon/titles.js';
import { cueLength } from './cues.js';
import { startsUpper, startsWithParticle } from './char-class.js';

/** Most words a headline's speaker may have before its colon (`Former Mexico Leader Calderon:`). */
const MAX_SPEAKER_WORDS = 6;
/** Headline labels that stand before a colon but are not speakers. */
const LABELS = new Set(['exclusive', 'watch', 'video', 'breaking', 'update', 'updated', 'live', 'latest', 'analysis', 'opinion', 'review', 'photos', 'listen', 'podcast', 'explainer', 'factbox', 'timeline', 'editorial', 'commentary', 'recap', 'transcript', 'read', 'full', 'text', 'poll', 'polls', 'fact', 'check']);
/** Share of quoted words above which the headline's words are a direct quote. */
const DIRECT_SHARE = 0.8;

/**
 * The headline convention `Speaker: what they said` (`Graham: Trump's 'Hateful Rhetoric' Hurting
 * GOP`). The words after the colon are the speaker's: a direct quote when they are all quoted, the
 * quoted fragments as a partial quote when some are, reported speech when none are.
 */
export function findHeadlineQuote(ctx: BlockContext): void {
  if (ctx.block.role !== 'headline') return;
  const { tokens } = ctx;
  let colon = -1;
  for (let i = 0; i < Math.min(tokens.length, MAX_SPEAKER_WORDS * 2); i++) {
    if (tokens[i]!.quote !== -1) return;
    if (tokens[i]!.text === ':') {
      colon = i;
      break;
    }
  }
  if (colon <= 0 || colon + 1 >= tokens.length) return;
  const left = tokens.slice(0, colon);
  const words = left.filter((t) => t.word);
  if (words.length === 0 || words.length > MAX_SPEAKER_WORDS) return;
  if (!startsUpper(words[words.length - 1]!.text) || words.some((t) => LABELS.has(t.lower))) return;
  // A speaker is a name with its title (`Former Mexico Leader Calderon`); a lower-case word
  // (`Battle for Mosul`) makes it a headline's topic instead.
  if (!words.every((t) => startsUpper(t.text) || isRoleWord(t.text) || startsWithParticle(t.text))) return;
  // `The Ninth Circle: ...`, `FIX IS IN: ...` are titles and slogans, not speakers.
  if (['the', 'a', 'an'].includes(words[0]!.lower) || (words.length > 1 && words.every((t) => t.text === t.text.toUpperCase()))) return;
  for (let i = 0; i < colon; i++) if (cueLength(tokens, i, true) > 0) return;
  let from = colon + 1;
  let to = tokens.length;
  while (to > from && !tokens[to - 1]!.word && tokens[to - 1]!.quote === -1 && !/["”’']/.test(tokens[to - 1]!.text)) to--;
  let all = 0;
  let quoted = 0;
  const inside: number[] = [];
  for (let i = from; i < to; i++) {
    if (!tokens[i]!.word) continue;
    all++;
    const q = tokens[i]!.quote;
    if (q === -1) continue;
    quoted++;
    if (inside[inside.length - 1] !== q) inside.push(q);
  }
  if (all === 0) return;
  const base = {
    mention: tokenSpan(ctx, 0, colon - 1),
    cue: tokenSpan(ctx, colon, colon),
    audience: null,
    paragraph: ctx.block.paragraph,
    sentence: 0,
    continues: false,
  };
  for (const k of inside) ctx.claimed[k] = true;
  ctx.usedCues.add(colon);
  if (inside.length > 0) {
    const kind = quoted / all >= DIRECT_SHARE ? 'direct' : 'partial';
    ctx.quotes.push({ ...base, kind, fragments: inside.map((k) => ({ start: ctx.spans[k]!.start, end: ctx.spans[k]!.end })) });
    return;
  }
  while (from < to && !tokens[from]!.word) from++;
  if (from >= to) return;
  ctx.quotes.push({ ...base, kind: 'reported', fragments: [{ start: tokens[from]!.start, end: tokens[to - 1]!.end }] });
}
