import type { Article, Fact } from '../article.js';
import type { IO } from './io.js';
export function renderFacts(_article: Article, facts: Fact[], _io: IO): string {
  return facts.map((fact) => `${fact.type}\t${fact.text}`).join('\n') + '\n';
}
