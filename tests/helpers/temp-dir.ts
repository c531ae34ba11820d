/**
 * Scratch directories for tests that need files on disk. Each one is removed when its test file
 * finishes (tests/helpers/remove-temp-dirs.ts is a vitest setup file), so running the suite does
 * not leave a directory in the OS temp folder per run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const created: string[] = [];

/** Makes a fresh directory `news-digest-<label>-XXXXXX` under the OS temp folder. */
export function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `news-digest-${label}-`));
  created.push(dir);
  return dir;
}

/** Removes every directory `tempDir` made in this test file. */
export function removeTempDirs(): void {
  // Read-only fixtures inside are fine: rmSync removes entries of a writable parent.
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}
