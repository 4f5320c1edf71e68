// Caption markup: each allowed form parses to its node, everything else stays literal text; property tests with fast-check.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { captionRefs, captionText, parseCaption } from './caption';
import type { CaptionNode } from './types';

const text = (t: string): CaptionNode => ({ type: 'text', text: t });

describe('parseCaption: the allowed forms', () => {
  it('reads bold, italic and the four kinds of link', () => {
    expect(parseCaption('a **b** *c* [d](step:3) [e](entity:elon-musk) [f](relation:musk-sues-openai) [g](https://example.org/x?y=1)')).toEqual([
      text('a '),
      { type: 'bold', children: [text('b')] },
      text(' '),
      { type: 'italic', children: [text('c')] },
      text(' '),
      { type: 'step', step: 3, children: [text('d')] },
      text(' '),
      { type: 'entity', id: 'elon-musk', children: [text('e')] },
      text(' '),
      { type: 'relation', id: 'musk-sues-openai', children: [text('f')] },
      text(' '),
      { type: 'link', href: 'https://example.org/x?y=1', children: [text('g')] },
    ]);
  });

  it('nests italic and links in bold, bold and italic in link words', () => {
    expect(parseCaption('**x *y* [z](entity:a)**')).toEqual([
      { type: 'bold', children: [text('x '), { type: 'italic', children: [text('y')] }, text(' '), { type: 'entity', id: 'a', children: [text('z')] }] },
    ]);
    expect(parseCaption('[**馬斯克**起訴](relation:musk-sues-openai)')).toEqual([
      { type: 'relation', id: 'musk-sues-openai', children: [{ type: 'bold', children: [text('馬斯克')] }, text('起訴')] },
    ]);
  });

  it('reads Chinese text and full-width punctuation as text', () => {
    expect(parseCaption('馬斯克（Elon Musk）說：「開源」。')).toEqual([text('馬斯克（Elon Musk）說：「開源」。')]);
  });
});

describe('parseCaption: everything else stays literal', () => {
  const literal = [
    '**unclosed bold',
    '** spaced bold **',
    '2 * 3 * 4',
    '*unclosed italic',
    'a ** b',
    'a * b * c',
    '[words](javascript:alert(1))',
    '[words](JAVASCRIPT:alert(1))',
    '[words](data:text/html,<b>x</b>)',
    '[words](vbscript:x)',
    '[words](//evil.example/x)',
    '[words](/relative/path)',
    '[words](step:0)',
    '[words](step:-1)',
    '[words](step:1000)',
    '[words](entity:)',
    '[words](relation:a b)',
    '[words](unknown:x)',
    '[a [nested] b](entity:x)',
    '[](entity:x)',
    '[words] (entity:x)',
    '[words](entity:x',
    '<b>bold</b> <script>alert(1)</script> <img src=x onerror=alert(1)>',
    '&lt;b&gt; &amp;',
  ];
  for (const source of literal) {
    it(`keeps ${JSON.stringify(source)} as text`, () => {
      const nodes = parseCaption(source);
      expect(captionText(nodes)).toBe(source);
      expect(nodes.every((n) => n.type === 'text' || n.type === 'italic' || n.type === 'bold')).toBe(true);
      expect(JSON.stringify(nodes)).not.toMatch(/"type":"(link|entity|relation|step)"/);
    });
  }

  it('a javascript: link inside text next to a real link: only the real one is a link', () => {
    const nodes = parseCaption('[bad](javascript:x) and [good](relation:r1)');
    expect(nodes).toEqual([text('[bad](javascript:x) and '), { type: 'relation', id: 'r1', children: [text('good')] }]);
  });
});

// ---------- properties ----------

