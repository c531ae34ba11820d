import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/cli.js';
import { checkCase, isPlaceholder, listCommands, runMain } from './harness.js';

/**
 * Hand-written hostile articles (tests/fixtures/hostile/*.txt): escape sequences in the headline,
 * front matter, dateline, quotes, speaker names, facts and captions; bidi tricks; fake prompt
 * lines and carriage-return overprinting; stray control bytes. Every command must print them
 * inert; `story` is compared with a reviewed golden `<name>.story.txt`
 * (regenerate with UPDATE_GOLDEN=1 and read the diff).
 */
const folder = join(FIXTURES, 'hostile');
const fixtures = readdirSync(folder).filter((name) => name.endsWith('.txt') && !name.endsWith('.story.txt')).sort();
const commands = await listCommands();
const variants = commands.flatMap((command) => [null, ...command.flags].map((flag) => ({ command, flag })));

/** What is left of an escape sequence when only its ESC is removed: must never show. */
const REMNANTS = ['[2J', '[1A', '[31m', '[0m', ']0;', ']8;;', ']52;', 'ZWNob', 'P+q544e', '[41m', '[5m'];

describe.each(fixtures)('hostile fixture %s', (name) => {
  const input = readFileSync(join(folder, name));

  it.each(variants.map((v) => [`${v.command.name} ${v.flag ?? ''}`.trim(), v] as const))('%s prints it inert', async (_label, variant) => {
    expect(await checkCase({ ...variant, input, width: 60 })).toEqual([]);
  });

  it('story removes whole escape sequences and matches its golden output', async () => {
    const result = await runMain(['story', '-', '--width', '72'], { input });
    if (isPlaceholder(result)) return;
    expect(result.code).toBe(0);
    for (const remnant of REMNANTS) expect(result.stdout).not.toContain(remnant);
    const golden = join(folder, name.replace(/\.txt$/, '.story.txt'));
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, result.stdout);
    expect(result.stdout).toBe(readFileSync(golden, 'utf8'));
  });
});

describe('hostile fixtures, specific promises', () => {
  const story = async (name: string) => (await runMain(['story', '-', '--width', '200'], { input: readFileSync(join(folder, name)) })).stdout;

  it('keeps the words around escape sequences in the headline and byline', async () => {
    const out = await story('escapes-everywhere.txt');
    expect(out.split('\n')[0]).toBe('Harbour plan approved after vote');
    expect(out).toContain('A. Reporter');
  });

  it('shows bidi-reordered text in its real order', async () => {
    const out = await story('bidi-tricks.txt');
    expect(out).toContain('Mayor says budget is balanced and lawful');
    expect(out).toContain('"Access level: user admin,"');
  });

  it('turns carriage-return overprinting into visible text', async () => {
    const out = await story('fake-prompt.txt');
    expect(out).toContain('It asked for 100 dollars within 24 hours. PASSWORD: ********');
    expect(out).not.toContain('\r');
  });

  it('keeps every escape byte in JSON, exactly, for scripts', async () => {
    const input = readFileSync(join(folder, 'escapes-everywhere.txt'), 'utf8');
    const result = await runMain(['story', '-', '--json'], { input });
    const article = JSON.parse(result.stdout) as { text: string };
    expect(input.endsWith(article.text)).toBe(true);
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).toContain('\\u001b[2J');
  });
});
