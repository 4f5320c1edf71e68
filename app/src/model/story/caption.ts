// Story captions: the tiny safe markup (bold, italic, step/entity/relation/http links) parsed to CaptionNode[]; all else is literal text.
import type { CaptionNode } from './types';

/** Longest caption the parser reads (longer text is still parsed; past this the rest is kept as literal text). */
export const MAX_CAPTION = 4000;
/** Highest step number a `step:` link may name. */
const MAX_STEP_LINK = 999;

type Children = CaptionNode[];

/** Appends text, merging with a preceding text node. */
function pushText(out: Children, text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last !== undefined && last.type === 'text') out[out.length - 1] = { type: 'text', text: last.text + text };
  else out.push({ type: 'text', text });
}

/** A link target as a node builder, or null when the target is not one of the allowed forms (then the whole link stays text). */
function linkTarget(href: string): ((children: Children) => CaptionNode) | null {
  const step = /^step:([1-9]\d{0,2})$/.exec(href);
  if (step) {
    const n = Number(step[1]);
    return n <= MAX_STEP_LINK ? (children) => ({ type: 'step', step: n, children }) : null;
  }
  const ref = /^(entity|relation):([^\s()[\]<>"'`\\]+)$/.exec(href);
  if (ref) {
    const id = ref[2] as string;
    return ref[1] === 'entity' ? (children) => ({ type: 'entity', id, children }) : (children) => ({ type: 'relation', id, children });
  }
  if (!/^https?:\/\/[^\s<>"'`\\]+$/i.test(href)) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return null;
  return (children) => ({ type: 'link', href: url.href, children });
}

/** Emphasis hugs its words (as in Markdown): `2 * 3 * 4` and `a ** b **` stay literal. */
function flanked(text: string, from: number, to: number): boolean {
  return !/\s/.test(text[from] as string) && !/\s/.test(text[to - 1] as string);
}

/**
 * Parses `text[from, to)`. `allowLinks` is false inside link words (no links in links); `allowBold`/`allowItalic`
 * are false inside a span of the same kind (no `**` inside bold, no `*` inside italic).
 */
function parseRange(text: string, from: number, to: number, allow: { links: boolean; bold: boolean; italic: boolean }): Children {
  const out: Children = [];
  let plain = '';
  let i = from;
  const flush = (): void => {
    pushText(out, plain);
    plain = '';
  };
  while (i < to) {
    const ch = text[i] as string;
    if (ch === '*' && text[i + 1] === '*' && allow.bold) {
      const close = text.indexOf('**', i + 2);
      if (close > i + 2 && close + 2 <= to && flanked(text, i + 2, close)) {
        flush();
        out.push({ type: 'bold', children: parseRange(text, i + 2, close, { ...allow, bold: false }) });
        i = close + 2;
        continue;
      }
      plain += '**';
      i += 2;
      continue;
    }
    if (ch === '*' && text[i + 1] !== '*' && allow.italic) {
      const close = text.indexOf('*', i + 1);
      // An italic span holds no `*`, ends on a single `*` (not the start of `**`) and hugs its words.
      if (close > i + 1 && close < to && text[close + 1] !== '*' && flanked(text, i + 1, close)) {
        flush();
        out.push({ type: 'italic', children: parseRange(text, i + 1, close, { ...allow, italic: false }) });
        i = close + 1;
        continue;
      }
    }
    if (ch === '[' && allow.links) {
      const link = readLink(text, i, to);
      if (link !== null) {
        flush();
        out.push(link.make(parseRange(text, i + 1, link.wordsEnd, { links: false, bold: allow.bold, italic: allow.italic })));
        i = link.end;
        continue;
      }
    }
    plain += ch;
    i += 1;
  }
  flush();
  return out;
}

/** `[words](target)` starting at `at`: words non-empty without brackets, target without spaces or parentheses. */
function readLink(text: string, at: number, to: number): { wordsEnd: number; end: number; make: (children: Children) => CaptionNode } | null {
  const wordsEnd = text.indexOf(']', at + 1);
  if (wordsEnd <= at + 1 || wordsEnd >= to || text[wordsEnd + 1] !== '(') return null;
  const words = text.slice(at + 1, wordsEnd);
  if (words.includes('[') || words.trim() === '') return null;
  const targetEnd = text.indexOf(')', wordsEnd + 2);
  if (targetEnd < 0 || targetEnd >= to) return null;
  const href = text.slice(wordsEnd + 2, targetEnd);
  if (href === '' || /[\s(]/.test(href)) return null;
  const make = linkTarget(href);
  return make === null ? null : { wordsEnd, end: targetEnd + 1, make };
}

/**
 * Parses a caption into nodes. Syntax: `**bold**`, `*italic*`, `[words](step:3)`, `[words](entity:<id>)`,
 * `[words](relation:<id>)`, `[words](https://…)`. Everything else is literal text: unbalanced markers, other link
 * targets (`javascript:`, `data:`, relative), nested brackets, HTML tags. Never throws; adjacent text is merged.
 */
export function parseCaption(text: string): CaptionNode[] {
  const head = text.length > MAX_CAPTION ? text.slice(0, MAX_CAPTION) : text;
  const nodes = parseRange(head, 0, head.length, { links: true, bold: true, italic: true });
  if (head.length < text.length) pushText(nodes, text.slice(MAX_CAPTION));
  return nodes;
}

/** The caption as plain text: what a reader sees, without markup. */
export function captionText(nodes: readonly CaptionNode[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.text : captionText(n.children))).join('');
}

/** What a caption cites: entity and relation ids and step numbers, each once, in order of appearance. */
export interface CaptionRefs {
  entities: string[];
  relations: string[];
  steps: number[];
}

/** Lists the entity ids, relation ids and step numbers a caption links to (for validation). */
export function captionRefs(nodes: readonly CaptionNode[]): CaptionRefs {
  const refs: CaptionRefs = { entities: [], relations: [], steps: [] };
  const add = <T>(list: T[], value: T): void => {
    if (!list.includes(value)) list.push(value);
  };
  const walk = (list: readonly CaptionNode[]): void => {
    for (const n of list) {
      if (n.type === 'text') continue;
      if (n.type === 'entity') add(refs.entities, n.id);
      else if (n.type === 'relation') add(refs.relations, n.id);
      else if (n.type === 'step') add(refs.steps, n.step);
      walk(n.children);
    }
  };
  walk(nodes);
  return refs;
}
