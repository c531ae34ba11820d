/**
 * Field names of article objects as common extractors and exporters write them, first match wins.
 * newspaper3k: title, text, authors, publish_date, url; news-please: title, maintext,
 * date_publish, authors, source_domain, description; trafilatura: title, text, raw_text, date,
 * author, hostname, sitename, excerpt; feed exporters (JSON Feed): content_html, content_text,
 * date_published, summary.
 */
export const JSON_FIELDS = {
  title: ['title', 'headline', 'name'],
  text: ['text', 'maintext', 'content', 'body', 'content_text', 'raw_text', 'article', 'articleBody', 'article_text'],
  html: ['html', 'content_html', 'body_html', 'raw_html'],
  published: ['published', 'date', 'publish_date', 'date_publish', 'datePublished', 'date_published', 'pubDate', 'published_at', 'publishedAt', 'created_at'],
  byline: ['byline', 'author', 'authors', 'creator'],
  source: ['source', 'sitename', 'site_name', 'publisher', 'source_domain', 'hostname', 'domain'],
  url: ['url', 'link', 'source_url', 'canonical_url', 'permalink'],
  description: ['description', 'standfirst', 'summary', 'excerpt', 'dek', 'subtitle'],
  /** Keys of an object that holds the article list. */
  lists: ['articles', 'items', 'data', 'results', 'entries', 'posts'],
} as const;
