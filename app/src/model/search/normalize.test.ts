// normalizeText: text without Han characters skips the Traditional → Simplified converter and comes out exactly as the converter would give it.
import { describe, expect, it } from 'vitest';
import { Converter } from 'opencc-js/t2cn';
import { normalizeText } from './normalize';

const convert = Converter({ from: 'tw', to: 'cn' });

describe('normalizeText', () => {
  it('gives text without Han characters the same result as the full conversion', () => {
    for (const text of ['Elon Musk', 'ＭＵＳＫ　ｆａｎｓ', '「quoted」 — “curly” ‘single’ …', 'カタカナ ひらがな 한국어', 'Ærø Straße ÇA', '<img src=x>', '\u202eRTL']) {
      expect(normalizeText(text)).toBe(convert(text.normalize('NFKC')).toLowerCase());
    }
  });

  it('still converts Traditional to Simplified when Han characters are there', () => {
    expect(normalizeText('馬斯克 Musk')).toBe('马斯克 musk');
    expect(normalizeText('佈羅克曼')).toBe('布罗克曼');
  });
});
