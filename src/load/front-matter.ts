import type { ArticleMetadata } from '../article.js';

/** Metadata with every field unknown. */
export function emptyMetadata(): ArticleMetadata {
  return { title: null, published: null, byline: null, source: null, url: null };
}

const FIELD_ALIASES: Record<string, keyof ArticleMetadata> = {
  title: 'title',
  headline: 'title',
  published: 'published',
  date: 'published',
  byline: 'byline',
  author: 'byline',
  source: 'source',
  publisher: 'source',
  url: 'url',
  link: 'url',
};

/**
 * Splits an optional front-matter block off the top of a text:
 * `---` on the first line, `key: value` lines, `---`. Unknown keys are ignored; values may be quoted.
 * Returns the text after the block and the metadata found (all null without a block).
 */
export function splitFrontMatter(text: string): { body: string; metadata: ArticleMetadata } {
  const metadata = emptyMetadata();
  if (!text.startsWith('---\n')) return { body: text, metadata };
  const close = text.indexOf('\n---', 3);
  if (close === -1) return { body: text, metadata };
  const afterClose = close + 4;
  if (afterClose < text.length && text[afterClose] !== '\n') return { body: text, metadata };
  const lines = text.slice(4, close).split('\n');
  for (const line of lines) {
    const match = /^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (!match) continue;
    const field = FIELD_ALIASES[match[1]!.toLowerCase()];
    if (!field) continue;
    const value = unquote(match[2]!);
    if (value) metadata[field] = value;
  }
  return { body: text.slice(Math.min(afterClose + 1, text.length)), metadata };
}

function unquote(value: string): string {
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0]) {
    return value.slice(1, -1);
  }
  return value;
}
