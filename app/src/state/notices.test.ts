// Notices: echoed values are inert and short; every reason has a message in English and Chinese.
import { describe, expect, it } from 'vitest';
import { echo, notice, NOTICE_REASONS, noticeMessage } from './notices';

describe('notices', () => {
  it('echo truncates to 40 code points plus an ellipsis without splitting a surrogate pair', () => {
    expect(echo('x'.repeat(10_000))).toBe(`${'x'.repeat(40)}…`);
    const emoji = echo('😀'.repeat(50));
    expect(Array.from(emoji)).toHaveLength(41);
    expect(emoji).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('echo shows bidi overrides, zero-width and control characters as visible \\u{…} text', () => {
    expect(echo('a\u202Eb\u200Dc\u0000d\u2066')).toBe('a\\u{202e}b\\u{200d}c\\u{0}d\\u{2066}');
  });

  it('echo leaves markup as plain characters (it is rendered as text, never parsed)', () => {
    expect(echo('<script>')).toBe('<script>');
  });

  it('notice() echoes both key and value', () => {
    expect(notice('\u202Ek', 'v'.repeat(50), 'unknown-key')).toEqual({ key: '\\u{202e}k', value: `${'v'.repeat(40)}…`, reason: 'unknown-key' });
  });

  it.each(NOTICE_REASONS)('reason %s has distinct English and Chinese messages naming what was ignored', (reason) => {
    const n = notice('ht', 'made-up', reason);
    const en = noticeMessage(n, 'en');
    const zh = noticeMessage(n, 'zh');
    expect(en).not.toBe(zh);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    if (!['too-long', 'unknown-version', 'future-version', 'evidence-out-of-range'].includes(reason)) {
      expect(en.includes("'ht'") || en.includes("'made-up'")).toBe(true);
    }
  });

  it('the message for an unknown entity quotes its id', () => {
    expect(noticeMessage(notice('s', 'x', 'unknown-entity'), 'en')).toBe("Ignored unknown entity 'x' in the link");
  });
});
