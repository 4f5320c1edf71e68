// Selection announcements for the live region: "Selected Elon Musk, person, 42 relations".
import type { EvidenceGraph } from '../model/graph';
import type { Lang, Selection } from '../state/types';
import { parallelRelations } from '../model/queries';
import { t } from './i18n';

/** The sentence announced when the selection changes (plain text). */
export function selectionAnnouncement(graph: EvidenceGraph, sel: Selection, lang: Lang): string {
  if (sel === null) return t('shell.selectionCleared', lang);
  if (sel.kind === 'entity') {
    if (!graph.hasNode(sel.id)) return '';
    const a = graph.getNodeAttributes(sel.id);
    const kind = graph.getAttribute('vocabulary').kinds.find((k) => k.id === a.kind)?.label[lang] ?? a.kind;
    const name = lang === 'zh' ? a.labelZh || a.label : a.label;
    return t('shell.selectedEntity', lang, { name, kind: lang === 'en' ? kind.toLowerCase() : kind, count: graph.degree(sel.id) });
  }
  if (sel.kind === 'bundle') {
    const [a = '', b = ''] = sel.id.split('~');
    if (!graph.hasNode(a) || !graph.hasNode(b)) return '';
    const name = (id: string): string => (lang === 'zh' ? graph.getNodeAttribute(id, 'labelZh') || graph.getNodeAttribute(id, 'label') : graph.getNodeAttribute(id, 'label'));
    return t('bundles.selected', lang, { a: name(a), b: name(b), count: parallelRelations(graph, a, b).length });
  }
  if (!graph.hasEdge(sel.id)) return '';
  const a = graph.getEdgeAttributes(sel.id);
  return t('shell.selectedRelation', lang, { label: lang === 'zh' ? a.summaryZh : a.summaryEn });
}
