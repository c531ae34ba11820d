import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { isValid } from 'date-fns/isValid';

/** `2016-10-20` → `20 October 2016`; a timestamp keeps its time. Unknown or unparsable: as given. */
export function formatPublished(published: string | null): string | null {
  if (!published) return null;
  const date = parseISO(published);
  if (!isValid(date)) return published;
  return /T\d/.test(published) ? format(date, 'd MMMM yyyy, HH:mm') : format(date, 'd MMMM yyyy');
}
