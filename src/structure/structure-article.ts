import type { Article, Block, BlockRole, Caption, Dateline, Section, Source, SourceBlock } from '../article.js';
import { findBlocks } from './find-blocks.js';
import { splitSentences } from './split-sentences.js';

/** A headline is one short line; longer first blocks are body text of an article without one. */
const MAX_HEADLINE_CHARS = 300;
/** A standfirst is a short summary line under the headline. */
const MAX_STANDFIRST_CHARS = 400;
/** `bartella, iraq`, `WASHINGTON`, `Kabul, Afghanistan`: a place, optionally a region and country. */
const DATELINE = /^\p{L}[\p{L}.' -]{0,40}(?:,\s*\p{L}[\p{L}.' -]{0,40}){0,2}$/u;
const MAX_DATELINE_WORDS = 6;

/**
 * Builds the Article model from a loaded source: headline, standfirst, dateline, captions,
 * body paragraphs with their sentences, and the sections that headings open.
 * Loaders that know the layout (HTML, feeds) pass their blocks; plain text and Markdown are read
 * here. Pure: the same source always gives the same article.
 */
export function structureArticle(source: Source): Article {
  const { text } = source;
  const found = source.blocks ?? findBlocks(text, source.format);
  const article: Article = {
    source: { name: source.name, format: source.format },
    metadata: { ...source.metadata },
    text,
    headline: null,
    standfirst: null,
    dateline: null,
    captions: [],
    paragraphs: [],
    sections: [],
    diagnostics: [],
  };

  const flowing = found.filter((block) => block.kind !== 'caption');
  const roles = assignRoles(text, flowing, source.blocks !== undefined);
  let openSection: Section | null = null;

  for (const block of found) {
    const role = roles.get(block) ?? 'body';
    if (block.kind === 'caption') {
      article.captions.push(makeCaption(text, block));
    } else if (role === 'headline') {
      article.headline = makeBlock(text, block, 'headline', 0);
    } else if (role === 'standfirst') {
      article.standfirst = makeBlock(text, block, 'standfirst', 0);
    } else if (role === 'dateline') {
      article.dateline = makeDateline(text, block);
    } else if (role === 'heading') {
      if (openSection) article.sections.push(openSection);
      const next = article.paragraphs.length + 1;
      openSection = { title: text.slice(block.start, block.end), firstParagraph: next, lastParagraph: next - 1, origin: 'heading', heading: { start: block.start, end: block.end } };
    } else {
      if (!openSection && hasHeadings(roles)) {
        openSection = { title: null, firstParagraph: 1, lastParagraph: 0, origin: 'heading', heading: null };
      }
      const paragraph = makeBlock(text, block, 'body', article.paragraphs.length + 1);
      if (block.kind === 'blockquote') paragraph.blockquote = true;
      article.paragraphs.push(paragraph);
      if (openSection) openSection.lastParagraph = paragraph.paragraph;
    }
  }
  if (openSection) article.sections.push(openSection);
  article.sections = article.sections.filter((section) => section.lastParagraph >= section.firstParagraph);
  if (!article.headline && article.metadata.title === null && article.paragraphs.length === 0) {
    article.diagnostics.push({ code: 'no-text', message: 'the input has no article text', span: null });
  }
  return article;
}

type Role = BlockRole | 'dateline' | 'heading';

/**
 * Decides which of the first blocks are the headline, the standfirst and the dateline.
 * Loader-given kinds win; plain text uses the seed layout: first line headline, then a short
 * unpunctuated line (or one right before a dateline) as standfirst, then a short `place, country`.
 */
function assignRoles(text: string, blocks: SourceBlock[], trustKinds: boolean): Map<SourceBlock, Role> {
  const roles = new Map<SourceBlock, Role>();
  for (const block of blocks) {
    if (block.kind === 'heading') roles.set(block, 'heading');
    if (trustKinds && (block.kind === 'headline' || block.kind === 'standfirst' || block.kind === 'dateline')) roles.set(block, block.kind);
  }
  if (trustKinds) return roles;

  let i = 0;
  const first = blocks[0];
  if (first && (first.kind === 'headline' || (first.kind === 'paragraph' && isHeadlineLike(text, first)))) {
    roles.set(first, 'headline');
    i = 1;
  }
  // Look at most at the next three blocks for a standfirst and a dateline, in either order.
  for (let j = i; j < Math.min(blocks.length, i + 3); j++) {
    const block = blocks[j]!;
    if (block.kind !== 'paragraph') break;
    const line = text.slice(block.start, block.end);
    if (isDateline(line)) {
      roles.set(block, 'dateline');
      continue;
    }
    const standfirstTaken = [...roles.values()].includes('standfirst');
    const nextIsDateline = blocks[j + 1] !== undefined && isDateline(text.slice(blocks[j + 1]!.start, blocks[j + 1]!.end));
    if (roles.has(first!) && !standfirstTaken && j === i && isStandfirstLike(line, nextIsDateline, blocks.length - j > 1)) {
      roles.set(block, 'standfirst');
      continue;
    }
    break;
  }
  return roles;
}

function isHeadlineLike(text: string, block: SourceBlock): boolean {
  const line = text.slice(block.start, block.end);
  return !line.includes('\n') && line.length <= MAX_HEADLINE_CHARS;
}

function isStandfirstLike(line: string, beforeDateline: boolean, moreFollow: boolean): boolean {
  if (!moreFollow || line.includes('\n') || line.length > MAX_STANDFIRST_CHARS) return false;
  return beforeDateline || !/[.!?…]["'”’)]*$/.test(line);
}

/** A short `place, country` line; plain place names must be all lower or all upper case. */
export function isDateline(line: string): boolean {
  if (line.length > 60 || !DATELINE.test(line)) return false;
  if (line.split(/[\s,]+/).filter(Boolean).length > MAX_DATELINE_WORDS) return false;
  const place = line.split(',')[0]!;
  return line === line.toLowerCase() || place === place.toUpperCase();
}

function hasHeadings(roles: Map<SourceBlock, Role>): boolean {
  for (const role of roles.values()) if (role === 'heading') return true;
  return false;
}

function makeBlock(text: string, block: SourceBlock, role: BlockRole, paragraph: number): Block {
  return { role, paragraph, text: text.slice(block.start, block.end), start: block.start, end: block.end, sentences: splitSentences(text, block.start, block.end) };
}

function makeCaption(text: string, block: SourceBlock): Caption {
  return { text: text.slice(block.start, block.end), start: block.start, end: block.end, credit: block.credit ?? null };
}

function makeDateline(text: string, block: SourceBlock): Dateline {
  const written = text.slice(block.start, block.end);
  return { text: written, display: written.toUpperCase(), start: block.start, end: block.end };
}
