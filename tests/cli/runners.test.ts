import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { buildProgram } from '../../src/cli/program.js';
import { plainCommand, plainOptions, RUNNERS, type CommandName } from '../../src/cli/runners.js';
import { testIO } from '../../src/render/io.js';
import { runCli, SEED } from '../helpers/cli.js';

const COMMANDS = Object.keys(RUNNERS) as CommandName[];

/** The options commander hands `name` for `<name> <input>`, caught before the command runs. */
async function commanderOptions(name: CommandName): Promise<unknown> {
  let seen: unknown;
  const program = buildProgram(
    async (_run, common) => {
      seen = common;
      return 0;
    },
    { writeOut: () => {}, writeErr: () => {} },
  );
  await program.parseAsync([name, 'article.txt'], { from: 'user' });
  return seen;
}

describe('plainCommand', () => {
  it.each([
    [['summary', 'a.txt'], { name: 'summary', inputs: ['a.txt'] }],
    [['facts', 'a.txt', 'b.html', '-'], { name: 'facts', inputs: ['a.txt', 'b.html', '-'] }],
    [['digest', 'feeds/'], { name: 'digest', inputs: ['feeds/'] }],
    [['summary'], null],
    [['summary', '-n', '2', 'a.txt'], null],
    [['summary', 'a.txt', '--json'], null],
    [['summary', '--', 'a.txt'], null],
    [['help', 'summary'], null],
    [['summarise', 'a.txt'], null],
    [['constructor', 'a.txt'], null],
    [[], null],
  ])('reads %j as %j', (argv, expected) => {
    expect(plainCommand(argv)).toEqual(expected);
  });
});

describe('a plain command run without commander', () => {
  it.each(COMMANDS)('gets the options commander would give %s', async (name) => {
    expect(plainOptions(name)).toEqual(await commanderOptions(name));
  });

  it.each(['summary', 'story', 'sections', 'quotes', 'speakers', 'facts'] as const)(
    'prints what the commander path prints for %s, errors and exit codes included',
    async (name) => {
      for (const inputs of [[SEED], [SEED, 'no-such-file.txt']]) {
        const plain = testIO();
        const parsed = testIO();
        const plainCode = await main([name, ...inputs], { io: plain });
        // `--debug` makes commander parse the line and changes nothing else here.
        const parsedCode = await main([name, ...inputs, '--debug'], { io: parsed });
        expect([plainCode, plain.stdout, plain.stderr]).toEqual([parsedCode, parsed.stdout, parsed.stderr]);
      }
    },
  );

  it('gives the same output through the built bin as an explicit option does', async () => {
    const plain = await runCli(['summary', SEED, 'no-such-file.txt']);
    const parsed = await runCli(['summary', SEED, 'no-such-file.txt', '--sentences', '3']);
    expect(plain.code).toBe(1);
    expect(plain).toEqual(parsed);
  });
});
