// Test helper: renders a React element to static markup and parses it (xmldom, no jsdom) for structural assertions.
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';

export type { Element };

/** The markup string and its parsed root element. */
export function render(element: ReactElement): { html: string; root: Element } {
  const html = renderToStaticMarkup(element);
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const root = doc.documentElement;
  if (!root) throw new Error('testMarkup: markup did not parse');
  return { html, root };
}

/** Every element under `root` (depth first, document order) that passes `test`. */
export function findAll(root: Node, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1) {
        const el = child as Element;
        if (test(el)) out.push(el);
      }
      walk(child);
    }
  };
  walk(root);
  return out;
}

/** Elements with tag `tag` (lower case). */
export function byTag(root: Node, tag: string): Element[] {
  return findAll(root, (el) => el.localName === tag);
}

/** Elements carrying attribute `name` (equal to `value` when given). */
export function byAttr(root: Node, name: string, value?: string): Element[] {
  return findAll(root, (el) => el.hasAttribute(name) && (value === undefined || el.getAttribute(name) === value));
}

/** The text of an element with whitespace runs collapsed. */
export function text(el: Node | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The raw text of `node`, leaving out the content of elements named `skip` (e.g. count badges). */
export function textWithout(node: Node, skip: string): string {
  let out = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out += child.nodeValue ?? '';
    else if (child.nodeType === 1 && (child as Element).localName !== skip) out += textWithout(child, skip);
  }
  return out;
}
