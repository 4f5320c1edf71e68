// The importer's synchronous SHA-256 agrees with Node's crypto on ASCII, CJK, astral and block-boundary texts.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './sha256';

describe('sha256Hex', () => {
  it.each(['', 'abc', '馬斯克起訴OpenAI 😀', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(64), 'w'.repeat(1000)])('matches node:crypto for %#', (text) => {
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});
