// datasetIndexFromGraph: reads entity ids, relation evidence counts, vocabulary types and text length from the model.
import { describe, expect, it } from 'vitest';
import { graphFromSerialized } from '../model/graph';
import type { EdgeAttributes, NodeAttributes, SerializedGraph } from '../model/schema';
import { datasetIndexFromGraph } from './datasetIndex';

const node = (label: string): NodeAttributes => ({
  kind: 'person',
  label,
  labelZh: label,
  aliases: [],
  descriptionEn: label,
  descriptionZh: label,
  mentions: [],
  x: 0,
  y: 0,
});
const ev = { source: 's1', exact: 'q', prefix: '', suffix: '', start: 0, end: 1 };
const edge = (type: string, n: number): EdgeAttributes => ({
  type,
  category: 'conflict',
  directed: true,
  stance: 'opposes',
  date: null,
  dateEnd: null,
  status: 'claim',
  claimedBy: null,
  summaryEn: 's',
  summaryZh: 's',
  evidence: Array.from({ length: n }, () => ev),
});
const label = { en: 'x', zh: 'x' };
const source = (id: string, length: number) => ({ id, title: label, language: 'zh-Hant', published: '2024', sha256: 'a'.repeat(64), length });

const data: SerializedGraph = {
  attributes: {
    name: 't',
    sources: [source('s1', 4861), source('s2', 900)],
    vocabulary: {
      kinds: [{ id: 'person', label, plural: label }],
      categories: [{ id: 'conflict', label }],
      relationTypes: [
        { id: 'sued', label, category: 'conflict', directed: true, defaultStance: 'opposes' },
        { id: 'criticized', label, category: 'conflict', directed: true, defaultStance: 'opposes' },
      ],
    },
  },
  options: { type: 'mixed', multi: true, allowSelfLoops: false },
  nodes: [
    { key: 'elon-musk', attributes: node('Musk') },
    { key: 'openai', attributes: node('OpenAI') },
  ],
  edges: [
    { key: 'musk-sues-openai', source: 'elon-musk', target: 'openai', attributes: edge('sued', 3) },
    { key: 'musk-criticizes-openai', source: 'elon-musk', target: 'openai', attributes: edge('criticized', 1) },
  ],
};

describe('datasetIndexFromGraph', () => {
  it('indexes node keys, edge keys with their evidence counts, relation types and the longest source', () => {
    const ix = datasetIndexFromGraph(graphFromSerialized(data));
    expect([...ix.entities].sort()).toEqual(['elon-musk', 'openai']);
    expect(Object.fromEntries(ix.relations)).toEqual({ 'musk-criticizes-openai': 1, 'musk-sues-openai': 3 });
    expect([...ix.relationTypes].sort()).toEqual(['criticized', 'sued']);
    expect(ix.textLength).toBe(4861);
  });
});
