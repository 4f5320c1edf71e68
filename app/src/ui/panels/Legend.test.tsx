// Tests of the legend: generated from the vocabulary, shapes/arrows from the tokens, solid vs dashed lines.
import { describe, expect, test } from 'vitest';
import { categoryTokens } from '../../../../tailwind.config';
import { kindStyle } from '../../model/kindStyle';
import { Legend } from './Legend';
import { makeTestGraph } from './testGraph';
import { byAttr, byTag, render, text } from './testMarkup';

const graph = makeTestGraph();
const vocabulary = graph.getAttribute('vocabulary');

describe('Legend', () => {
  test('has one entry per vocabulary kind, each with its token shape and its text label', () => {
    const { root } = render(<Legend graph={graph} lang="en" />);
    const entries = byTag(root, 'li').filter((li) => li.hasAttribute('data-kind'));
    expect(entries.map((li) => li.getAttribute('data-kind'))).toEqual(vocabulary.kinds.map((k) => k.id));
    for (const [i, li] of entries.entries()) {
      const kind = vocabulary.kinds[i]!;
      expect(text(li)).toBe(kind.label.en);
      expect(byTag(li, 'svg')[0]?.getAttribute('data-shape')).toBe(kindStyle(kind.id).shape);
    }
  });

  test('has one entry per vocabulary category, each with its token arrow, colour and text label', () => {
    const { root } = render(<Legend graph={graph} lang="zh" />);
    const entries = byTag(root, 'li').filter((li) => li.hasAttribute('data-category'));
    expect(entries.map((li) => text(li))).toEqual(vocabulary.categories.map((c) => c.label.zh));
    for (const [i, li] of entries.entries()) {
      const token = categoryTokens[vocabulary.categories[i]!.id];
      const svg = byTag(li, 'svg')[0]!;
      expect(svg.getAttribute('data-arrow')).toBe(token.arrow);
      expect(byTag(svg, 'line')[0]?.getAttribute('stroke')).toBe(token.color);
    }
  });

  test('shows facts as a solid line and claims as a dashed line, each explained in words', () => {
    const { root } = render(<Legend graph={graph} lang="en" />);
    const line = (status: string) => byTag(byAttr(root, 'data-status', status)[0]!, 'line')[0]!;
    expect(line('fact').hasAttribute('stroke-dasharray')).toBe(false);
    expect(line('claim').getAttribute('stroke-dasharray')).toBeTruthy();
    expect(text(byAttr(root, 'data-status', 'claim')[0])).toContain('dashed');
  });

  test('is a region labelled by its heading', () => {
    const { root } = render(<Legend graph={graph} lang="en" />);
    const section = byTag(root, 'section')[0]!;
    expect(byAttr(root, 'id', section.getAttribute('aria-labelledby') ?? '')[0]?.localName).toBe('h2');
  });
});
