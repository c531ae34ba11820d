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

/**
 * Builds the theme for an IO. The escape codes are the 16-colour ones chalk writes at level 1,
 * applied as chalk applies them (tests hold the two equal); chalk itself is not loaded, because
 * importing it detects the terminal's colour support (tty, os) at start-up, which `io` decides.
 */
export function themeFor(io: Pick<IO, 'color'>): Theme {
  if (!io.color) {
    const plain = (text: string) => text;
    return { headline: plain, standfirst: plain, dateline: plain, heading: plain, quote: plain, dim: plain, label: plain, speaker: plain, error: plain };
  }
  const bold = style(1, 22);
  const styled = (s: Style) => (text: string) => paint(s, text);
  return {
    headline: styled(bold),
    standfirst: styled(style(3, 23)),
    dateline: styled(style(2, 22, bold)),
    heading: styled(style(4, 24, bold)),
    quote: styled(style(36, 39)),
    dim: styled(style(2, 22)),
    label: styled(bold),
    speaker: styled(style(33, 39, bold)),
    error: styled(style(31, 39)),
  };
}

/** An SGR style; chained on `parent` (bold.dim) it opens after and closes before the parent's. */
interface Style {
  open: string;
  close: string;
  openAll: string;
  closeAll: string;
  parent: Style | undefined;
}

function style(open: number, close: number, parent?: Style): Style {
  const o = `\u001B[${open}m`;
  const c = `\u001B[${close}m`;
  return { open: o, close: c, openAll: (parent?.openAll ?? '') + o, closeAll: c + (parent?.closeAll ?? ''), parent };
}

/**
 * Styles text: a close code already inside it (a styled part) re-opens the style after it, and
 * each line break closes and re-opens (so a pager shows every line styled).
 */
function paint(s: Style, text: string): string {
  if (!text) return text;
  let out = text;
  if (out.includes('\u001B')) for (let at: Style | undefined = s; at !== undefined; at = at.parent) out = out.split(at.close).join(at.close + at.open);
  if (out.includes('\n')) out = out.replace(/\r?\n/g, (lineBreak) => s.closeAll + lineBreak + s.openAll);
  return s.openAll + out + s.closeAll;
}
