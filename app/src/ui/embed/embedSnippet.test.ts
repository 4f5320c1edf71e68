// Tests of the embed snippet: the link opens the embedded view of the same state (no camera), and hostile titles stay inside their attribute.
import { describe, expect, it } from 'vitest';
import { readDatasetKeys } from '../../state/datasetLink';
import { defaultViewState } from '../../state/defaultViewState';
import { readEmbedKey } from '../../state/embedLink';
import { viewStateFromLink } from '../../state/viewStateFromLink';
import { EMBED_SIZES, embedSnippet, embedUrl, escapeAttribute } from './embedSnippet';

const INDEX = { entities: new Set(['elon-musk']), relations: new Map(), relationTypes: new Set<string>(), textLength: 0 };

/** Reads the one attribute `name` back out of the snippet with the browser-free rules: `name="…"`, entities decoded. */
function attribute(html: string, name: string): string | null {
  const m = new RegExp(` ${name}="([^"]*)"`).exec(html);
  return m ? (m[1] ?? '').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&') : null;
}

describe('embedUrl', () => {
  it('opens the same view embedded: dataset keys, then embed=1, then the view without its camera', () => {
    const state = { ...defaultViewState(), lang: 'zh' as const, selection: { kind: 'entity' as const, id: 'elon-musk' }, camera: { x: 10, y: 20, zoom: 2 } };
    const url = embedUrl('https://example.org/graph/index.html?x=1#v=1&c=1,2,3', 'd=0123456789abcdef&', state);
    expect(url.startsWith('https://example.org/graph/index.html#d=0123456789abcdef&embed=1&v=1')).toBe(true);
    const { keys, rest } = readDatasetKeys(url);
    expect(keys.d).toBe('0123456789abcdef');
    const embedded = readEmbedKey(rest);
    expect(embedded.embed).toBe(true);
    expect(viewStateFromLink(embedded.rest, INDEX).state).toEqual({ ...state, camera: null });
  });
});

describe('embedSnippet', () => {
  it('writes an iframe with the link, a title, the preset size and loading="lazy"', () => {
    for (const { size } of EMBED_SIZES) {
      const html = embedSnippet('https://example.org/#embed=1&v=1&l=zh', 'Evidence Graph: Elon Musk', size);
      expect(html.startsWith('<iframe ')).toBe(true);
      expect(html.endsWith('></iframe>')).toBe(true);
      expect(attribute(html, 'src')).toBe('https://example.org/#embed=1&v=1&l=zh');
      expect(attribute(html, 'title')).toBe('Evidence Graph: Elon Musk');
      expect(attribute(html, 'loading')).toBe('lazy');
      expect(attribute(html, 'width')).toBe(size.kind === 'fixed' ? String(size.width) : '100%');
      expect(attribute(html, 'height')).toBe(String(size.height));
    }
  });

  it('keeps a hostile title inside its attribute: no raw quote or angle bracket gets out', () => {
    const hostile = '"><script>alert(1)</script><b title=\'x';
    const html = embedSnippet('https://example.org/#embed=1&v=1', hostile, { kind: 'fixed', width: 600, height: 400 });
    expect(html).not.toContain('<script');
    expect(html.match(/</g)).toHaveLength(2);
    expect(attribute(html, 'title')).toBe(hostile);
    expect(escapeAttribute('a&b')).toBe('a&amp;b');
  });

  it('offers 600×400, 800×600 and responsive 100% × 480', () => {
    expect(EMBED_SIZES.map((s) => s.size)).toEqual([
      { kind: 'fixed', width: 600, height: 400 },
      { kind: 'fixed', width: 800, height: 600 },
      { kind: 'responsive', height: 480 },
    ]);
  });
});
