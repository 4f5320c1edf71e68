// Markdown evidence report: grouping, content per relation, links, and hostile text kept inert.
import { describe, expect, it } from 'vitest';
import { escapeMarkdownInline, markdownLinkTarget } from './markdownEscape';
import { toMarkdownReport } from './markdownReport';
import { testGraph } from './testGraph';

const hostile = '<script>alert(1)</script> [x](javascript:alert(1)) ![i](http://evil/p.png) **b** `c`';

function sample() {
  return testGraph(
    ['musk', { id: 'openai', label: 'OpenAI', labelZh: '開放人工智慧' }, 'altman'],
    [
      { id: 'r-sue', source: 'musk', target: 'openai', type: 'sued', date: '2024-02', status: 'claim', claimedBy: 'musk', summaryEn: 'Musk sued OpenAI' },
      { id: 'r-sup-b', source: 'altman', target: 'openai', type: 'supports', date: '2016-01', summaryEn: 'later' },
      { id: 'r-sup-a', source: 'musk', target: 'openai', type: 'supports', date: '2015-12', summaryEn: 'earlier' },
      { id: 'r-cof', source: 'musk', target: 'altman', type: 'co-founded', directed: false, evidence: [{ source: 'src', exact: `line one\n# not a heading\n- not a list\n1. nor this\n\n${hostile}`, prefix: '', suffix: '', start: 12, end: 80 }] },
    ],
  );
}

const opts = { lang: 'en' as const, linkFor: (id: string) => `https://example.org/app/#r=${id}`, title: 'Report *1*', date: '2024-03-18' };

describe('toMarkdownReport', () => {
  it('groups every visible relation by type in vocabulary order, dated relations in date order', () => {
    const md = toMarkdownReport(sample(), undefined, opts);
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## supports (2)', '## sued (1)', '## co-founded (1)']);
    expect(md.indexOf('earlier')).toBeLessThan(md.indexOf('later'));
    expect(md).toContain('4 relations · 3 entities');
  });

  it('gives each relation its ends, summary, claimant, date, quote with source reference and deep link', () => {
    const md = toMarkdownReport(sample(), undefined, opts);
    expect(md).toContain('### Label musk → OpenAI\n\nMusk sued OpenAI\n\n- Claim by Label musk\n- Date: 2024-02');
    expect(md).toContain('> quote r-sue\n>\n> — Source: Test source, characters 0–10');
    expect(md).toContain('[Open in Evidence Graph](<https://example.org/app/#r=r-sue>)');
    expect(md).toContain('### Label musk — Label altman');
    expect(md).toContain('- Reported as fact\n- Date: Undated');
  });

  it('writes Chinese labels, summaries and words with lang zh', () => {
    const md = toMarkdownReport(sample(), undefined, { ...opts, lang: 'zh' });
    expect(md).toContain('## 起訴 (1)');
    expect(md).toContain('→ 開放人工智慧');
    expect(md).toContain('摘要 r-sue');
  });

  it('keeps a hostile quote as text: no raw HTML, link, image or heading/list line comes through', () => {
    const md = toMarkdownReport(sample(), undefined, opts);
    expect(md).not.toMatch(/<script/i);
    expect(md).not.toContain('](javascript');
    expect(md).not.toContain('![');
    expect(md).toContain('&lt;script&gt;alert\\(1\\)&lt;/script&gt;');
    const quoteLines = md.split('\n').filter((l) => l.startsWith('>'));
    expect(quoteLines).toContain('> \\# not a heading');
    expect(quoteLines).toContain('> \\- not a list');
    expect(quoteLines).toContain('> 1\\. nor this');
    expect(md.split('\n').filter((l) => l.startsWith('# '))).toEqual(['# Report \\*1\\*']);
  });

  it('lists only visible relations and drops deep links that are not http(s) or relative', () => {
    const md = toMarkdownReport(sample(), { nodes: new Set(['musk', 'openai']), edges: new Set(['r-sue', 'r-cof']) }, { ...opts, linkFor: () => 'javascript:alert(1)' });
    expect(md).toContain('1 relations · 2 entities');
    expect(md).not.toContain('supports');
    expect(md).not.toContain('javascript');
    expect(markdownLinkTarget('?v=1&r=a b(c)')).toBe('?v=1&r=a%20b%28c%29');
    expect(markdownLinkTarget('data:text/html,x')).toBeNull();
  });

  it('escapes line-start markers only at the start, and folds line breaks', () => {
    expect(escapeMarkdownInline('- a - b')).toBe('\\- a - b');
    expect(escapeMarkdownInline('a\nb')).toBe('a b');
    expect(escapeMarkdownInline('a & b > c')).toBe('a &amp; b &gt; c');
  });
});
