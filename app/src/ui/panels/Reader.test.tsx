// Tests of the Reader: lines, evidence marks, counts, active and flashed spans, clickable mentions, hostile text.
import { describe, expect, test } from 'vitest';
import { evidenceSpans, mentionSpans } from '../../model/queries';
import { Reader, type ReaderProps } from './Reader';
import { HOSTILE, makeTestGraph, SOURCE_ID, TEXT } from './testGraph';
import { byAttr, byTag, render, text, textWithout } from './testMarkup';

const graph = makeTestGraph();
const evidence = evidenceSpans(graph, SOURCE_ID);
const mentions = mentionSpans(graph, SOURCE_ID);
const noop = () => {};

function renderReader(overrides: Partial<ReaderProps> = {}) {
  const props: ReaderProps = { text: TEXT, lang: 'en', evidence, mentions, activeRelationIds: [], flash: null, onSelectRelations: noop, onSelectEntity: noop, ...overrides };
  return render(<Reader {...props} />);
}
const range = (el: { getAttribute(n: string): string | null }) => [Number(el.getAttribute('data-start')), Number(el.getAttribute('data-end'))];

describe('Reader', () => {
  test('renders one <p> per line of the article, keeping each line’s text', () => {
    const { root } = renderReader();
    const paragraphs = byTag(root, 'p').filter((el) => el.hasAttribute('data-start'));
    const withoutCounts = paragraphs.map((p) => textWithout(p, 'sup'));
    expect(withoutCounts).toEqual(TEXT.split('\n'));
  });

  test('produces exactly one <mark> per evidence segment, holding that segment’s text and relation ids', () => {
    const { root } = renderReader();
    const marks = byTag(root, 'mark');
    expect(marks.map((m) => [...range(m), m.getAttribute('data-relations')])).toEqual(evidence.map((s) => [s.start, s.end, s.ids.join(' ')]));
    for (const mark of marks) {
      const [start, end] = range(mark);
      expect(byAttr(mark, 'role', 'button').map((b) => b.textContent).join('')).toBe(TEXT.slice(start, end));
    }
  });

  test('a span backing two relations shows the count 2 and names it in a tooltip', () => {
    const { root } = renderReader();
    const shared = byTag(root, 'mark').find((m) => m.getAttribute('data-relations') === 'altman-cofounded-openai musk-cofounded-openai');
    expect(text(byTag(shared!, 'sup')[0])).toBe('2');
    expect(byAttr(shared!, 'title', '2 relations').length).toBeGreaterThan(0);
  });

  test('only the spans of the active relation are emphasised', () => {
    const { root } = renderReader({ activeRelationIds: ['musk-sued-openai'] });
    const expected = evidence.filter((s) => s.ids.includes('musk-sued-openai'));
    expect(expected.length).toBeGreaterThan(1);
    expect(byAttr(root, 'data-active', 'true').map(range)).toEqual(expected.map((s) => [s.start, s.end]));
  });

  test('entity mentions are keyboard-focusable buttons carrying the entity id and showing its name', () => {
    const { root } = renderReader();
    const musk = byAttr(root, 'data-entity', 'elon-musk');
    expect(musk.length).toBeGreaterThan(3);
    const names = graph.getNodeAttribute('elon-musk', 'aliases');
    for (const m of musk) {
      expect(m.getAttribute('role')).toBe('button');
      expect(m.getAttribute('tabindex')).toBe('0');
      expect(names).toContain(text(m));
    }
  });

  test('marks the flashed range, and only marks touching it, with the flash class (motion only when allowed)', () => {
    const ev = graph.getEdgeAttribute('khosla-criticized-musk', 'evidence')[0]!;
    const { root } = renderReader({ flash: { start: ev.start, end: ev.end, nonce: 1 } });
    const expected = evidence.filter((s) => s.start < ev.end && s.end > ev.start).map((s) => [s.start, s.end]);
    const flashed = byAttr(root, 'data-flash', 'true');
    expect(flashed.map(range)).toEqual(expected);
    expect(flashed[0]!.getAttribute('class')).toContain('eg-flash');
    expect(flashed[0]!.getAttribute('class')).toContain('motion-safe:animate-');
  });

  test('hostile markup in the text and title renders as literal text, creating no element', () => {
    const evil = `${HOSTILE}\n<svg onload=alert(1)>`;
    const { html, root } = renderReader({ text: evil, title: HOSTILE, evidence: [{ start: 0, end: 5, ids: ['r'] }], mentions: [] });
    expect(byTag(root, 'img')).toHaveLength(0);
    expect(byAttr(root, 'onload')).toHaveLength(0);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text(byTag(root, 'bdi')[0])).toBe(HOSTILE);
  });

  test('uses the Chinese UI strings when lang is zh and tags the text with its language', () => {
    const { root } = renderReader({ lang: 'zh', textLang: 'zh-Hant' });
    expect(text(byTag(root, 'h2')[0])).toBe('文章');
    expect(byAttr(root, 'lang', 'zh-Hant')).toHaveLength(1);
  });
});
