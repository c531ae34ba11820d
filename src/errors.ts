/**
 * Expected failures. `src/cli/main.ts` turns each into one stderr line and its exit code;
 * anything else is a bug and shows as `internal error` (with the stack under `--debug`).
 */

/** Base class: a failure the user can act on, with the exit code it maps to. */
export class NewsDigestError extends Error {
  override name = 'NewsDigestError';
  /** 1 for failed input, 2 for usage errors. */
  readonly exitCode: number;
  /** The input the error is about (`path`, `-`, a URL), shown before the reason. */
  readonly input: string | null;

  constructor(message: string, options: { exitCode?: number; input?: string | null; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.exitCode = options.exitCode ?? 1;
    this.input = options.input ?? null;
  }
}

/** Thrown for a wrong invocation: unknown option, bad option value, missing input. Exit 2. */
export class UsageError extends NewsDigestError {
  override name = 'UsageError';
  constructor(message: string, options: { input?: string | null; cause?: unknown } = {}) {
    super(message, { ...options, exitCode: 2 });
  }
}

/** Thrown when an input cannot be read or is not an article (missing, empty, binary, too big). Exit 1. */
export class InputError extends NewsDigestError {
  override name = 'InputError';
  constructor(input: string, message: string, options: { cause?: unknown } = {}) {
    super(message, { ...options, input, exitCode: 1 });
  }
}

/** Thrown when a URL cannot be fetched (timeout, HTTP status, too many redirects). Exit 1. */
export class FetchError extends NewsDigestError {
  override name = 'FetchError';
  constructor(input: string, message: string, options: { cause?: unknown } = {}) {
    super(message, { ...options, input, exitCode: 1 });
  }
}

/** True for errors that `main` reports as a one-line message rather than a bug. */
export function isNewsDigestError(error: unknown): error is NewsDigestError {
  return error instanceof NewsDigestError;
}
