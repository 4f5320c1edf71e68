// Format detection: content wins over the extension for structured formats; the extension decides for CSV and text.
import { describe, expect, it } from 'vitest';
import { detectBinary, detectText, extensionOf } from './detectFormat';

describe('detectFormat', () => {
  it('reads the extension case-insensitively, ignoring folders and leading dots', () => {
    expect(extensionOf('dir.v2/Data.GEXF')).toBe('gexf');
    expect(extensionOf('.bashrc')).toBe('');
    expect(extensionOf('README')).toBe('');
  });

  it('finds each structured format by its content, whatever the name', () => {
    expect(detectText('x.txt', '  {"format": "evidence-graph-bundle", "version": 1}')).toBe('bundle');
    expect(detectText('x', '{"attributes":{},"nodes":[],"edges":[]}')).toBe('graphology-json');
    expect(detectText('x.xml', '<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">')).toBe('gexf');
    expect(detectText('x.xml', '<?xml version="1.0"?>\n<!-- yEd -->\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">')).toBe('graphml');
    expect(detectText('x.gexf', '<graphml>')).toBe('graphml');
    expect(detectBinary('folder.zip', new Uint8Array([0x50, 0x4b, 3, 4, 0]))).toBe('graph-data-zip');
    expect(detectBinary('book.XLSX', new Uint8Array([0x50, 0x4b, 3, 4, 0]))).toBe('xlsx');
    expect(detectBinary('a.csv', new Uint8Array([0x4e, 0x61]))).toBeNull();
  });

  it('falls back on the extension for CSV/TSV and source texts, and knows nothing else', () => {
    expect(detectText('people.csv', 'Label,Type\n')).toBe('csv');
    expect(detectText('people.TSV', 'Label\tType\n')).toBe('csv');
    expect(detectText('article.md', '# Title')).toBe('text');
    expect(detectText('article.txt', 'Text')).toBe('text');
    expect(detectText('page.html', '<html>')).toBeNull();
    expect(detectText('x.xml', '<root/>')).toBeNull();
  });
});
