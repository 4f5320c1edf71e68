// Sources: pasted text stored with its sha256; empty, oversized and non-web links refused with a clear message; quoted sources kept.
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../import/normalize/sha256';
import { EditError } from './editError';
import { addSource, MAX_SOURCE_CHARS, removeSource, updateSource } from './sourceOps';
import { smallDataset } from './testDataset';

const message = (f: () => unknown): { en: string; zh: string } => {
  try {
    f();
  } catch (e) {
    if (e instanceof EditError) return e.messages;
    throw e;
  }
  throw new Error('expected an EditError');
};

describe('source edits', () => {
  it('stores the text without BOM and with \\n line ends, its sha256, a file name and an http(s) link', () => {
    const { dataset } = smallDataset();
    const { dataset: next, id } = addSource(dataset, { title: { en: 'Second report', zh: '' }, text: '\uFEFFa\r\nb\rc', language: 'en', published: '2024', url: 'https://example.org/a' });
    const added = next.sources.find((s) => s.record.id === id);
    expect(added?.text).toBe('a\nb\nc');
    expect(added?.record).toMatchObject({ id: 'second-report', file: 'second-report.txt', sha256: sha256Hex('a\nb\nc'), url: 'https://example.org/a', title: { en: 'Second report', zh: 'Second report' } });
  });

  it('refuses a 5 MB paste with the size and the way out, and leaves the dataset as it was', () => {
    const { dataset } = smallDataset();
    const big = 'x'.repeat(5 * 1024 * 1024);
    const m = message(() => addSource(dataset, { title: { en: 'Huge', zh: '' }, text: big, language: 'en', published: '2024' }));
    expect(m.en).toBe('The source is 5.0 million characters; the limit is 4 million. Split it into parts and add each as a source.');
    expect(m.zh).toContain('上限');
    expect(dataset.sources).toHaveLength(1);
    expect(MAX_SOURCE_CHARS).toBeLessThan(big.length);
  });

  it('refuses empty text and javascript: links', () => {
    const { dataset } = smallDataset();
    expect(message(() => addSource(dataset, { title: { en: 'E', zh: '' }, text: ' \n ', language: 'en', published: '2024' })).en).toContain('no text');
    expect(message(() => addSource(dataset, { title: { en: 'J', zh: '' }, text: 'x', language: 'en', published: '2024', url: 'javascript:alert(1)' })).en).toContain('http');
  });

  it('changes details but never the text; a quoted source cannot be removed, an unquoted one can', () => {
    const { dataset, source } = smallDataset();
    const renamed = updateSource(dataset, source, { title: { en: 'Renamed', zh: '改名' }, url: 'http://example.org/' });
    expect(renamed.sources[0]?.record).toMatchObject({ title: { en: 'Renamed', zh: '改名' }, url: 'http://example.org/' });
    expect(renamed.sources[0]?.text).toBe(dataset.sources[0]?.text);
    expect(message(() => removeSource(dataset, source)).en).toContain('quoted by 1 relation');
    const extra = addSource(dataset, { title: { en: 'Unused', zh: '' }, text: 'y', language: 'en', published: '2024' });
    expect(removeSource(extra.dataset, extra.id).sources).toHaveLength(1);
  });
});
