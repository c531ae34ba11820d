import { InputError } from '../errors.js';
import { decodeWindows1252, WINDOWS_1252_LABELS } from './charset.js';

/**
 * Turns the bytes of an input into a string, refusing what is not text.
 * UTF-8 (with or without BOM) and UTF-16 with a BOM are accepted; a NUL byte without a UTF-16
 * BOM means binary; bytes that are not valid UTF-8 are refused unless a loader knows a charset
 * (HTML pages pass `charset`).
 * @throws InputError for empty (or only white space), binary or undecodable input.
 */
export function decodeBytes(input: string, bytes: Uint8Array, charset?: string | null): string {
  const text = decodeText(input, bytes, charset);
  // A file of blank lines is as empty as a file of nothing: no command has anything to show.
  if (!/\S/.test(text)) throw new InputError(input, bytes.length === 0 ? 'empty file' : 'empty file (only white space)');
  return text;
}

function decodeText(input: string, bytes: Uint8Array, charset?: string | null): string {
  if (bytes.length === 0) return '';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (looksBinary(bytes)) throw new InputError(input, 'binary file, not text');
  const hasUtf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasUtf8Bom ? bytes.subarray(3) : bytes;
  const label = charset && !hasUtf8Bom ? charset.toLowerCase() : 'utf-8';
  if (WINDOWS_1252_LABELS.has(label)) return decodeWindows1252(body);
  if (label !== 'utf-8' && label !== 'utf8') {
    try {
      return new TextDecoder(label).decode(body);
    } catch {
      // An unknown charset label: fall through to UTF-8, which is what most such pages really are.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch (cause) {
    throw new InputError(input, 'invalid UTF-8 (not a text file, or in an unknown encoding)', { cause });
  }
}

/** NUL bytes in the first 8 KiB: what git and grep take as "binary". */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8192);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}
