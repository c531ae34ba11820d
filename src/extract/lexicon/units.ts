/**
 * Units of measure, currencies and units of time, with how to reach SI. Data only; read by
 * src/extract/facts/quantities.ts. Keys are lower-case as written; `symbol` is what facts report.
 */

/** A unit of measure: its symbol, the SI unit it normalises to and the factor (or a function for temperatures). */
export interface MeasureUnit {
  symbol: string;
  si: string;
  factor: number;
  /** Offset added after the factor (temperatures only). */
  offset?: number;
}

// Lengths are normalised to km rather than m because news distances are read in km
// ("about 12 miles" -> 19.3 km is what the issue asks for); everything else to its SI base.
const MILE: MeasureUnit = { symbol: 'mi', si: 'km', factor: 1.609344 };
const KM: MeasureUnit = { symbol: 'km', si: 'km', factor: 1 };
const METRE: MeasureUnit = { symbol: 'm', si: 'km', factor: 0.001 };
const FOOT: MeasureUnit = { symbol: 'ft', si: 'km', factor: 0.0003048 };
const KG: MeasureUnit = { symbol: 'kg', si: 'kg', factor: 1 };
const TONNE: MeasureUnit = { symbol: 't', si: 'kg', factor: 1000 };
const POUND: MeasureUnit = { symbol: 'lb', si: 'kg', factor: 0.45359237 };
const SQKM: MeasureUnit = { symbol: 'km2', si: 'km2', factor: 1 };
const SQMI: MeasureUnit = { symbol: 'mi2', si: 'km2', factor: 2.589988 };
const HECTARE: MeasureUnit = { symbol: 'ha', si: 'km2', factor: 0.01 };
const ACRE: MeasureUnit = { symbol: 'acre', si: 'km2', factor: 0.004046856 };
const MPH: MeasureUnit = { symbol: 'mph', si: 'km/h', factor: 1.609344 };
const KMH: MeasureUnit = { symbol: 'km/h', si: 'km/h', factor: 1 };
const LITRE: MeasureUnit = { symbol: 'l', si: 'm3', factor: 0.001 };
const GALLON: MeasureUnit = { symbol: 'gal', si: 'm3', factor: 0.003785411 };
const CELSIUS: MeasureUnit = { symbol: 'degC', si: 'degC', factor: 1 };
const FAHRENHEIT: MeasureUnit = { symbol: 'degF', si: 'degC', factor: 5 / 9, offset: -32 * (5 / 9) };

/** Measure units by how they are written (singular, plural, abbreviation). */
export const MEASURE_UNITS: ReadonlyMap<string, MeasureUnit> = new Map([
  ['mile', MILE], ['miles', MILE], ['mi', MILE],
  ['km', KM], ['kms', KM], ['kilometre', KM], ['kilometres', KM], ['kilometer', KM], ['kilometers', KM],
  ['metre', METRE], ['metres', METRE], ['meter', METRE], ['meters', METRE],
  ['ft', FOOT], ['foot', FOOT], ['feet', FOOT],
  ['kg', KG], ['kgs', KG], ['kilogram', KG], ['kilograms', KG], ['kilo', KG], ['kilos', KG],
  ['tonne', TONNE], ['tonnes', TONNE], ['ton', TONNE], ['tons', TONNE],
  ['lb', POUND], ['lbs', POUND],
  ['sq km', SQKM], ['square kilometres', SQKM], ['square kilometers', SQKM], ['km2', SQKM],
  ['square miles', SQMI], ['square mile', SQMI], ['sq miles', SQMI],
  ['hectare', HECTARE], ['hectares', HECTARE], ['ha', HECTARE], ['acre', ACRE], ['acres', ACRE],
  ['mph', MPH], ['km/h', KMH], ['kph', KMH],
  ['litre', LITRE], ['litres', LITRE], ['liter', LITRE], ['liters', LITRE], ['gallon', GALLON], ['gallons', GALLON],
  ['c', CELSIUS], ['degrees celsius', CELSIUS], ['celsius', CELSIUS], ['f', FAHRENHEIT], ['fahrenheit', FAHRENHEIT],
]);

/** Currency signs before a number. */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ['£', 'GBP'], ['$', 'USD'], ['€', 'EUR'], ['¥', 'JPY'],
]);

/** Currency words after a number ("2.5m euros", "50p"). `factor` turns minor units into major. */
export const CURRENCY_WORDS: ReadonlyMap<string, { code: string; factor: number }> = new Map([
  ['pounds', { code: 'GBP', factor: 1 }], ['pound', { code: 'GBP', factor: 1 }], ['sterling', { code: 'GBP', factor: 1 }],
  ['p', { code: 'GBP', factor: 0.01 }], ['pence', { code: 'GBP', factor: 0.01 }],
  ['dollars', { code: 'USD', factor: 1 }], ['dollar', { code: 'USD', factor: 1 }], ['cents', { code: 'USD', factor: 0.01 }],
  ['euros', { code: 'EUR', factor: 1 }], ['euro', { code: 'EUR', factor: 1 }], ['yen', { code: 'JPY', factor: 1 }],
  ['yuan', { code: 'CNY', factor: 1 }], ['rupees', { code: 'INR', factor: 1 }],
]);

/** Units of time for durations ("two years", "90 minutes"), with their length in seconds. */
export const TIME_UNITS: ReadonlyMap<string, { unit: string; seconds: number }> = new Map(
  (
    [
      ['second', 1], ['minute', 60], ['hour', 3600], ['day', 86400], ['week', 604800], ['fortnight', 1209600],
      ['month', 2629746], ['year', 31556952], ['decade', 315569520], ['century', 3155695200],
    ] as const
  ).flatMap(([unit, seconds]) => {
    const plural = unit === 'century' ? 'centuries' : `${unit}s`;
    const short = unit === 'minute' ? ['min', 'mins'] : unit === 'second' ? ['sec', 'secs'] : unit === 'hour' ? ['hr', 'hrs'] : [];
    return [unit, plural, ...short].map((written) => [written, { unit: unit === 'minute' ? 'min' : unit, seconds }] as const);
  }),
);
