import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED } from '../helpers/cli.js';
import { checkRun, isPlaceholder, listCommands, runMain } from './harness.js';
import { tempDir } from '../helpers/temp-dir.js';

/**
 * Broken inputs, each with its documented outcome (README "Exit codes and errors"), for every
 * command the help lists. A placeholder command passes until it is built.
 */
const commands = (await listCommands()).map((c) => c.name);
const dir = tempDir('bad');
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const ARTICLE = 'Flood barrier opens on the quay\n\nThe council opened the new barrier on Tuesday. "It will keep the water out," said Mayor Anna Lindqvist.\n';
const utf16 = (text: string, littleEndian: boolean) => {
  const body = Buffer.from(text, 'utf16le');
  if (!littleEndian) body.swap16();
  return Buffer.concat([Buffer.from(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
};

const REFUSED: Array<[string, string | Buffer, RegExp]> = [
  ['an empty file', '', /: empty file$/],
  ['a file of white space', '  \n\n\t \r\n', /: empty file \(only white space\)$/],
  ['a file with NUL bytes', Buffer.from('text\u0000more text\n'), /: binary file, not text$/],
  ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), /: binary file, not text$/],
  ['invalid UTF-8', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xc3, 0x28, 0x0a]), /: invalid UTF-8/],
];

async function run(argv: string[], input?: string | Buffer) {
  const result = await runMain(argv, input === undefined ? {} : { input });
  expect(checkRun(result)).toEqual([]);
  return result;
}

describe.each(commands)('%s on broken input', (command) => {
  it.each(REFUSED)('refuses %s with one line and exit 1', async (_name, content, reason) => {
    const result = await run([command, file(`refused-${REFUSED.findIndex((r) => r[1] === content)}.txt`, content)]);
    if (isPlaceholder(result)) return;
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr.trimEnd()).toMatch(reason);
  });

  it.each([
    ['UTF-16 LE with a BOM', true],
    ['UTF-16 BE with a BOM', false],
  ])('reads %s', async (name, littleEndian) => {
    const result = await run([command, file(`${name.replace(/\W/g, '')}.txt`, utf16(ARTICLE, littleEndian)), '--width', '200']);
    if (isPlaceholder(result)) return;
    expect(result.code).toBe(0);
    if (command === 'story' || command === 'digest') expect(result.stdout).toContain('Flood barrier opens on the quay');
  });

  it('shows a headline-only article without failing', async () => {
    const result = await run([command, file('headline.txt', 'Just a headline\n')]);
    if (isPlaceholder(result)) return;
    expect(result.code).toBe(0);
  });

  it('refuses an input over --max-bytes, from a file and from stdin, and accepts one at the limit', async () => {
    const path = file('sized.txt', ARTICLE);
    const size = Buffer.byteLength(ARTICLE);
    const over = await run([command, path, '--max-bytes', String(size - 1)]);
    if (isPlaceholder(over)) return;
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(new RegExp(`sized\\.txt: larger than --max-bytes ${size - 1}`));
    const piped = await run([command, '-', '--max-bytes', '10'], ARTICLE);
    expect(piped.code).toBe(1);
    expect(piped.stderr).toMatch(/^news-digest: -: larger than --max-bytes 10/);
    expect((await run([command, path, '--max-bytes', String(size)])).code).toBe(0);
  });

  it('goes on after a missing file among several, and exits 1', async () => {
    const result = await run([command, join(dir, 'missing.txt'), SEED, join(dir, 'also-missing.txt')]);
    if (isPlaceholder(result)) return;
    expect(result.code).toBe(1);
    expect(result.stdout).not.toBe('');
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      `news-digest: ${join(dir, 'missing.txt')}: no such file or directory`,
      `news-digest: ${join(dir, 'also-missing.txt')}: no such file or directory`,
    ]);
  });

  it('reads the good articles of a directory that also holds unreadable ones', async () => {
    // Tests run as root, where chmod does not stop a read; a FIFO and a dangling link named like
    // articles are unreadable to anyone (and a FIFO must not make us wait for a writer).
    const folder = tempDir('mixed');
    writeFileSync(join(folder, 'a-good.txt'), ARTICLE);
    execFileSync('mkfifo', [join(folder, 'b-pipe.txt')]);
    symlinkSync(join(folder, 'nowhere'), join(folder, 'c-dangling.txt'));
    mkdirSync(join(folder, 'd-directory.txt'));
    const result = await run([command, folder]);
    if (isPlaceholder(result)) return;
    expect(result.code).toBe(1);
    expect(result.stdout).not.toBe('');
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      `news-digest: ${join(folder, 'b-pipe.txt')}: not a regular file`,
      `news-digest: ${join(folder, 'c-dangling.txt')}: no such file or directory`,
    ]);
  });

  it.each([
    ['a feed with no items', 'rss', '<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>', /feed has no items/],
    ['an Atom feed with no entries', 'atom', '<feed xmlns="http://www.w3.org/2005/Atom"><title>Empty</title></feed>', /feed has no entries/],
    ['malformed XML', 'rss', '<rss><channel><item><title>Broken</title><description>x</item></channel', /not a well-formed feed/],
    ['malformed JSON', 'json', '{"title": "Broken", "text": ', /invalid JSON/],
    ['an empty JSON list', 'json', '[]', /no articles/],
  ])('refuses %s with one line and exit 1', async (_name, format, input, reason) => {
    const result = await run([command, '-', '--format', format], input);
    if (isPlaceholder(result)) return;
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(reason);
  });

  it('reads deeply nested HTML', async () => {
    const depth = 2000;
    const html = `<html><head><title>Nested</title></head><body>${'<div>'.repeat(depth)}<p>Deep text here. It is nested.</p>${'</div>'.repeat(depth)}</body></html>`;
    const result = await run([command, '-', '--format', 'html'], html);
    if (isPlaceholder(result)) return;
    expect([0, 1]).toContain(result.code);
    expect(result.ms).toBeLessThan(10_000);
  });
});
