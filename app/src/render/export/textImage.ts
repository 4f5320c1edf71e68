// Text the PDF's built-in fonts cannot encode (Chinese…), drawn on a canvas as a crisp image instead.

/** Characters jsPDF's standard fonts (WinAnsiEncoding) can show: Latin-1 plus cp1252's punctuation. */
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** Whether `text` can be written as real PDF text with a standard font. */
export function isPdfLatin(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || ch === '\n') continue;
    if (!WIN_ANSI_EXTRA.includes(ch)) return false;
  }
  return true;
}

/** A rendered run of text: PNG data URL plus its size in CSS px at scale 1. */
export interface TextImage {
  dataUrl: string;
  width: number;
  height: number;
  lines: number;
}

const TOKEN = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]+|\s+/gu;

/** Greedy line breaking on words (Latin) and characters (CJK), measured with `measure`. */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const token of paragraph.match(TOKEN) ?? []) {
      const candidate = line + token;
      if (line !== '' && measure(candidate.trimEnd()) > maxWidth) {
        lines.push(line.trimEnd());
        line = token.trimStart();
      } else {
        line = candidate;
      }
      // A single token wider than the line: split it by characters.
      while (measure(line) > maxWidth && [...line].length > 1) {
        const chars = [...line];
        let cut = chars.length - 1;
        while (cut > 1 && measure(chars.slice(0, cut).join('')) > maxWidth) cut -= 1;
        lines.push(chars.slice(0, cut).join(''));
        line = chars.slice(cut).join('');
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/**
 * Draws `text` (wrapped to `maxWidth` CSS px, or one line when null) at `fontSize` on a canvas
 * `scale` times larger than its CSS size, so it stays sharp when printed; an opaque `background`
 * (no alpha channel) keeps the PDF smaller.
 */
export function textImage(
  text: string,
  opts: { fontSize: number; fontFamily: string; color: string; maxWidth: number | null; bold?: boolean; scale?: number; halo?: string | null; background?: string | null },
): TextImage {
  const scale = opts.scale ?? 3;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('PDF export: this browser cannot draw text on a canvas');
  const font = `${opts.bold ? 'bold ' : ''}${opts.fontSize}px ${opts.fontFamily}`;
  ctx.font = font;
  const measure = (s: string): number => ctx.measureText(s).width;
  const lines = opts.maxWidth === null ? text.split('\n') : wrapText(text, opts.maxWidth, measure);
  const lineHeight = opts.fontSize * 1.35;
  const width = Math.max(1, Math.ceil(Math.max(...lines.map(measure)) + 4));
  const height = Math.max(1, Math.ceil(lineHeight * lines.length));
  canvas.width = width * scale;
  canvas.height = height * scale;
  ctx.scale(scale, scale);
  if (opts.background) {
    ctx.fillStyle = opts.background;
    ctx.fillRect(0, 0, width, height);
  }
  ctx.font = font;
  ctx.textBaseline = 'alphabetic';
  lines.forEach((line, i) => {
    const y = lineHeight * i + opts.fontSize * 1.05;
    if (opts.halo) {
      ctx.strokeStyle = opts.halo;
      ctx.lineWidth = 3;
      ctx.lineJoin = 'round';
      ctx.strokeText(line, 2, y);
    }
    ctx.fillStyle = opts.color;
    ctx.fillText(line, 2, y);
  });
  const dataUrl = canvas.toDataURL('image/png');
  if (!dataUrl.startsWith('data:image/png')) throw new Error('PDF export: the browser could not draw a text image');
  return { dataUrl, width, height, lines: lines.length };
}
