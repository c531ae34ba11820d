import { describe, expect, it } from 'vitest';
import { runCli, SEED } from '../helpers/cli.js';

describe('news-digest sections', () => {
  it('prints the outline: numbered titles with paragraph ranges and first sentences', async () => {
    const { code, stdout, stderr } = await runCli(['sections', SEED]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Battle for Mosul: Iraqi troops take Bartella after IS suicide attacks');
    const titles = lines.filter((l) => /^\d+\. /.test(l));
    expect(titles.length).toBeGreaterThanOrEqual(4);
    expect(titles[0]).toMatch(/^1\. .+ · ¶1–\d+$/);
    expect(lines[3]).toMatch(/^ {3}Elite Iraqi troops/);
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(80);
  });

  it('prints JSON sections that cover the body in order', async () => {
    const sections = JSON.parse((await runCli(['sections', SEED, '--json'])).stdout);
    expect(Object.keys(sections[0])).toEqual(['title', 'firstParagraph', 'lastParagraph', 'origin', 'heading', 'firstSentence']);
    expect(sections[0].firstParagraph).toBe(1);
    expect(sections.at(-1).lastParagraph).toBe(19);
    for (let i = 1; i < sections.length; i++) expect(sections[i].firstParagraph).toBe(sections[i - 1].lastParagraph + 1);
  });

  it('shows the same titles inside the story with story --sections', async () => {
    const sections = JSON.parse((await runCli(['sections', SEED, '--json'])).stdout);
    const { stdout } = await runCli(['story', SEED, '--sections']);
    for (const section of sections) expect(stdout).toContain(`\n${section.title}\n`);
    const model = JSON.parse((await runCli(['story', SEED, '--sections', '--json'])).stdout);
    expect(model.sections.map((s: { title: string }) => s.title)).toEqual(sections.map((s: { title: string }) => s.title));
  });
});
