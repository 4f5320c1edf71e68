// Small read-only helpers over an xmldom tree: element children by local name, attributes, locations, capped values.
import type { Element, Node } from '@xmldom/xmldom';
import type { Where } from '../draft';
import { ImportError, type ImportCaps } from '../report';

const ELEMENT_NODE = 1;

/** Direct element children, optionally only those with this local name (any namespace). */
export function childElements(parent: Element, localName?: string): Element[] {
  const out: Element[] = [];
  for (let node: Node | null = parent.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    if (localName === undefined || element.localName === localName) out.push(element);
  }
  return out;
}

/** The first direct child with this local name. */
export function firstChild(parent: Element, localName: string): Element | undefined {
  return childElements(parent, localName)[0];
}

/** The attribute's value, or undefined when absent. */
export function attributeOf(element: Element, name: string): string | undefined {
  return element.hasAttribute(name) ? (element.getAttribute(name) ?? undefined) : undefined;
}

/** Where an element is, for the report: file, line and (when it has one) its id. */
export function whereOf(file: string, element: Element, id?: string): Where {
  return { file, ...(element.lineNumber ? { line: element.lineNumber } : {}), ...(id !== undefined ? { element: id } : {}) };
}

/** Refuses a value longer than `caps.attributeLength`, naming the element, the attribute and both lengths. */
export function capped(value: string, caps: ImportCaps, where: Where, what: string): string {
  if (value.length > caps.attributeLength) {
    throw new ImportError('attribute-too-long', { ...where, column: what }, {
      en: `${what} is ${value.length} characters long, the limit is ${caps.attributeLength}`,
      zh: `${what} 長 ${value.length} 個字元，上限為 ${caps.attributeLength}`,
    });
  }
  return value;
}

/** Refuses the file once it holds more nodes or edges than the caps allow. */
export function checkCount(kind: 'nodes' | 'edges', count: number, caps: ImportCaps, where: Where): void {
  const limit = caps[kind];
  if (count <= limit) return;
  throw new ImportError(kind === 'nodes' ? 'too-many-nodes' : 'too-many-edges', where, {
    en: `the file has more than ${limit} ${kind} (the limit); nothing was imported`,
    zh: `檔案的${kind === 'nodes' ? '節點' : '邊'}超過 ${limit} 個（上限）；未匯入任何內容`,
  });
}
