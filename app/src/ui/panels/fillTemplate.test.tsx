// Tests of fillTemplate: placeholders become React nodes (kept as text when hostile), unknown keys stay as written.
import { describe, expect, test } from 'vitest';
import { fillTemplate } from './fillTemplate';
import { byTag, render, text } from './testMarkup';

describe('fillTemplate', () => {
  test('puts nodes where the placeholders are and leaves unknown placeholders as written', () => {
    const { root } = render(<p>{fillTemplate('claim by {name} {x}', { name: <bdi>A</bdi> })}</p>);
    expect(text(root)).toBe('claim by A {x}');
    expect(byTag(root, 'bdi').map((b) => b.textContent)).toEqual(['A']);
  });

  test('a hostile value stays text, and inherited keys like constructor are not looked up', () => {
    const { html, root } = render(<p>{fillTemplate('{v} {constructor}', { v: '<img src=x>' })}</p>);
    expect(byTag(root, 'img')).toHaveLength(0);
    expect(html).toContain('&lt;img src=x&gt; {constructor}');
  });
});
