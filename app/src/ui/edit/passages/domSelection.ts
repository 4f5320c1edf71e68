// Thin DOM glue: the document's selection in an edit-mode reader → a Passage (offsets by selectionOffsets.ts), and the reader made read-only but selectable.
import type { Passage } from '../../../model/edit/passage';
import { PASSAGE_SOURCE_ATTR } from './readOnlyEditable';
import { passageBetween, pointBeforeLine, type LinePoint, type LineRecord } from './selectionOffsets';

const ROOT = `[${PASSAGE_SOURCE_ATTR}]`;

/** What the selection is, seen from the readers: not in one, a passage of one source, or running across two sources / out of the text. */
export type ReadSelection = { kind: 'none' } | { kind: 'passage'; passage: Passage } | { kind: 'cross-source' } | { kind: 'outside' };

const elementOf = (node: Node): Element | null => (node instanceof Element ? node : node.parentElement);

/** Text nodes of a line that are the source's text (count badges and other aria-hidden decorations are not). */
function countedTexts(line: HTMLElement): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement?.closest('[aria-hidden="true"]')) out.push(n as Text);
  }
  return out;
}

/** Characters of the line's source text before the DOM position (container, offset). */
function offsetIn(line: HTMLElement, container: Node, offset: number): number {
  const before = document.createRange();
  before.setStart(line, 0);
  before.setEnd(container, offset);
  let n = 0;
  for (const t of countedTexts(line)) {
    if (t === container) return n + offset;
    if (before.intersectsNode(t)) n += t.length;
  }
  return n;
}

function lineRecords(lines: HTMLElement[]): LineRecord[] {
  return lines.map((p) => ({ start: Number(p.dataset.start), text: countedTexts(p).map((t) => t.data).join('') }));
}

function pointIn(root: Element, lines: HTMLElement[], records: LineRecord[], node: Node, offset: number): LinePoint | null {
  const line = elementOf(node)?.closest<HTMLElement>('p[data-start]');
  if (line && root.contains(line)) return { line: lines.indexOf(line), offset: offsetIn(line, node, offset) };
  if (node === root) {
    const children = [...root.childNodes];
    const linesBefore = children.slice(0, offset).filter((c) => c instanceof HTMLElement && lines.includes(c)).length;
    return pointBeforeLine(records, linesBefore);
  }
  return null;
}

/** Reads a DOM selection: a passage when both its ends are in the text of one edit-mode reader. */
export function readSelection(sel: Selection | null): ReadSelection {
  if (!sel || sel.rangeCount === 0 || !sel.anchorNode || !sel.focusNode) return { kind: 'none' };
  const a = elementOf(sel.anchorNode)?.closest(ROOT) ?? null;
  const f = elementOf(sel.focusNode)?.closest(ROOT) ?? null;
  if (a === null && f === null) return { kind: 'none' };
  if (a === null || f === null) return { kind: 'outside' };
  if (a !== f) return a.getAttribute(PASSAGE_SOURCE_ATTR) === f.getAttribute(PASSAGE_SOURCE_ATTR) ? { kind: 'outside' } : { kind: 'cross-source' };
  const lines = [...a.querySelectorAll<HTMLElement>('p[data-start]')];
  const records = lineRecords(lines);
  const anchor = pointIn(a, lines, records, sel.anchorNode, sel.anchorOffset);
  const focus = pointIn(a, lines, records, sel.focusNode, sel.focusOffset);
  if (!anchor || !focus) return { kind: 'outside' };
  return { kind: 'passage', passage: passageBetween(a.getAttribute(PASSAGE_SOURCE_ATTR) ?? '', records, anchor, focus) };
}
