// Markdown evidence report: every visible relation, grouped by type, with summary, claimant, date, quote and deep link.
import type { EvidenceGraph } from '../graph';
import { isAnchored, type EdgeAttributes } from '../schema';
import { escapeMarkdownInline as inline, markdownBlockquote, markdownLinkTarget } from './markdownEscape';
import { relationTypeLabel } from './relationLabel';
import { isEdgeVisible, type VisibleSet } from './subset';

export interface MarkdownReportOptions {
  lang: 'en' | 'zh';
  /** Deep link (absolute or relative URL) that opens the app on this relation. */
  linkFor: (relationId: string) => string;
  title: string;
  /** When the report was made, as shown (e.g. `2024-03-18`). */
  date: string;
}

const WORDS = {
  en: { relations: 'relations', entities: 'entities', fact: 'Reported as fact', claim: 'Claim by', undated: 'Undated', date: 'Date', open: 'Open in Evidence Graph', source: 'Source', chars: 'characters', unanchored: 'not anchored (source text not provided)', generated: 'Generated' },
  zh: { relations: '條關係', entities: '個實體', fact: '報導為事實', claim: '主張者', undated: '未註明日期', date: '日期', open: '在 Evidence Graph 中開啟', source: '來源', chars: '字元', unanchored: '未定位(未提供來源全文)', generated: '產生於' },
} as const;

interface Row {
  id: string;
  source: string;
  target: string;
  undirected: boolean;
  attributes: EdgeAttributes;
}

function compareRows(a: Row, b: Row): number {
  const da = a.attributes.date ?? '\uffff';
  const db = b.attributes.date ?? '\uffff';
  if (da !== db) return da < db ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * A Markdown report of every visible relation, grouped by relation type (vocabulary order),
 * each with its ends, summary, fact/claim and claimant, date, every quote as a blockquote with
 * its source reference, and its deep link. All text from data is escaped so it stays text.
 */
export function toMarkdownReport(graph: EvidenceGraph, visible: VisibleSet | undefined, opts: MarkdownReportOptions): string {
  const words = WORDS[opts.lang];
  const attributes = graph.getAttributes();
  const name = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, opts.lang === 'zh' ? 'labelZh' : 'label') : id);
  const groups = new Map<string, Row[]>();
  graph.forEachEdge((id, a, source, target, _sa, _ta, undirected) => {
    if (!isEdgeVisible(graph, id, visible)) return;
    const list = groups.get(a.type) ?? [];
    list.push({ id, source, target, undirected, attributes: a });
    groups.set(a.type, list);
  });
  const order = (attributes.vocabulary?.relationTypes ?? []).map((t) => t.id);
  const rank = (type: string) => (order.includes(type) ? order.indexOf(type) : order.length);
  const types = [...groups.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const nodeCount = visible ? graph.filterNodes((n) => visible.nodes.has(n)).length : graph.order;
  const relationCount = [...groups.values()].reduce((sum, list) => sum + list.length, 0);
  const sourceTitle = (id: string) => attributes.sources?.find((s) => s.id === id)?.title[opts.lang] ?? id;

  const out = [`# ${inline(opts.title)}`, '', `${words.generated} ${inline(opts.date)} · ${relationCount} ${words.relations} · ${nodeCount} ${words.entities}`];
  for (const type of types) {
    const rows = (groups.get(type) ?? []).sort(compareRows);
    out.push('', `## ${inline(relationTypeLabel(attributes, type, opts.lang))} (${rows.length})`);
    for (const row of rows) {
      const a = row.attributes;
      const arrow = row.undirected ? '—' : '→';
      out.push('', `### ${inline(name(row.source))} ${arrow} ${inline(name(row.target))}`, '');
      out.push(inline(opts.lang === 'zh' ? a.summaryZh : a.summaryEn), '');
      const status = a.status === 'claim' ? `${words.claim} ${inline(a.claimedBy === null ? '?' : name(a.claimedBy))}` : words.fact;
      const date = a.date === null ? words.undated : inline(a.dateEnd ? `${a.date} – ${a.dateEnd}` : a.date);
      out.push(`- ${status}`, `- ${words.date}: ${date}`);
      for (const evidence of a.evidence) {
        out.push('', markdownBlockquote(evidence.exact), '>', `> — ${words.source}: ${inline(sourceTitle(evidence.source))}, ${isAnchored(evidence) ? `${words.chars} ${evidence.start}–${evidence.end}` : words.unanchored}`);
      }
      const target = markdownLinkTarget(opts.linkFor(row.id));
      if (target !== null) out.push('', `[${words.open}](<${target}>) · ${inline(row.id)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
