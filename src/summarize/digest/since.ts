import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { sub } from 'date-fns/sub';

/** `2d`, `12h`, `1w`, `30m` (minutes), `3mo`, `1y`. */
const DURATION = /^(\d{1,6})\s*(m|min|h|d|w|mo|y)$/i;
const UNITS: Record<string, 'minutes' | 'hours' | 'days' | 'weeks' | 'months' | 'years'> = { m: 'minutes', min: 'minutes', h: 'hours', d: 'days', w: 'weeks', mo: 'months', y: 'years' };

/**
 * The moment `--since` means: a duration back from `now` (`2d`, `12h`, `1w`) or a date
 * (`2016-10-01`, midnight local time, or a full ISO timestamp). Null when it is neither.
 */
export function parseSince(value: string, now: Date): Date | null {
  const duration = DURATION.exec(value.trim());
  if (duration) return sub(now, { [UNITS[duration[2]!.toLowerCase()]!]: Number(duration[1]) });
  if (!/^\d{4}-\d{2}-\d{2}/.test(value.trim())) return null;
  const date = parseISO(value.trim());
  return isValid(date) ? date : null;
}

/** The instant of a published date, or null when unknown or unreadable. */
export function publishedTime(published: string | null): number | null {
  if (!published) return null;
  const date = parseISO(published);
  return isValid(date) ? date.getTime() : null;
}

/**
 * Orders entries newest first; undated ones last, in input order (the sort is stable).
 */
export function newestFirst<T extends { published: string | null }>(entries: T[]): T[] {
  const times = new Map(entries.map((entry) => [entry, publishedTime(entry.published) ?? -Infinity]));
  return [...entries].sort((a, b) => {
    const ta = times.get(a)!;
    const tb = times.get(b)!;
    return ta === tb ? 0 : tb > ta ? 1 : -1;
  });
}
