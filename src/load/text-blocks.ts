import type { PendingBlock } from './text-builder.js';

/**
 * Splits plain article text (a JSON `text` field, an Atom text construct) into paragraphs:
 * at blank lines when it has any, else at every line end (extractors such as trafilatura write
 * one paragraph a line).
 */
export function textBlocks(text: string): PendingBlock[] {
  const normalized = text.replace(/\r\n?/g, '\n');
  const parts = /\n[ \t\u00a0]*\n/.test(normalized) ? normalized.split(/\n[ \t\u00a0]*\n/) : normalized.split('\n');
  return parts.filter((part) => part.trim()).map((part) => ({ kind: 'paragraph', text: part }));
}
