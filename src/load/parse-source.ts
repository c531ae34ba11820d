import type { Source, SourceFormat } from '../article.js';
import { decodeBytes } from './decode-bytes.js';
import { splitFrontMatter } from './front-matter.js';
import { normalizeText } from './normalize-text.js';

/** How a caller wants an input read. */
export interface ParseOptions {
  /** Force a format instead of detecting it (`--format`). */
  format?: SourceFormat | undefined;
  /** Publication date to use when the input has none (`--published`). */
  published?: string | undefined;
}

/**
 * Turns the bytes of one input into the articles it holds (a text file holds one).
 * @throws InputError when the bytes are not text or hold no article.
 */
export async function parseSource(name: string, bytes: Uint8Array, options: ParseOptions = {}): Promise<Source[]> {
  const text = normalizeText(decodeBytes(name, bytes));
  const format = options.format ?? detectFormat(name, text);
  const sources = parseText(name, text, format);
  if (options.published) for (const source of sources) source.metadata.published ??= options.published;
  return sources;
}

/** Reads a plain-text or Markdown article: optional front matter, then the article. */
function parseText(name: string, text: string, format: SourceFormat): Source[] {
  const { body, metadata } = splitFrontMatter(text);
  return [{ name, format, text: body, metadata }];
}

/** Markdown when it opens with `# ` or has `## ` headings; text otherwise. */
export function detectFormat(name: string, text: string): SourceFormat {
  const head = text.slice(0, 4096).trimStart();
  if (/^(?:---\n[\s\S]*?\n---\n\s*)?#\s/.test(head) || /^#{2,3}\s+\S/m.test(text)) return 'markdown';
  if (/\.(?:md|markdown)$/i.test(name)) return 'markdown';
  return 'text';
}
