import type { EntityType } from '../../article.js';
import type { Digest, DigestEntry, RecurringItem } from './digest-types.js';
import { NAME_TITLES, NAMED_SPEAKER } from './digest-weights.js';

/** One sighting of a name in one article. */
interface Sighting {
  name: string;
  role: string | null;
  count: number;
  article: number;
}

interface Group {
  key: string;
  forms: Map<string, number>;
  role: string | null;
  count: number;
  articles: Set<number>;
}

/**
 * Who and what recur across a digest's articles: named speakers by quotes, people, places and
 * organisations by mentions, each merged across articles by name (people also by surname when
 * only one full name has it, so `Adeyemi` joins `Ruth Adeyemi`), most first.
 */
export function recurring(entries: DigestEntry[]): Omit<Digest, 'articles'> {
  const speakers: Sighting[] = [];
  const entities: Record<EntityType, Sighting[]> = { person: [], place: [], organization: [] };
  entries.forEach((entry, article) => {
    for (const speaker of entry.speakers) if (NAMED_SPEAKER.test(speaker.name)) speakers.push({ name: speaker.name, role: speaker.role, count: speaker.quotes, article });
    for (const entity of entry.entities) entities[entity.type]?.push({ name: entity.name, role: null, count: entity.mentions, article });
  });
  return {
    speakers: mergeSightings(speakers, true),
    people: mergeSightings(entities.person, true),
    places: mergeSightings(entities.place, false),
    organizations: mergeSightings(entities.organization, false),
  };
}

/** Merges sightings by normalised name (and, for people, surname), most counted first. */
export function mergeSightings(sightings: Sighting[], byPerson: boolean): RecurringItem[] {
  const groups = new Map<string, Group>();
  for (const sighting of sightings) {
    const key = nameKey(sighting.name, byPerson);
    if (!key) continue;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, forms: new Map(), role: null, count: 0, articles: new Set() }));
    add(group, sighting.name, sighting.count, sighting.role, [sighting.article]);
  }
  if (byPerson) mergeSurnames(groups);
  return [...groups.values()]
    .map((group) => ({ name: displayName(group, byPerson), role: group.role, count: group.count, articles: group.articles.size }))
    .sort((a, b) => b.count - a.count || b.articles - a.articles || a.name.localeCompare(b.name));
}

/** A one-word name joins the only full name ending (or starting) with it; ambiguous ones stay apart. */
function mergeSurnames(groups: Map<string, Group>): void {
  const byPart = new Map<string, Group[]>();
  for (const group of groups.values()) {
    const parts = group.key.split(' ');
    if (parts.length < 2) continue;
    for (const part of new Set([parts[0]!, parts.at(-1)!])) {
      const list = byPart.get(part) ?? [];
      list.push(group);
      byPart.set(part, list);
    }
  }
  for (const group of [...groups.values()]) {
    if (group.key.includes(' ')) continue;
    const candidates = byPart.get(group.key);
    if (candidates?.length !== 1) continue;
    const target = candidates[0]!;
    add(target, null, group.count, group.role, [...group.articles]);
    groups.delete(group.key);
  }
}

function add(group: Group, form: string | null, count: number, role: string | null, articles: number[]): void {
  if (form !== null) group.forms.set(form, (group.forms.get(form) ?? 0) + count);
  group.count += count;
  group.role ??= role;
  for (const article of articles) group.articles.add(article);
}

/** The form written most often; on a tie the shorter one (`Ruth Adeyemi`, not `Councillor Ruth Adeyemi`). */
function displayName(group: Group, byPerson: boolean): string {
  let best = '';
  let bestCount = -1;
  for (const [form, count] of group.forms) {
    if (count > bestCount || (count === bestCount && form.length < best.length)) {
      best = form;
      bestCount = count;
    }
  }
  return byPerson ? withoutTitles(best) : best;
}

/** `Councillor Ruth Adeyemi` is shown as `Ruth Adeyemi` (the role is kept apart); a lone `Mayor` stays. */
function withoutTitles(name: string): string {
  const words = name.split(' ');
  let i = 0;
  while (i < words.length - 1 && NAME_TITLES.test(words[i]!)) i++;
  return words.slice(i).join(' ');
}

/** Lower case, possessives and (for people) titles off, single spaces. */
function nameKey(name: string, byPerson: boolean): string {
  const words = name.toLowerCase().replace(/['’]s\b/g, '').split(/[\s.]+/).filter(Boolean);
  return (byPerson ? words.filter((word) => !NAME_TITLES.test(word)) : words).join(' ');
}
