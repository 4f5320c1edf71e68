// decodeText: BOMs, UTF-16 and invalid UTF-8 (the first bad byte's offset named).
import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from './decodeText';
import { ImportError } from './report';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('strips a UTF-8 BOM unless asked to keep it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('名稱,Type')]);
    expect(decodeText('a.csv', bytes)).toBe('名稱,Type');
    expect(decodeText('a.txt', bytes, { stripBom: false })).toBe('\ufeff名稱,Type');
  });

  it('decodes UTF-16 LE and BE files by their BOM (as Excel saves "Unicode text")', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xac, 0x99]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x99, 0xac]);
    expect(decodeText('a.txt', le)).toBe('A馬');
    expect(decodeText('a.txt', be)).toBe('A馬');
  });

  it('refuses invalid UTF-8 naming the offset of the first bad byte (Latin-1, overlong, surrogate, cut short)', () => {
    const cases: [Uint8Array, number][] = [
      [new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' ok')]), 3],
      [new Uint8Array([0x41, 0xc0, 0x80]), 1],
      [new Uint8Array([0x41, 0x42, 0xed, 0xa0, 0x80]), 2],
      [new Uint8Array([...utf8('馬'), 0xe9, 0xa6]), 3],
    ];
    for (const [bytes, offset] of cases) {
      expect(firstInvalidUtf8(bytes)).toBe(offset);
      expect(() => decodeText('x.csv', bytes)).toThrow(ImportError);
      expect(() => decodeText('x.csv', bytes)).toThrow(`offset ${offset}`);
    }
    expect(firstInvalidUtf8(utf8('馬斯克 👩‍👩‍👧 ok'))).toBe(-1);
  });
});
