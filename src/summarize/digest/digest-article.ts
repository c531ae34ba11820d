import type { Article, Entity } from '../../article.js';
import { extractEntities } from '../../extract/facts/index.js';
import { extractQuotes, groupSpeakers } from '../../extract/quotes/index.js';
import { summarize, summaryHeadline } from '../index.js';
import type { DigestEntity, DigestEntry } from './digest-types.js';
import { SECOND_SENTENCE_MAX_WORDS } from './digest-weights.js';

/**
 * One article's digest entry: headline, date, site (the URL's host when the article names no
 * publisher), a one- or two-sentence summary (the second
 * sentence only while the two stay short), its speakers and its people, places and organisations
 * with mention counts. Pure; the same article always gives the same entry.
 */
export function digestArticle(article: Article): DigestEntry {
  const sentences = summarize(article, { sentences: 2 });
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  const kept = sentences.length === 2 && words(sentences[0]!.text) + words(sentences[1]!.text) > SECOND_SENTENCE_MAX_WORDS ? [sentences[0]!] : sentences;
  const speakers = groupSpeakers(extractQuotes(article)).map(({ name, role, quotes }) => ({ name, role, quotes }));
  return {
    source: article.source.name,
    headline: summaryHeadline(article) ?? article.metadata.title,
    published: article.metadata.published,
    site: article.metadata.source ?? hostOf(article.metadata.url),
    byline: article.metadata.byline,
    url: article.metadata.url,
    summary: kept.map((sentence) => sentence.text).join(' '),
    speakers,
    entities: digestEntities(extractEntities(article)),
  };
}

/** `https://www.courier.example/news/x` gives `courier.example`: a site name when the page gives none. */
function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

function digestEntities(entities: Entity[]): DigestEntity[] {
  return entities
    .map(({ name, type, mentions }) => ({ name, type, mentions: mentions.length }))
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}
