import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyString, articleText, feedArticle, hostileInput, htmlArticle, tokenSoup } from './generators.js';
import { checkCase, listCommands, type Case, type CommandShape } from './harness.js';

/**
 * The property tests `npm test` runs: a few hundred cases each. `npm run fuzz` runs the same
 * checks on 100,000+. Every command the help lists is covered, in every output variant; a
 * command that is still a placeholder passes until it lands, then is checked like the rest.
 */
const commands = await listCommands();
/** A fixed seed keeps `npm test` repeatable; `npm run fuzz` draws a new one every run. */
const SEED = 20_261_129;
const variants = commands.flatMap((command) => [null, ...command.flags].map((flag) => ({ command, flag })));

async function expectNoProblems(c: Case): Promise<void> {
  expect(await checkCase(c)).toEqual([]);
}

function caseArb(input: fc.Arbitrary<string>, pick: Array<{ command: CommandShape; flag: string | null }> = variants): fc.Arbitrary<Case> {
  return fc
    .tuple(fc.constantFrom(...pick), input, fc.constantFrom(20, 80), fc.constantFrom('pipe' as const, 'tty' as const, 'tty-color' as const))
    .map(([variant, text, width, mode]) => ({ ...variant, input: text, width, mode }));
}

describe('every command on hostile input', () => {
  it('finds the commands in the help', () => {
    expect(commands.map((c) => c.name)).toContain('story');
    expect(commands.find((c) => c.name === 'story')?.flags).toContain('--json');
  });

  it('keeps its promises on articles written from test sentences and laced with escapes', async () => {
    await fc.assert(fc.asyncProperty(caseArb(articleText()), expectNoProblems), { numRuns: 150, seed: SEED });
  });

  it('keeps its promises on token soup (near misses of every format)', async () => {
    await fc.assert(fc.asyncProperty(caseArb(tokenSoup()), expectNoProblems), { numRuns: 150, seed: SEED });
  });

  it('keeps its promises on HTML pages and feeds with escapes in tags, attributes and character references', async () => {
    await fc.assert(fc.asyncProperty(caseArb(fc.oneof(htmlArticle(), feedArticle())), expectNoProblems), { numRuns: 100, seed: SEED });
  });

  it('keeps its promises on arbitrary strings', async () => {
    await fc.assert(fc.asyncProperty(caseArb(anyString()), expectNoProblems), { numRuns: 120, seed: SEED });
  });

  it('keeps its promises whatever format the input is forced to', async () => {
    const formats = fc.constantFrom('text', 'markdown', 'html', 'rss', 'atom', 'json');
    await fc.assert(
      fc.asyncProperty(caseArb(hostileInput()), formats, (c, format) => expectNoProblems({ ...c, format })),
      { numRuns: 120, seed: SEED },
    );
  });

  it('gives Article JSON whose sentences partition every block and whose spans hold their text', async () => {
    const story = variants.filter((v) => v.command.name === 'story' && v.flag === '--json');
    await fc.assert(fc.asyncProperty(caseArb(articleText(), story), expectNoProblems), { numRuns: 120, seed: SEED });
  });
});
