import type { Fact, FactType } from '../../article.js';
import { UsageError } from '../../errors.js';
import { extractFacts, extractQuantityFacts } from '../../extract/facts/index.js';
import { renderFacts } from '../../render/facts.js';
import { collectArticles, forEachArticle, printJson } from '../articles.js';
import type { CommandContext } from '../context.js';

/** Options of `news-digest facts` after commander has parsed them. */
export interface FactsOptions {
  type?: string;
  /** `true` for a bare `--json`, or the comma-separated field list. */
  json?: boolean | string;
  ndjson?: boolean;
}

/** The fields `--json a,b,c` may select, in the order every JSON fact prints them. */
export const JSON_FIELDS = [
  'type', 'text', 'value', 'unit', 'normalized', 'approx', 'min', 'max', 'date', 'entity', 'role',
  'paragraph', 'sentence', 'context', 'start', 'end', 'mentions',
] as const satisfies readonly (keyof Fact)[];

/** Every fact type `--type` accepts. */
export const FACT_TYPES: readonly FactType[] = [
  'count', 'number', 'money', 'percent', 'measure', 'duration', 'date', 'time', 'ordinal', 'rank', 'person', 'place', 'organization',
];

/** The fact types `extractQuantityFacts` leaves out. */
const ENTITY_TYPES: readonly FactType[] = ['person', 'place', 'organization'];

/**
 * `news-digest facts`: the facts of each article as a table grouped by kind, or as JSON
 * (`--json`, optionally with selected fields) or NDJSON. Throws UsageError for an unknown type
 * or field.
 */
export async function runFacts(inputs: string[], options: FactsOptions, context: CommandContext): Promise<number> {
  const types = parseTypes(options.type);
  const fields = parseFields(options.json);
  const pick = (fact: Fact) => pickFields(fact, fields);
  // `--type number,date` asks for no people, places or organisations: skip finding them.
  const extract = types && !ENTITY_TYPES.some((type) => types.has(type)) ? extractQuantityFacts : extractFacts;
  const keep = (facts: Fact[]) => (types ? facts.filter((fact) => types.has(fact.type)) : facts);

  if (options.ndjson) {
    return forEachArticle(inputs, context, (article) => {
      for (const fact of keep(extract(article))) context.io.out(JSON.stringify(pick(fact)) + '\n');
    });
  }
  if (options.json !== undefined && options.json !== false) {
    const { articles, exitCode } = await collectArticles(inputs, context);
    const all = articles.map((article) => keep(extract(article)).map(pick));
    if (articles.length > 0 || exitCode === 0) printJson(context, articles.length === 1 ? all[0] : all.flat());
    return exitCode;
  }
  let count = 0;
  return forEachArticle(inputs, context, (article) => {
    if (count++ > 0) context.io.out('\n');
    context.io.out(renderFacts(article, keep(extract(article)), context.io));
  });
}

function parseTypes(value: string | undefined): Set<FactType> | null {
  if (value === undefined) return null;
  const types = value.split(',').map((type) => type.trim().toLowerCase()).filter(Boolean);
  const unknown = types.filter((type) => !(FACT_TYPES as readonly string[]).includes(type));
  if (unknown.length > 0 || types.length === 0) {
    throw new UsageError(`unknown fact type ${unknown.join(', ') || '(none)'}; valid types: ${FACT_TYPES.join(', ')}`);
  }
  return new Set(types as FactType[]);
}

function parseFields(value: boolean | string | undefined): (keyof Fact)[] | null {
  if (typeof value !== 'string') return null;
  const fields = value.split(',').map((field) => field.trim()).filter(Boolean);
  const unknown = fields.filter((field) => !(JSON_FIELDS as readonly string[]).includes(field));
  if (unknown.length > 0 || fields.length === 0) {
    throw new UsageError(`unknown JSON field ${unknown.join(', ') || '(none)'}; valid fields: ${JSON_FIELDS.join(', ')}`);
  }
  return fields as (keyof Fact)[];
}

/** The fact with only the chosen fields, in the order asked; the whole fact in schema order without a list. */
function pickFields(fact: Fact, fields: (keyof Fact)[] | null): Partial<Fact> {
  const out: Record<string, unknown> = {};
  for (const field of fields ?? JSON_FIELDS) out[field] = fact[field];
  return out as Partial<Fact>;
}
