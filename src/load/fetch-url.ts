import { FetchError } from '../errors.js';

/** What a fetch brought back. */
export interface Fetched {
  bytes: Uint8Array;
  contentType: string | null;
  /** The URL after redirects. */
  url: string;
}

/** Limits of one fetch: `maxBytes` is `--max-bytes`; the others default to the constants below. */
export interface FetchOptions {
  maxBytes: number;
  /** Whole-request deadline, redirects and body included. */
  timeoutMs?: number;
  maxRedirects?: number;
}

/** Long enough for a slow news site, short enough that a dead host does not stall a digest. */
export const DEFAULT_TIMEOUT_MS = 15_000;
/** Browsers allow 20; news sites need two or three (http to https, to www, to the canonical path). */
export const DEFAULT_MAX_REDIRECTS = 5;

/** Media types we can read: pages, feeds, JSON, text. Anything else (images, PDFs) is refused before download. */
const READABLE_TYPE = /^(?:text\/[\w.+-]+|application\/(?:xhtml\+xml|(?:rss|atom|rdf)\+xml|xml|json|(?:[\w.-]+\+)?json|x-ndjson|jsonl|ld\+json))$/i;

/** True for inputs that are http(s) URLs rather than paths. */
export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/**
 * Fetches a URL with Node's fetch: follows at most `maxRedirects` redirects itself (so it can
 * count them), gives up after `timeoutMs`, refuses bodies over `maxBytes` while streaming, and
 * refuses media types that are not pages, feeds, JSON or text.
 * @throws FetchError with a one-line reason for every failure.
 */
export async function fetchUrl(input: string, options: FetchOptions): Promise<Fetched> {
  const timeoutMs = options.timeoutMs ?? timeoutFromEnv() ?? DEFAULT_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let url = input;
    for (let redirects = 0; ; redirects++) {
      const response = await request(input, url, controller.signal, timeoutMs);
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        if (redirects >= maxRedirects) throw new FetchError(input, `too many redirects (more than ${maxRedirects})`);
        url = new URL(response.headers.get('location')!, url).toString();
        if (!/^https?:$/.test(new URL(url).protocol)) throw new FetchError(input, `redirected to an unsupported URL scheme (${new URL(url).protocol})`);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new FetchError(input, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      }
      const contentType = response.headers.get('content-type');
      const media = contentType?.split(';')[0]?.trim() ?? '';
      if (media && !READABLE_TYPE.test(media)) {
        await response.body?.cancel();
        throw new FetchError(input, `unsupported content type ${media} (expected a web page, feed, JSON or text)`);
      }
      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (declared > options.maxBytes) {
        await response.body?.cancel();
        throw tooBig(input, options.maxBytes);
      }
      const bytes = await readCapped(input, response, options.maxBytes, controller.signal, timeoutMs);
      return { bytes, contentType, url };
    }
  } finally {
    clearTimeout(timer);
  }
}

async function request(input: string, url: string, signal: AbortSignal, timeoutMs: number): Promise<Response> {
  try {
    return await fetch(url, { redirect: 'manual', signal, headers: { accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/json, text/plain;q=0.8, */*;q=0.1', 'user-agent': 'news-digest' } });
  } catch (error) {
    throw networkError(input, error, signal, timeoutMs);
  }
}

async function readCapped(input: string, response: Response, maxBytes: number, signal: AbortSignal, timeoutMs: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      if (size > maxBytes) {
        await response.body.cancel().catch(() => {});
        throw tooBig(input, maxBytes);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    throw networkError(input, error, signal, timeoutMs);
  }
  return Buffer.concat(chunks);
}

function tooBig(input: string, maxBytes: number): FetchError {
  return new FetchError(input, `larger than --max-bytes ${maxBytes} (raise the limit to read it)`);
}

/** Turns fetch's layered errors (`TypeError: fetch failed` with a cause) into a reason a user can act on. */
function networkError(input: string, error: unknown, signal: AbortSignal, timeoutMs: number): FetchError {
  if (signal.aborted) return new FetchError(input, `timed out after ${timeoutMs / 1000} s`, { cause: error });
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const code = cause?.code ?? (error as { code?: string } | undefined)?.code;
  const reason =
    code === 'ECONNREFUSED' ? 'connection refused'
    : code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? 'host not found'
    : code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' ? 'connection reset by the server'
    : code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT' ? 'connection timed out'
    : code?.startsWith('ERR_TLS') || code?.includes('CERT') ? `TLS error (${code})`
    : `cannot fetch (${cause?.message ?? (error as Error | undefined)?.message ?? String(error)})`;
  return new FetchError(input, reason, { cause: error });
}

/** `NEWS_DIGEST_FETCH_TIMEOUT` (milliseconds) overrides the default, for slow links and for tests. */
function timeoutFromEnv(): number | null {
  const value = Number(process.env.NEWS_DIGEST_FETCH_TIMEOUT);
  return Number.isFinite(value) && value > 0 ? value : null;
}
