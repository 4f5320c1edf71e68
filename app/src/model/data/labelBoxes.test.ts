// Tests for the label geometry: wrapping as Cytoscape wraps, generous width bounds, node sizes and boxes.
import { describe, expect, it } from 'vitest';
import { LABEL_FONT_SIZE, LABEL_LINE_HEIGHT, LABEL_WRAP_WIDTH, NODE_MAX, NODE_MIN, labelBoxWidth, labelWidth, nodeBox, nodeDiameter, wrapLabel } from './labelBoxes';

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('Elon Musk')).toEqual(['Elon Musk']);
  });

  it('breaks a long label at spaces into lines no wider than the wrap width, keeping every word', () => {
    const label = "Andreessen's post on OpenAI's blog (2024-03-06)";
    const lines = wrapLabel(label);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(labelWidth(line.trimEnd())).toBeLessThanOrEqual(LABEL_WRAP_WIDTH);
    expect(lines.join('').split(/\s+/).filter(Boolean)).toEqual(label.split(' '));
  });

  it('never splits a word or a CJK run without spaces (Cytoscape breaks only at whitespace)', () => {
    const cjk = '馬斯克與奧特曼的私人郵件往來與更多內容';
    expect(labelWidth(cjk)).toBeGreaterThan(LABEL_WRAP_WIDTH);
    expect(wrapLabel(cjk)).toEqual([cjk]);
    expect(wrapLabel('Supercalifragilisticexpialidocious-and-more')).toEqual(['Supercalifragilisticexpialidocious-and-more']);
  });
});

describe('labelBoxWidth', () => {
  it('is the whole width for one-line labels and at most the wrap width for wrapped ones', () => {
    expect(labelBoxWidth('Musk')).toBe(labelWidth('Musk'));
    expect(labelBoxWidth('a b c d e f g h i j k l m n o p q r s t u v w x y z')).toBe(LABEL_WRAP_WIDTH);
  });

  it('widens to the longest unbreakable word', () => {
    const word = 'W'.repeat(30);
    expect(labelBoxWidth(`${word} x`)).toBe(labelWidth(word));
  });
});

describe('nodeBox', () => {
  it('grows nodes with degree between the stylesheet’s bounds', () => {
    expect(nodeDiameter(0)).toBe(NODE_MIN);
    expect(nodeDiameter(1000)).toBe(NODE_MAX);
    expect(nodeDiameter(10)).toBeGreaterThan(NODE_MIN);
  });

  it('sizes the box for the widest and tallest of the labels given (English and Chinese)', () => {
    const one = nodeBox(['Musk']);
    const both = nodeBox(['Musk', "Musk's complaint against OpenAI (2024-03-01)"]);
    expect(both.halfWidth).toBeGreaterThan(one.halfWidth);
    const extraLines = wrapLabel("Musk's complaint against OpenAI (2024-03-01)").length - 1;
    expect(both.bottom - one.bottom).toBeCloseTo(extraLines * LABEL_FONT_SIZE * LABEL_LINE_HEIGHT, 5);
    expect(nodeBox(['Musk'], 40).top).toBeGreaterThan(one.top);
  });
});
