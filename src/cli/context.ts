import type { SourceFormat } from '../article.js';
import type { IO } from '../render/io.js';

/** Options every command takes (see `addCommonOptions`). */
export interface CommonOptions {
  color?: boolean;
  width?: number;
  debug?: boolean;
  maxBytes?: number;
  format?: SourceFormat;
  published?: string;
}

/** What a command's `run` gets besides its own options. */
export interface CommandContext {
  io: IO;
  options: CommonOptions;
  /** Where `-` reads from. */
  stdin?: AsyncIterable<Uint8Array | string>;
}
