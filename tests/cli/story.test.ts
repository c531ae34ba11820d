import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runShell, SEED } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const ESC = '\u001b';
const dir = tempDir('story');
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('news-digest story', () => {
  it('lays out the bundled article without colour in a pipe', async () => {
    const { code, stdout, stderr } = await runCli(['story', SEED]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).not.toContain(ESC);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Battle for Mosul: Iraqi troops take Bartella after IS suicide attacks');
    expect(lines[1]).toBe('UN fears that up to a million people may still be trapped inside Mosul');
    expect(lines[2]).toBe('BARTELLA, IRAQ · 20 October 2016');
    expect(stdout).toContain('— Photo: PA Images');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(stdout).toContain('"advancing faster than expected"');
  });

  it('wraps to --width', async () => {
    const { stdout } = await runCli(['story', SEED, '--width', '50']);
    expect(Math.max(...stdout.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(50);
  });

  it('colours headline and quotations with FORCE_COLOR, and never with NO_COLOR or --no-color', async () => {
    const coloured = await runCli(['story', SEED], { env: { FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain(`${ESC}[1mBattle for Mosul`);
    expect(coloured.stdout).toContain(`${ESC}[36m"advancing faster than expected".`);
    expect(coloured.stdout).toContain(`${ESC}[2m`); // dimmed captions
    for (const run of [
      await runCli(['story', SEED], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }),
      await runCli(['story', SEED, '--no-color'], { env: { FORCE_COLOR: '1' } }),
    ]) {
      expect(run.stdout).not.toContain(ESC);
    }
  });

  it('prints the Article model as JSON whose offsets round-trip', async () => {
    const { code, stdout } = await runCli(['story', SEED, '--json'], { env: { FORCE_COLOR: '1' } });
    expect(code).toBe(0);
    expect(stdout).not.toContain(ESC);
    const article = JSON.parse(stdout);
    expect(article.paragraphs).toHaveLength(19);
    expect(article.captions.map((c: { credit: string }) => c.credit)).toEqual(['PA Images', 'PA Images']);
    for (const paragraph of article.paragraphs) {
      expect(article.text.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
      for (const s of paragraph.sentences) expect(article.text.slice(s.start, s.end)).toBe(s.text);
    }
    expect(article.paragraphs[12].sentences[1].text).toBe('We cannot allow those who were in Mosul to evaporate."');
  });

  it('reads standard input from -', async () => {
    const { code, stdout } = await runCli(['story', '-', '--json'], { input: readFileSync(SEED) });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).source.name).toBe('-');
  });

  it('prints several inputs one after another, and a JSON array for them', async () => {
    const other = file('other.txt', 'Second story headline\n\nA body paragraph. It has two sentences.\n');
    const text = await runCli(['story', SEED, other]);
    expect(text.stdout.indexOf('Battle for Mosul')).toBeLessThan(text.stdout.indexOf('Second story headline'));
    const json = JSON.parse((await runCli(['story', SEED, other, '--json'])).stdout);
    expect(json.map((a: { headline: { text: string } }) => a.headline.text)).toEqual([
      'Battle for Mosul: Iraqi troops take Bartella after IS suicide attacks',
      'Second story headline',
    ]);
  });

  it('reads the .txt and .md files of a directory in name order', async () => {
    const folder = tempDir('dir');
    writeFileSync(join(folder, 'b.txt'), 'Bee\n\nText b.\n');
    writeFileSync(join(folder, 'a.md'), '# Ay\n\nText a.\n');
    writeFileSync(join(folder, 'notes.csv'), 'x,y\n');
    const json = JSON.parse((await runCli(['story', folder, '--json'])).stdout);
    expect(json.map((a: { headline: { text: string } }) => a.headline.text)).toEqual(['Ay', 'Bee']);
  });

  it('ends quietly when piped into head', async () => {
    const { code, stderr, stdout } = await runShell(`node bin/news-digest.js story ${SEED} ${SEED} ${SEED} | head -1`);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.trim()).toBe('Battle for Mosul: Iraqi troops take Bartella after IS suicide attacks');
  });
});

describe('errors', () => {
  const empty = file('empty.txt', '');
  const binary = file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
  const latin1 = file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
  const noArticles = tempDir('none');

  it.each([
    [['story', join(dir, 'missing.txt')], 1, /^news-digest: .*missing\.txt: no such file or directory$/],
    [['story', empty], 1, /empty\.txt: empty file$/],
    [['story', binary], 1, /image\.png: binary file, not text$/],
    [['story', latin1], 1, /latin1\.txt: invalid UTF-8/],
    [['story', noArticles], 1, /directory has no articles \(\.txt, \.md, /],
    [['story', SEED, '--bogus'], 2, /^news-digest: unknown option '--bogus'$/],
    [['story', SEED, '--width', 'wide'], 2, /argument 'wide' is invalid/],
    [['stroy', SEED], 2, /unknown command 'stroy' \(Did you mean story\?\)$/],
  ])('%j exits %i with one line on stderr', async (args, expectedCode, pattern) => {
    const { code, stderr } = await runCli(args as string[]);
    expect(code).toBe(expectedCode);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('goes on after a missing file among several and exits 1', async () => {
    const { code, stdout, stderr } = await runCli(['story', join(dir, 'missing.txt'), SEED]);
    expect(code).toBe(1);
    expect(stdout).toContain('Battle for Mosul');
    expect(stderr).toMatch(/missing\.txt: no such file or directory/);
  });
});

describe('help and version', () => {
  it('shows help with examples and exit codes', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Examples:');
    expect(stdout).toContain('Exit codes:');
    const story = await runCli(['story', '--help']);
    expect(story.stdout).toContain('news-digest story content/mosul-bartella.txt');
  });

  it.each([['help', 'toString'], ['help', '__proto__'], ['constructor', '--help']])('answers %s %s like any unknown topic, with no stack', async (...args) => {
    const { code, stdout, stderr } = await runCli(args);
    expect(code).toBe(0);
    expect(stdout + stderr).toContain('Usage: news-digest');
    expect(stderr).not.toContain('    at ');
  });

  it('prints the version', async () => {
    const { code, stdout } = await runCli(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
