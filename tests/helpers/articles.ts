import { readFileSync } from 'node:fs';
import type { Article } from '../../src/article.js';
import { parseSource } from '../../src/load/parse-source.js';
import { structureArticle } from '../../src/structure/structure-article.js';
import { SEED } from './cli.js';

/** Structures a text we wrote as the CLI would (name decides the format: .txt or .md). */
export async function articleOf(text: string, name = 'test.txt'): Promise<Article> {
  const [source] = await parseSource(name, Buffer.from(text));
  return structureArticle(source!);
}

/** An article we wrote: a headline line, then the given paragraphs. */
export async function articleFromParagraphs(...paragraphs: string[]): Promise<Article> {
  return articleOf(['A headline for testing', ...paragraphs].join('\n\n') + '\n');
}

/** The bundled article, structured. */
export async function seedArticle(): Promise<Article> {
  const [source] = await parseSource(SEED, readFileSync(SEED));
  return structureArticle(source!);
}

/**
 * A hand-written wire story without a headline: the first line is the lead sentence with an
 * agency tag, and every paragraph is one sentence, as in CNN/Daily Mail dumps.
 */
export const WIRE_STORY = [
  '(AGENCY)The city council of Riverton voted on Tuesday to close the old harbour bridge for repairs after inspectors found deep cracks in its steel supports.',
  'Engineers said the bridge, which carries about 40,000 cars a day, could not safely stay open for more than a few weeks.',
  'The repairs are expected to take eight months and cost about $12 million, according to the council.',
  'But residents of the east bank worry that the closure will cut them off from the hospital.',
  'Is there another way across?',
  'Ferries will run every 15 minutes during the closure, the council said in a statement on Tuesday.',
  'Mayor Ellen Park said the council had no choice once the inspectors reported the cracks in the steel supports of the bridge.',
  '"We cannot gamble with people\'s lives," she said.',
  'Scroll down for video.',
].join('\n\n');
