// Bytes → text for imports: UTF-8 (fatal, BOM stripped, the first bad byte's offset named) or UTF-16 with a BOM.
import { ImportError } from './report';

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    // Continuation bytes after the lead byte, and the smallest code point that needs that many (no overlong forms).
    const [need, min] = b >= 0xc2 && b <= 0xdf ? [1, 0x80] : b >= 0xe0 && b <= 0xef ? [2, 0x800] : b >= 0xf0 && b <= 0xf4 ? [3, 0x10000] : [0, 0];
    if (need === 0) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

export interface DecodeOptions {
  /** Drop a leading UTF-8 BOM (default true; graph-data source texts keep theirs, as `npm run validate` does). */
  stripBom?: boolean;
}

/** Decodes a file's bytes; throws an ImportError naming the file and the byte offset when it is not valid text. */
export function decodeText(file: string, bytes: Uint8Array, options: DecodeOptions = {}): string {
  const stripBom = options.stripBom ?? true;
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2));
    } catch {
      throw new ImportError(
        'invalid-encoding',
        { file },
        { en: `starts with a ${encoding.toUpperCase()} byte order mark but is not valid ${encoding.toUpperCase()} text`, zh: `開頭有 ${encoding.toUpperCase()} 位元組順序標記，但內容不是有效的 ${encoding.toUpperCase()} 文字` },
      );
    }
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    // ignoreBOM: keep the BOM in the output; it is stripped below only when asked.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return hasBom && stripBom ? text.slice(1) : text;
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new ImportError(
      'invalid-utf8',
      { file },
      {
        en: `not valid UTF-8 text: the byte at offset ${offset} (0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')}) is not part of a UTF-8 character; save the file as UTF-8 and open it again`,
        zh: `不是有效的 UTF-8 文字：位移 ${offset} 的位元組（0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')}）不屬於任何 UTF-8 字元；請將檔案另存為 UTF-8 後再開啟`,
      },
    );
  }
}
