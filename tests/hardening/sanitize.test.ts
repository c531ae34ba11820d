import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeForTerminal, sanitizeLine } from '../../src/render/sanitize.js';

const ESC = '\u001b';
/** Everything a terminal could act on, after sanitising: C0 but newline, DEL, C1, bidi controls. */
const ACTIONABLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('sanitizeForTerminal', () => {
  it.each([
    ['CSI colour', `a${ESC}[31mred${ESC}[0m b`, 'ared b'],
    ['CSI clear screen and cursor home', `${ESC}[2J${ESC}[Hx`, 'x'],
    ['CSI with private parameters', `${ESC}[?1049hx`, 'x'],
    ['CSI true colour', `${ESC}[38;2;255;0;0mx`, 'x'],
    ['CSI cursor up and erase line', `before${ESC}[1A${ESC}[2Kafter`, 'beforeafter'],
    ['8-bit CSI', '\u009b31mx', 'x'],
    ['OSC title ended by BEL', `${ESC}]0;owned\u0007x`, 'x'],
    ['OSC hyperlink ended by ST', `${ESC}]8;;https://evil.example/${ESC}\\click${ESC}]8;;${ESC}\\`, 'click'],
    ['OSC 52 clipboard write', `${ESC}]52;c;ZWNobyBvd25lZA==\u0007x`, 'x'],
    ['OSC left unterminated, up to the end of the line', `a${ESC}]8;;http://x\nnext line`, 'a\nnext line'],
    ['8-bit OSC with 8-bit ST', '\u009d0;title\u009cx', 'x'],
    ['DCS', `${ESC}P+q544e${ESC}\\x`, 'x'],
    ['8-bit DCS', '\u0090q\u009cx', 'x'],
    ['APC, PM and SOS', `${ESC}_a${ESC}\\${ESC}^b${ESC}\\${ESC}Xc${ESC}\\x`, 'x'],
    ['a string sequence cut short by another ESC', `${ESC}]0;a${ESC}[31mx`, 'x'],
    ['a lone ESC at the end', `x${ESC}`, 'x'],
    ['ESC before a newline keeps the newline', `a${ESC}\nb`, 'a\nb'],
    ['two-byte escapes (reset, save cursor)', `${ESC}c${ESC}7x`, 'x'],
    ['nF escape (character set)', `${ESC}(0x${ESC}(B`, 'x'],
    ['a stray ESC before punctuation drops only the ESC', `${ESC}', "x"`, `', "x"`],
    ['backspace overprinting', 'rm -rf\b\b\b\b\b\bls', 'rm -rfls'],
    ['carriage-return overprinting', 'evil\rsafe', 'evilsafe'],
    ['BEL, VT, FF, NUL, DEL', 'a\u0007\u000b\u000c\u0000\u007fb', 'ab'],
    ['C1 controls (NEL, 8-bit ST alone)', 'a\u0085\u009cb', 'ab'],
    ['bidi overrides', 'a\u202eevil\u202cb', 'aevilb'],
    ['bidi isolates', '\u2066a\u2067b\u2068c\u2069', 'abc'],
    ['bidi marks', 'a\u200e\u200f\u061cb', 'ab'],
    ['tabs become spaces', 'a\tb', 'a b'],
  ])('removes %s', (_name, input, expected) => {
    expect(sanitizeForTerminal(input)).toBe(expected);
  });

  it.each([
    ['plain ASCII', 'Battle for Mosul: Iraqi troops take Bartella.'],
    ['typographic quotes and dashes', '“We will win” — he said ‘so’ … «oui»'],
    ['other scripts and emoji', '記者会見で「安全だ」 مرحبا שלום 🙂'],
    ['newlines', 'one\ntwo\n'],
    ['the empty string', ''],
  ])('keeps %s as it is', (_name, input) => {
    expect(sanitizeForTerminal(input)).toBe(input);
  });

  it('leaves nothing a terminal acts on, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(sanitizeForTerminal(text)).not.toMatch(ACTIONABLE);
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent and never lengthens text', () => {
    const unit = fc.constantFrom(ESC, '[', ']', 'P', '\\', '\u0007', '\u009b', '\u009c', '\u009d', '\n', '\t', 'a', '1', ';', '(', '\u202e', ' ');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }).map((a) => a.join('')), (text) => {
        const once = sanitizeForTerminal(text);
        expect(sanitizeForTerminal(once)).toBe(once);
        expect(once.length).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 3000 },
    );
  });

  it('runs in linear time on a megabyte of escape-like input', () => {
    for (const piece of [`${ESC}[`, `${ESC}]`, '\u009b1;', `${ESC}(`, '\u202e', `${ESC}]0;a${ESC}`]) {
      const text = piece.repeat(1_000_000 / piece.length);
      const started = performance.now();
      sanitizeForTerminal(text);
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });
});

describe('sanitizeLine', () => {
  it('puts a message on one line', () => {
    expect(sanitizeLine('invalid JSON ("a\n\nb") at\u2028line 2')).toBe('invalid JSON ("a b") at line 2');
    expect(sanitizeLine(`file${ESC}]0;x\u0007\nname.txt`)).toBe('file name.txt');
  });
});
