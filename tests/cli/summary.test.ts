import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, SEED } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const ESC = '\u001b';
const dir = tempDir('summary');

describe('news-digest summary', () => {
  it('prints headline, dateline and date, then three key sentences as bullets', async () => {
    const { code, stdout, stderr } = await runCli(['summary', SEED]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).not.toContain(ESC);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Battle for Mosul: Iraqi troops take Bartella after IS suicide attacks');
    expect(lines[1]).toBe('BARTELLA, IRAQ · 20 October 2016');
    expect(lines[2]).toBe('');
    expect(lines[3]).toMatch(/^• Elite Iraqi troops have retaken a town about 12 miles from Mosul/);
    expect(lines.filter((l) => l.startsWith('• '))).toHaveLength(3);
    expect(lines.filter((l) => l !== '' && !l.startsWith('• ')).slice(2).every((l) => l.startsWith('  ') || /^(Key facts|Quoted):/.test(l))).toBe(true);
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(80);
    expect(stdout).toMatch(/\nKey facts: .*nine suicide car bombs/s);
    expect(stdout).toMatch(/\nQuoted: Francois Hollande \(2\), /);
  });

  it.each([
    [['-n', '5'], 5],
    [['--sentences', '1'], 1],
  ])('prints as many bullets as %j asks for', async (args, bullets) => {
    const { stdout } = await runCli(['summary', SEED, ...args]);
    expect(stdout.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(bullets);
  });

  it('wraps to --width and colours only through the theme', async () => {
    const narrow = await runCli(['summary', SEED, '--width', '40']);
    expect(Math.max(...narrow.stdout.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(40);
    const coloured = await runCli(['summary', SEED], { env: { FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain(`${ESC}[1mBattle for Mosul`);
    expect((await runCli(['summary', SEED, '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain(ESC);
  });

  it('prints JSON with the documented keys in order, and spans into the article text', async () => {
    const { code, stdout } = await runCli(['summary', SEED, '--json', '--words', '60']);
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    expect(Object.keys(summary)).toEqual(['headline', 'summary', 'sentences']);
    expect(summary.headline).toBe('Battle for Mosul: Iraqi troops take Bartella after IS suicide attacks');
    expect(Object.keys(summary.sentences[0])).toEqual(['text', 'paragraph', 'sentence', 'score', 'start', 'end']);
    expect(summary.summary).toBe(summary.sentences.map((s: { text: string }) => s.text).join(' '));
    const words = summary.summary.split(/\s+/).length;
    expect(words).toBeLessThanOrEqual(60);
    const article = JSON.parse((await runCli(['story', SEED, '--json'])).stdout);
    for (const s of summary.sentences) expect(article.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('prints an array for several inputs, and one summary after another in the terminal', async () => {
    const json = JSON.parse((await runCli(['summary', SEED, SEED, '--json'])).stdout);
    expect(json).toHaveLength(2);
    const { stdout } = await runCli(['summary', SEED, SEED]);
    expect(stdout.match(/^Battle for Mosul/gm)).toHaveLength(2);
    expect(stdout).toContain('─'.repeat(40));
  });

  it('sanitises control characters from the article', async () => {
    const file = join(dir, 'evil.txt');
    writeFileSync(file, `Evil\u001b[31m headline\n\nThe council voted on Tuesday to close the bridge \u001b]0;pwned\u0007for repairs after inspectors found cracks.\n`);
    const { code, stdout } = await runCli(['summary', file]);
    expect(code).toBe(0);
    expect(stdout).not.toContain(ESC);
    expect(stdout).toContain('• The council voted on Tuesday');
  });

  it('reads standard input and fails on a missing file with exit code 1', async () => {
    const piped = await runCli(['summary', '-'], { input: 'Title\n\nThe harbour bridge will close for eight months of repairs, the council said.\n' });
    expect(piped.stdout).toContain('• The harbour bridge will close');
    const missing = await runCli(['summary', join(dir, 'nope.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^news-digest: .*nope\.txt: /);
  });

  it('rejects a count that is not a positive number with exit code 2', async () => {
    expect((await runCli(['summary', SEED, '-n', '0'])).code).toBe(2);
  });
});
