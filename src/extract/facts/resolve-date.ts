import { addDays, addMonths, addWeeks, addYears, format, getISOWeek, getISOWeekYear, parseISO, subDays } from 'date-fns';

/** The publication date as a Date (UTC-agnostic: only the calendar day is used), or null. */
export function publicationDay(published: string | null): Date | null {
  if (!published || !/^\d{4}-\d{2}-\d{2}/.test(published)) return null;
  const day = parseISO(published.slice(0, 10));
  return Number.isNaN(day.getTime()) ? null : day;
}

/** ISO calendar date of a Date. */
export function isoDay(day: Date): string {
  return format(day, 'yyyy-MM-dd');
}

/**
 * The weekday `weekday` (0 = Sunday) nearest the publication day in the direction news uses:
 * the latest one on or before it ("on Thursday" in past-tense news), or the first one after it
 * when the text says "next".
 */
export function resolveWeekday(published: Date, weekday: number, forward: boolean): string {
  const today = published.getDay();
  if (forward) return isoDay(addDays(published, ((weekday - today + 7) % 7) || 7));
  return isoDay(subDays(published, (today - weekday + 7) % 7));
}

/** "last/this/next week|month|year|<season>", as ISO (a week as `2016-W41`). Null for what has no ISO form. */
export function resolvePeriod(published: Date, which: -1 | 0 | 1, period: string): string | null {
  if (period === 'week' || period === 'weekend') {
    const day = addWeeks(published, which);
    return period === 'week' ? `${getISOWeekYear(day)}-W${String(getISOWeek(day)).padStart(2, '0')}` : null;
  }
  if (period === 'month') return format(addMonths(published, which), 'yyyy-MM');
  if (period === 'year') return format(addYears(published, which), 'yyyy');
  return null;
}

/**
 * A day offset by a number of units ("a week before", "two years ago"), as precise as the unit.
 * Null when the unit has no calendar form, or the day falls outside what a Date can hold ("65
 * million years ago"): there is no calendar date to give.
 */
export function resolveOffset(published: Date, amount: number, unit: string): string | null {
  if (!Number.isInteger(amount)) return null;
  const shifted = offsetDay(published, amount, unit);
  if (shifted === null || Number.isNaN(shifted.day.getTime())) return null;
  return shifted.precision === 'day' ? isoDay(shifted.day) : format(shifted.day, shifted.precision === 'month' ? 'yyyy-MM' : 'yyyy');
}

function offsetDay(published: Date, amount: number, unit: string): { day: Date; precision: 'day' | 'month' | 'year' } | null {
  switch (unit) {
    case 'day':
      return { day: addDays(published, amount), precision: 'day' };
    case 'week':
      return { day: addWeeks(published, amount), precision: 'day' };
    case 'month':
      return { day: addMonths(published, amount), precision: 'month' };
    case 'year':
      return { day: addYears(published, amount), precision: 'year' };
    case 'decade':
      return { day: addYears(published, amount * 10), precision: 'year' };
    default:
      return null;
  }
}

/**
 * A month and optional day without a year, placed in the year that puts it nearest the
 * publication day (a story in January about "December 30" means the past December). Only years
 * in which the day exists count ("February 29" lands in a leap year); null when none of the
 * three does ("April 31") or the year leaves four digits.
 */
export function resolveMonthDay(published: Date, month: number, day: number | null): string | null {
  const year = published.getFullYear();
  let best: Date | null = null;
  for (const y of [year, year - 1, year + 1]) {
    if (day !== null && !isRealDay(y, month, day)) continue;
    const candidate = new Date(y, month - 1, day ?? 15);
    if (best === null || Math.abs(candidate.getTime() - published.getTime()) < Math.abs(best.getTime() - published.getTime())) best = candidate;
  }
  if (best === null || best.getFullYear() > 9999) return null;
  return partialIso(best.getFullYear(), month, day);
}

/** Whether the month (1-12) of that year has that day: no 31 April, no 29 February in 2017. */
export function isRealDay(year: number, month: number, day: number): boolean {
  return day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last of this one; setUTCFullYear keeps years below 100 as written.
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

/** `2016`, `2016-10` or `2016-10-17`; with a null year, `--10-17` / `--10` (ISO 8601 without year). */
export function partialIso(year: number | null, month: number | null, day: number | null): string {
  const mm = month === null ? '' : String(month).padStart(2, '0');
  const dd = day === null ? '' : String(day).padStart(2, '0');
  if (year === null) return month === null ? '' : `--${mm}${dd ? `-${dd}` : ''}`;
  return [String(year), mm, dd].filter(Boolean).join('-');
}
