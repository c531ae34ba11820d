import type { Source, SourceFormat } from '../article.js';
import { InputError } from '../errors.js';
import { collapseSpace, layoutBlocks, type PendingBlock } from './text-builder.js';

/**
 * Lays out a source from its metadata and body blocks: the title as headline (unless the body
 * opens with it as `<h1>`), the description as standfirst unless the body already says it.
 * @throws InputError when there is no text at all.
 */
export function buildSource(name: string, format: SourceFormat, metadata: Source['metadata'] & { description?: string | null; titleFromTag?: boolean }, body: PendingBlock[], description: string | null | undefined): Source {
  const { description: _description, titleFromTag: _titleFromTag, ...plain } = metadata;
  const pending = body.map((block) => ({ ...block }));
  const first = pending.find((block) => block.kind !== 'caption');
  let headlineAt: number;
  if (first && (first.kind === 'headline' || (plain.title !== null && sameText(first.text, plain.title)))) {
    first.kind = 'headline';
    headlineAt = pending.indexOf(first);
  } else if (plain.title) {
    pending.unshift({ kind: 'headline', text: plain.title });
    headlineAt = 0;
  } else {
    headlineAt = -1;
  }
  // Any other <h1> inside the body is a section heading, not a second headline.
  pending.forEach((block, i) => {
    if (block.kind === 'headline' && i !== headlineAt) Object.assign(block, { kind: 'heading', level: 1 });
  });
  if (description && !opensWith(pending, description)) pending.splice(headlineAt + 1, 0, { kind: 'standfirst', text: description });
  const { text, blocks } = layoutBlocks(pending);
  if (!blocks.some((block) => block.kind === 'paragraph' || block.kind === 'blockquote')) {
    throw new InputError(name, `no article text found in this ${format === 'html' ? 'page' : 'item'}`);
  }
  return { name, format, text, metadata: plain, blocks };
}

/** True when the first paragraphs already say the description (pages often reuse their lead). */
function opensWith(blocks: PendingBlock[], description: string): boolean {
  const lead = collapseSpace(blocks.filter((block) => block.kind === 'paragraph' || block.kind === 'standfirst').slice(0, 3).map((block) => block.text).join(' ')).toLowerCase();
  const probe = collapseSpace(description).toLowerCase().replace(/(?:\.\.\.|…)$/, '').slice(0, 80);
  return probe.length === 0 || lead.includes(probe);
}

function sameText(a: string, b: string): boolean {
  return collapseSpace(a).toLowerCase() === collapseSpace(b).toLowerCase();
}
