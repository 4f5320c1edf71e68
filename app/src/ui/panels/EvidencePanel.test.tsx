// Tests of the relation evidence panel: quote marked in its paragraph, source reference, fact/claim, siblings, bad input.
import { describe, expect, test } from 'vitest';
import { graphFromDataset } from '../../model/graph';
import type { Lang } from '../../state/types';
import { EvidencePanel } from './EvidencePanel';
import { HOSTILE, makeTestGraph, SOURCE_ID, testDataset, testTexts, TEXT } from './testGraph';
import { byAttr, byTag, render, text } from './testMarkup';
import { anchoredOnly } from '../../model/testing/anchored';

const graph = makeTestGraph();
const noop = () => {};
const panel = (relationId: string, lang: Lang = 'en', g = graph, texts = testTexts) =>
  render(
    <EvidencePanel graph={g} texts={texts} relationId={relationId} lang={lang} onSelectEntity={noop} onSelectRelation={noop} onShowInArticle={noop} onCopyRelationLink={noop} />,
  );
const quoteParagraph = (root: ReturnType<typeof panel>['root']) => byTag(byTag(root, 'blockquote')[0]!, 'p')[0]!;

describe('EvidencePanel', () => {
  test('marks exactly the quote, inside the paragraph (line) of the source that contains it', () => {
    const { root } = panel('musk-left-openai-board');
    const ev = anchoredOnly(graph.getEdgeAttribute('musk-left-openai-board', 'evidence'))[0]!;
    const para = quoteParagraph(root);
    expect(para.textContent).toBe(TEXT.split('\n').find((line) => line.includes(ev.exact)));
    const marks = byTag(para, 'mark');
    expect(marks.map((m) => m.textContent)).toEqual([ev.exact]);
    const before = para.textContent!.indexOf(ev.exact);
    expect(TEXT.slice(ev.start - before, ev.end)).toBe(para.textContent!.slice(0, before + ev.exact.length));
  });

  test('lists every evidence item with its source title, published date and character offsets', () => {
    const { root } = panel('musk-sued-openai');
    const items = byAttr(root, 'data-evidence');
    const evidence = anchoredOnly(graph.getEdgeAttribute('musk-sued-openai', 'evidence'));
    expect(items).toHaveLength(evidence.length);
    evidence.forEach((ev, i) => {
      expect(text(items[i])).toContain(`Excerpts of the Grok-1 / OpenAI article, published 2024-03-18, characters ${ev.start}–${ev.end}`);
      expect(text(byTag(items[i]!, 'mark')[0])).toBe(ev.exact);
    });
  });

  test('offers “Show in article” and “Copy link to this relation” for each evidence item', () => {
    for (const item of byAttr(panel('musk-sued-openai').root, 'data-evidence')) {
      expect(byTag(item, 'button').map((b) => text(b))).toEqual(['Show in article', 'Copy link to this relation']);
    }
  });

  test('shows type with category, both ends and the claimant as buttons, stance, date range and “claim by”', () => {
    const { root } = panel('musk-sought-control-openai');
    expect(text(byAttr(root, 'data-category', 'control')[0])).toBe('(Control)');
    expect(byTag(byTag(root, 'dl')[0]!, 'button').map((b) => b.getAttribute('data-entity'))).toEqual(['elon-musk', 'openai', 'openai']);
    expect(text(byAttr(root, 'data-stance', 'neutral')[0])).toBe('neutral');
    expect(text(byTag(root, 'time')[0])).toBe('2017 – 2018-02');
    expect(text(byAttr(root, 'data-status', 'claim')[0])).toBe('claim by OpenAI');
    expect(text(byAttr(panel('musk-sued-openai').root, 'data-stance', 'opposes')[0])).toBe('opposes');
  });

  test('an undated fact says “fact” and “undated”; an undirected relation says “with”', () => {
    const fact = panel('khosla-invested-openai').root;
    expect(text(byAttr(fact, 'data-status', 'fact')[0])).toBe('fact');
    expect(text(byTag(fact, 'dl')[0])).toContain('undated');
    expect(text(byTag(panel('microsoft-partner-openai').root, 'dl')[0]!.getElementsByClassName('sr-only')[0])).toBe('with');
  });

  test('lists the other relations between the same pair (either direction), and only those', () => {
    const { root } = panel('musk-cofounded-openai');
    const listed = byTag(byTag(root, 'nav')[0]!, 'li').map((li) => li.getAttribute('data-relation'));
    const pair = graph.edges('elon-musk').filter((e) => e !== 'musk-cofounded-openai' && graph.opposite('elon-musk', e) === 'openai');
    expect(listed.sort()).toEqual(pair.sort());
    expect(listed).toContain('openai-replied-musk');
    expect(byTag(panel('musk-open-sourced-grok').root, 'nav')).toHaveLength(0);
  });

  test('when the stored offsets do not hold the quote, says so and shows the quote alone', () => {
    const broken = testDataset();
    const edge = broken.graph.edges.find((e) => e.key === 'musk-open-sourced-grok')!;
    edge.attributes.evidence[0] = { ...anchoredOnly(edge.attributes.evidence)[0]!, start: 0, end: 3 };
    const { root } = panel('musk-open-sourced-grok', 'en', graphFromDataset(broken));
    expect(byAttr(root, 'role', 'note')).toHaveLength(1);
    expect(quoteParagraph(root).textContent).toBe(edge.attributes.evidence[0].exact);
  });

  test('a missing source text or an unknown source is reported in the panel, not thrown', () => {
    expect(byAttr(panel('musk-open-sourced-grok', 'en', graph, {}).root, 'role', 'note')).toHaveLength(1);
    const noSources = testDataset();
    noSources.graph.attributes.sources = [];
    expect(text(panel('musk-open-sourced-grok', 'en', graphFromDataset(noSources)).root)).toContain(`unknown source “${SOURCE_ID}”`);
  });

  test('a hostile summary and claimant name render as literal text', () => {
    const { html, root } = panel('hostile-criticized-openai');
    expect(byTag(root, 'img')).toHaveLength(0);
    expect(text(byTag(root, 'h2')[0])).toBe(HOSTILE);
    expect(text(byAttr(root, 'data-status', 'claim')[0])).toBe(`claim by ${HOSTILE}`);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  test('uses Traditional Chinese UI strings and summaries when lang is zh', () => {
    const { root } = panel('musk-sought-control-openai', 'zh');
    expect(text(byTag(root, 'h2')[0])).toBe('OpenAI稱馬斯克曾希望擁有多數股權和控制權。');
    expect(text(byAttr(root, 'data-status', 'claim')[0])).toBe('OpenAI的說法');
    expect(byTag(root, 'button').map((b) => text(b))).toContain('在文章中顯示');
  });

  test('an unknown relation id renders an alert naming that id', () => {
    expect(text(byAttr(panel('nope').root, 'role', 'alert')[0])).toBe('Unknown relation “nope”.');
  });
});
