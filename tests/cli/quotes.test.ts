import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/article.js';
import { runCli, SEED } from '../helpers/cli.js';

/** A quote as `quotes --json` prints it: the Quote model, plus its input with several inputs. */
type QuoteJson = Quote & { source?: string };

async function seedQuotes(): Promise<QuoteJson[]> {
  const { code, stdout } = await runCli(['quotes', SEED, '--json']);
  expect(code).toBe(0);
  return JSON.parse(stdout) as QuoteJson[];
}

describe('news-digest quotes on the bundled article', () => {
  it('finds al-Abadi’s partial quote with his role', async () => {
    const quotes = await seedQuotes();
    expect(quotes).toContainEqual(expect.objectContaining({ text: 'advancing faster than expected', kind: 'partial', speaker: 'Haider al-Abadi', role: 'Prime Minister', cue: 'told', paragraph: 11 }));
  });

  it('gives the two-sentence quote after "He told those at the meeting:" to Francois Hollande', async () => {
    const quotes = await seedQuotes();
    const quote = quotes.find((q) => q.text.startsWith("We can't afford mistakes"));
    expect(quote).toMatchObject({ kind: 'direct', speaker: 'Francois Hollande', mention: 'He', audience: 'those at the meeting' });
    expect(quote!.text).toContain('We cannot allow those who were in Mosul to evaporate.');
  });

  it('gives the CTS commander’s quote to Taleb Sheghati al-Kenani', async () => {
    const quotes = await seedQuotes();
    expect(quotes).toContainEqual(expect.objectContaining({ kind: 'direct', speaker: 'Taleb Sheghati al-Kenani', role: 'CTS commander', text: 'Its residents, its churches and all of its infrastructure are now under the control of CTS.' }));
  });

  it('finds the reported speech of the fighters, France’s President, Hollande and an Iraqi officer', async () => {
    const quotes = (await seedQuotes()).filter((q) => q.kind === 'reported');
    expect(quotes).toContainEqual(expect.objectContaining({ speaker: 'Islamic State fighters', text: 'they would battle to the death' }));
    expect(quotes).toContainEqual(expect.objectContaining({ mention: "France's President", cue: 'said' }));
    expect(quotes).toContainEqual(expect.objectContaining({ speaker: 'Francois Hollande', audience: 'the meeting', text: 'jihadists were already leaving for Raqqa, their stronghold in neighbouring Syria' }));
    expect(quotes).toContainEqual(expect.objectContaining({ mention: 'an Iraqi officer', cue: 'according to' }));
  });

  it('takes nothing from the captions and keeps offsets into the text', async () => {
    const { stdout } = await runCli(['story', SEED, '--json']);
    const article = JSON.parse(stdout) as { text: string; captions: { start: number; end: number }[] };
    for (const quote of await seedQuotes()) {
      expect(article.captions.some((c) => quote.start < c.end && quote.end > c.start)).toBe(false);
      expect(article.text.slice(quote.start, quote.end)).toContain(quote.text.split(' ')[0]);
    }
  });

  it('lists quotes grouped by speaker, most quotes first, with kind and paragraph, wrapped', async () => {
    const { code, stdout, stderr } = await runCli(['quotes', SEED, '--width', '60']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Francois Hollande (2)');
    expect(stdout).toContain('Haider al-Abadi · Prime Minister (1)');
    expect(stdout).toContain('[partial ¶11] “advancing faster than expected”');
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(60);
  });

  it('lists unattributed quotations last', async () => {
    const text = 'A headline\n\n"The bridge is late and it is over budget."\n\nJane Porter said the bridge would open in May.\n';
    const { code, stdout } = await runCli(['quotes', '-'], { input: text });
    expect(code).toBe(0);
    expect(stdout.indexOf('Unattributed (1)')).toBeGreaterThan(stdout.indexOf('Jane Porter (1)'));
    expect(stdout.indexOf('Jane Porter (1)')).toBe(0);
  });

  it('filters by --speaker (surname, any case) and --kind', async () => {
    const { stdout } = await runCli(['quotes', SEED, '--speaker', 'HOLLANDE', '--kind', 'direct', '--json']);
    const quotes = JSON.parse(stdout) as QuoteJson[];
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker).toBe('Francois Hollande');
  });

  it('rejects an unknown --kind with exit 2', async () => {
    const { code, stderr } = await runCli(['quotes', SEED, '--kind', 'rumour']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^news-digest: --kind/);
  });

  it('prints a table with --table, within the width', async () => {
    const { stdout } = await runCli(['quotes', SEED, '--table', '--kind', 'direct,partial', '--width', '72']);
    expect(stdout).toMatch(/speaker\s+│ kind\s+│ quote/);
    expect(Math.max(...stdout.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(72);
  });

  it('prints one flat array with a source on each quote for several inputs', async () => {
    const { stdout } = await runCli(['quotes', SEED, SEED, '--json']);
    const quotes = JSON.parse(stdout) as QuoteJson[];
    const single = await seedQuotes();
    expect(quotes).toHaveLength(single.length * 2);
    expect(Object.keys(quotes[0]!)[0]).toBe('source');
  });
});

describe('news-digest speakers on the bundled article', () => {
  it('lists speakers with roles, aliases and counts', async () => {
    const { code, stdout } = await runCli(['speakers', SEED, '--json']);
    expect(code).toBe(0);
    const speakers = JSON.parse(stdout) as { name: string; role: string | null; aliases: string[]; quotes: number }[];
    expect(speakers[0]).toEqual({ name: 'Francois Hollande', role: null, aliases: ["France's Francois Hollande"], quotes: 2 });
    expect(speakers).toContainEqual({ name: 'Haider al-Abadi', role: 'Prime Minister', aliases: ['Prime Minister Haider al-Abadi'], quotes: 1 });
  });

  it('prints the list for people', async () => {
    const { stdout } = await runCli(['speakers', SEED]);
    expect(stdout.split('\n')[0]).toBe('Francois Hollande (2 quotes)');
    expect(stdout).toContain('Haider al-Abadi · Prime Minister (1 quote)');
  });
});
