// Tests for selectionAnnouncement: names, kind and relation count for entities; the summary for relations.
import { describe, expect, it } from 'vitest';
import { buildMiniGraph } from '../model/testing/miniGraph';
import { selectionAnnouncement } from './announce';

const graph = buildMiniGraph();

describe('selectionAnnouncement', () => {
  it('announces an entity with its name, kind and number of relations', () => {
    const n = graph.degree('elon-musk');
    expect(selectionAnnouncement(graph, { kind: 'entity', id: 'elon-musk' }, 'en')).toBe(`Selected Elon Musk, person, ${n} relations`);
  });

  it('announces in Chinese with the Chinese name', () => {
    expect(selectionAnnouncement(graph, { kind: 'entity', id: 'elon-musk' }, 'zh')).toContain('馬斯克');
  });

  it('announces a relation by its summary', () => {
    const id = graph.edges()[0] ?? '';
    expect(selectionAnnouncement(graph, { kind: 'relation', id, evidence: 0 }, 'en')).toContain(graph.getEdgeAttribute(id, 'summaryEn'));
  });

  it('announces a cleared selection', () => {
    expect(selectionAnnouncement(graph, null, 'en')).toBe('Selection cleared');
  });

  it('says nothing for an id that is not in the graph', () => {
    expect(selectionAnnouncement(graph, { kind: 'entity', id: 'nobody' }, 'en')).toBe('');
  });
});
