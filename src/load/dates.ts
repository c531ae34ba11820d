/**
 * Publication dates as publishers write them, made ISO 8601: RFC 822 (RSS `pubDate`,
 * `Thu, 20 Oct 2016 14:03:00 +0100`), ISO 8601 (Atom, HTML, JSON) and a few loose forms.
 * The time zone as written is kept, so the calendar day is the publisher's.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** RFC 822 zone names (and the US ones RFC 822 allows) as offsets in minutes. */
const ZONES: Record<string, number> = { UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };

const RFC_822 = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{2}:?\d{2}|[A-Za-z]{1,5})?\s*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Returns the date as ISO 8601 (`2016-10-20`, or `2016-10-20T14:03:00+01:00` with a time),
 * or null when it is missing or cannot be read.
 */
export function normalizeDate(value: string | null | undefined): string | null {
  const written = value?.trim();
  if (!written || written.length > 64) return null;
  if (ISO_DATE.test(written)) return Number.isNaN(Date.parse(written.replace(' ', 'T'))) ? null : written.replace(' ', 'T');
  const rfc = RFC_822.exec(written);
  if (rfc) return fromRfc822(rfc);
  const parsed = Date.parse(written);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString();
}

function fromRfc822(match: RegExpExecArray): string | null {
  const [, day, monthName, yearText, hour, minute, second, zone] = match;
  const month = MONTHS.indexOf(monthName!.slice(0, 3).toLowerCase());
  if (month === -1) return null;
  let year = Number(yearText);
  if (yearText!.length === 2) year += year < 50 ? 2000 : 1900; // RFC 822 two-digit years
  const date = `${year}-${pad(month + 1)}-${pad(Number(day))}`;
  if (Number.isNaN(Date.parse(date))) return null;
  if (hour === undefined) return date;
  return `${date}T${pad(Number(hour))}:${minute}:${second ?? '00'}${offset(zone)}`;
}

function offset(zone: string | undefined): string {
  if (!zone) return 'Z';
  if (/^[+-]/.test(zone)) return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const minutes = ZONES[zone.toUpperCase()];
  if (minutes === undefined) return 'Z'; // Military and unknown zones: RFC 1123 says treat as UTC.
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
