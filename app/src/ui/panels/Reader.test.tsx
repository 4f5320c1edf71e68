// Tests of the Reader: lines, evidence marks, counts, active and flashed spans, clickable mentions, hostile text.
import { describe, expect, test } from 'vitest';
import { evidenceSpans, mentionSpans } from '../../model/queries';
import { Reader, type ReaderProps } from './Reader';
import { itemStarts, readerLines } from './readerLines';
import { t } from '../i18n';
import { HOSTILE, makeTestGraph, SOURCE_ID, TEXT } from './testGraph';
import { byAttr, byTag, render, text, textWithout } from './testMarkup';
import { anchoredOnly } from '../../model/testing/anchored';

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

  test('entity mentions are buttons in the keyboard order (roving tabindex) carrying the entity id and showing its name', () => {
    const { root } = renderReader();
    const musk = byAttr(root, 'data-entity', 'elon-musk');
    expect(musk.length).toBeGreaterThan(3);
    const names = graph.getNodeAttribute('elon-musk', 'aliases');
    for (const m of musk) {
      expect(m.getAttribute('role')).toBe('button');
      expect(['0', '-1']).toContain(m.getAttribute('tabindex'));
      const at = Number(m.getAttribute('data-item'));
      expect(TEXT.slice(at, at + (m.textContent ?? '').length)).toBe(m.textContent);
      expect(names).toContain(text(m));
    }
  });

  test('the text is one Tab stop: exactly one item has tabindex 0, the first in the text, and every other item -1', () => {
    const { root } = renderReader();
    const items = byAttr(root, 'data-item');
    const lines = readerLines(TEXT, evidence, mentions);
    expect(items.map((el) => Number(el.getAttribute('data-item')))).toEqual(itemStarts(lines));
    expect(byAttr(root, 'tabindex', '0')).toEqual([items[0]]);
    expect(items.slice(1).every((el) => el.getAttribute('tabindex') === '-1')).toBe(true);
  });

  test('with an active relation, the single Tab stop is the quote of that relation’s first passage', () => {
    const { root } = renderReader({ activeRelationIds: ['musk-sued-openai'] });
    const stops = byAttr(root, 'tabindex', '0');
    expect(stops).toHaveLength(1);
    const firstActive = byAttr(root, 'data-active', 'true')[0]!;
    expect(byAttr(firstActive, 'tabindex', '0')).toEqual(stops);
    expect(stops[0]!.getAttribute('data-quote')).toBe('true');
  });

  test('an active relation not in the text leaves the Tab stop on the first item; a text without marks has none', () => {
    const { root } = renderReader({ activeRelationIds: ['no-such-relation'] });
    expect(byAttr(root, 'tabindex', '0')).toEqual([byAttr(root, 'data-item')[0]]);
    const bare = renderReader({ text: 'plain', evidence: [], mentions: [] }).root;
    expect(byAttr(bare, 'tabindex', '0')).toHaveLength(0);
  });

  test('the text is a group named by the heading and described by the hint, which explains the keys', () => {
    for (const lang of ['en', 'zh'] as const) {
      const { root } = renderReader({ lang });
      const group = byAttr(root, 'role', 'group')[0]!;
      const hint = byAttr(root, 'id', group.getAttribute('aria-describedby') ?? '')[0];
      const heading = byAttr(root, 'id', group.getAttribute('aria-labelledby') ?? '')[0];
      expect(heading?.localName).toBe('h2');
      expect(text(hint)).toContain(t('panels.readerHint', lang));
      expect(text(hint)).toContain(t('panels.readerKeys', lang));
    }
  });

  test('marks the flashed range, and only marks touching it, with the flash class (motion only when allowed)', () => {
    const ev = anchoredOnly(graph.getEdgeAttribute('khosla-criticized-musk', 'evidence'))[0]!;
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
