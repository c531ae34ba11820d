import { Chalk, type ChalkInstance } from 'chalk';
import type { IO } from './io.js';

/** The styles every view uses, so the look is decided in one place. Identity when colour is off. */
export interface Theme {
  headline(text: string): string;
  standfirst(text: string): string;
  dateline(text: string): string;
  heading(text: string): string;
  quote(text: string): string;
  dim(text: string): string;
  label(text: string): string;
  speaker(text: string): string;
  error(text: string): string;
}

/** Builds the theme for an IO: one chalk instance, level 0 when colour is off. */
export function themeFor(io: Pick<IO, 'color'>): Theme {
  const chalk: ChalkInstance = new Chalk({ level: io.color ? 1 : 0 });
  return {
    headline: (text) => chalk.bold(text),
    standfirst: (text) => chalk.italic(text),
    dateline: (text) => chalk.bold.dim(text),
    heading: (text) => chalk.bold.underline(text),
    quote: (text) => chalk.cyan(text),
    dim: (text) => chalk.dim(text),
    label: (text) => chalk.bold(text),
    speaker: (text) => chalk.bold.yellow(text),
    error: (text) => chalk.red(text),
  };
}
