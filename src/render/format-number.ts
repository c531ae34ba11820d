/**
 * Numbers as the facts view shows them: what `value.toLocaleString('en-GB', {
 * maximumFractionDigits: 4 })` prints ("1,234.5", "19.3121", "-0.25"), without ICU. The first
 * `Intl` number format of a process loads ICU's locale data, 15–25 ms of a one-article run;
 * `facts` showed numbers only through it. Values this does not cover exactly (beyond 1e21, below
 * 1e-6, a negative that rounds to zero) still go to `Intl`.
 */
export function formatNumber(value: number): string {
  const magnitude = Math.abs(value);
  if (!Number.isFinite(value) || magnitude >= 1e21 || (magnitude !== 0 && magnitude < 1e-6) || Object.is(value, -0)) return viaIntl(value);
  // ICU formats the shortest digits that read back as the double, which is also what String()
  // gives, then rounds half away from zero: so round that decimal string.
  const [whole = '0', fraction = ''] = String(magnitude).split('.');
  let digits = whole + fraction.slice(0, MAX_FRACTION_DIGITS).padEnd(MAX_FRACTION_DIGITS, '0');
  if ((fraction.charCodeAt(MAX_FRACTION_DIGITS) || 0) >= 53 /* '5' */) digits = incrementDigits(digits);
  const intPart = digits.slice(0, digits.length - MAX_FRACTION_DIGITS).replace(/^0+(?=\d)/, '') || '0';
  const fracPart = digits.slice(digits.length - MAX_FRACTION_DIGITS).replace(/0+$/, '');
  if (value < 0 && intPart === '0' && fracPart === '') return viaIntl(value); // ICU prints "-0"
  return (value < 0 ? '-' : '') + groupThousands(intPart) + (fracPart ? '.' + fracPart : '');
}

/** Fraction digits the facts view keeps. */
const MAX_FRACTION_DIGITS = 4;

let intl: Intl.NumberFormat | undefined;
function viaIntl(value: number): string {
  intl ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: MAX_FRACTION_DIGITS });
  return intl.format(value);
}

/** Adds one to a string of decimal digits ("0999" → "1000", "99" → "100"). */
function incrementDigits(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return '1' + '0'.repeat(digits.length);
  return digits.slice(0, i) + String(Number(digits[i]) + 1) + '0'.repeat(digits.length - i - 1);
}

/** "1234567" → "1,234,567". */
function groupThousands(digits: string): string {
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) out = digits.slice(Math.max(0, end - 3), end) + (out ? ',' + out : '');
  return out;
}
