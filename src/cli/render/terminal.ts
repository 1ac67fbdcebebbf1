/**
 * Terminal layout: display width (Chinese characters take two columns), padding and
 * ANSI colours. Colour is decided once per run (TTY and NO_COLOR), never per line.
 */

/** Columns a code point takes in a terminal: 2 for East Asian Wide and Fullwidth, 0 for combining marks. */
function columns(cp: number): number {
  if (cp === 0 || (cp >= 0x300 && cp <= 0x36f) || cp === 0x200b || cp === 0xfeff || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s.replace(ANSI, '')) w += columns(ch.codePointAt(0) as number);
  return w;
}

export function padEnd(s: string, width: number): string {
  const w = displayWidth(s);
  return w >= width ? s : s + ' '.repeat(width - w);
}

export function padStart(s: string, width: number): string {
  const w = displayWidth(s);
  return w >= width ? s : ' '.repeat(width - w) + s;
}

/** Cuts a string to at most `width` columns, ending with … when cut. */
export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const c = columns(ch.codePointAt(0) as number);
    if (w + c > width - 1) break;
    out += ch;
    w += c;
  }
  return out + '…';
}

export interface Style {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
  bold(s: string): string;
  dim(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export function makeStyle(colour: boolean): Style {
  if (!colour) {
    const id = (s: string) => s;
    return { red: id, yellow: id, green: id, cyan: id, bold: id, dim: id };
  }
  return { red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), cyan: wrap(36, 39), bold: wrap(1, 22), dim: wrap(2, 22) };
}

/**
 * Lays out rows as aligned columns; `right` lists the columns to right-align; `gap` is
 * the space between columns, or one gap per column boundary.
 */
export function table(rows: string[][], right: readonly number[] = [], gap: string | readonly string[] = '  '): string[] {
  const gapAt = (i: number) => (typeof gap === 'string' ? gap : (gap[i] ?? '  '));
  // A row shorter than the others ends with a free cell: it takes no part in the widths.
  const full = Math.max(0, ...rows.map((row) => row.length));
  const free = (row: string[], i: number) => row.length < full && i === row.length - 1;
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      if (!free(row, i)) widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
    });
  }
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const sep = i === 0 ? '' : gapAt(i - 1);
        if (free(row, i) || (i === row.length - 1 && !right.includes(i))) return sep + cell;
        return sep + (right.includes(i) ? padStart(cell, widths[i]) : padEnd(cell, widths[i]));
      })
      .join('')
      .replace(/\s+$/, ''),
  );
}
