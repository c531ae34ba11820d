import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { isValid } from 'date-fns/isValid';

/**
 * `2016-10-20` → `20 October 2016`; `2016-10-20T09:30:00+01:00` → `20 October 2016, 09:30`.
 * A timestamp shows the wall-clock time the publisher wrote, not the reader's local time, so the
 * offset is dropped before parsing. Unknown or unparsable: as given.
 */
export function formatPublished(published: string | null): string | null {
  if (!published) return null;
  const wallClock = published.replace(/(?:Z|[+-]\d{2}:?\d{2})$/, '');
  const date = parseISO(wallClock);
  if (!isValid(date)) return published;
  return /T\d/.test(wallClock) ? format(date, 'd MMMM yyyy, HH:mm') : format(date, 'd MMMM yyyy');
}