/** A caption built from parts, with the source text and the text a reader should see. */
interface Built {
  source: string;
  visible: string;
}
const MARKUP = /[*[\]()\\]/g;
const plain = fc.string({ maxLength: 12 }).map((s) => s.replace(MARKUP, ''));
const nonEmptyPlain = plain.map((s) => (s.trim() === '' ? 'w' : s));
/** Emphasised words hug their markers (`** x **` is literal by design). */
const hugging = plain.map((s) => (s.trim() === '' ? 'w' : s.trim()));
const id = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/).filter((s) => s.length <= 30);
const href = fc.oneof(
  fc.nat({ max: 998 }).map((n) => `step:${n + 1}`),
  id.map((x) => `entity:${x}`),
  id.map((x) => `relation:${x}`),
  id.map((x) => `https://example.org/${x}`),
);
const leaf: fc.Arbitrary<Built> = plain.map((s) => ({ source: s, visible: s }));
const styled: fc.Arbitrary<Built> = fc.oneof(
  hugging.map((s) => ({ source: `**${s}**`, visible: s })),
  hugging.map((s) => ({ source: `*${s}*`, visible: s })),
  fc.tuple(nonEmptyPlain, href).map(([s, h]) => ({ source: `[${s}](${h})`, visible: s })),
);
const caption = fc.array(fc.oneof(leaf, styled), { maxLength: 8 }).map((parts) => {
  // Separate parts by a space so two spans never touch (`*a**b*` is ambiguous by design).
  return { source: parts.map((p) => p.source).join(' '), visible: parts.map((p) => p.visible).join(' ') };
});

function allNodes(nodes: readonly CaptionNode[]): CaptionNode[] {
  return nodes.flatMap((n) => (n.type === 'text' ? [n] : [n, ...allNodes(n.children)]));
}

describe('parseCaption properties', () => {
  it('never throws, on any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 100 }), fc.stringMatching(/^[*[\]()a-z:/ ]{0,60}$/)), (s) => {
        parseCaption(s);
      }),
      { numRuns: 3000 },
    );
  });

  it('the visible text of a built caption is its words without the markup', () => {
    fc.assert(
      fc.property(caption, (c) => {
        expect(captionText(parseCaption(c.source))).toBe(c.visible);
      }),
      { numRuns: 2000 },
    );
  });

  it('text without markup characters comes back exactly, as one text node (or none)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }).map((s) => s.replace(MARKUP, '')), (s) => {
        expect(parseCaption(s)).toEqual(s === '' ? [] : [text(s)]);
      }),
    );
  });

  it('no link node ever has a non-http(s) href, whatever the input (hostile targets included)', () => {
    const hostileHref = fc.constantFrom('javascript:alert(1)', ' javascript:x', 'JaVaScRiPt:x', 'data:text/html,x', 'file:///etc/passwd', 'blob:x', '//evil', 'http:/x', 'https:x', 'ftp://x');
    const mixed = fc.tuple(fc.string({ maxLength: 10 }), fc.oneof(hostileHref, href, fc.string({ maxLength: 20 }))).map(([w, h]) => `[${w || 'w'}](${h})`);
    fc.assert(
      fc.property(fc.array(fc.oneof(mixed, fc.string({ maxLength: 10 })), { maxLength: 6 }), (parts) => {
        for (const n of allNodes(parseCaption(parts.join('')))) {
          if (n.type === 'link') expect(n.href).toMatch(/^https?:\/\/[^/]/);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('the visible text never holds more than the source, and keeps every character outside the markup in order', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (s) => {
        const visible = captionText(parseCaption(s));
        expect(visible.length).toBeLessThanOrEqual(s.length);
        // Removing markup characters from both gives the same words (links only drop their target).
        const strip = (x: string): string => x.replace(/\[[^\]]*\]\([^)]*\)/g, '').replace(MARKUP, '');
        if (!/[[\]()]/.test(s)) expect(visible.replace(MARKUP, '')).toBe(strip(s));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('captionText and captionRefs', () => {
  it('lists cited entities, relations and steps once each, in order', () => {
    const nodes = parseCaption('[a](relation:r2) **[b](entity:e1)** [c](relation:r1) [d](relation:r2) [e](step:2) *[f](entity:e1)* [g](https://x.org)');
    expect(captionRefs(nodes)).toEqual({ entities: ['e1'], relations: ['r2', 'r1'], steps: [2] });
    expect(captionText(nodes)).toBe('a b c d e f g');
  });

  it('a caption without links cites nothing', () => {
    expect(captionRefs(parseCaption('**just** words'))).toEqual({ entities: [], relations: [], steps: [] });
  });
});
