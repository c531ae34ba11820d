/** Vitest setup file: after each test file, remove the scratch directories it made. */
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dir.js';

afterAll(removeTempDirs);
