// Any draft, however hostile its ids and names, normalises into a dataset the app loads, or fails with an ImportError.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphFromDataset } from '../graph';
import type { DraftDataset } from './draft';
import { normalizeDraft } from './normalize';
import { BASE_VOCABULARY } from './normalize/testVocabulary';
import { emptyReport } from './report';

const nasty = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', ' ', 'a', 'A', 'ａ', '馬斯克', '<b>x</b>', 'x\u0000y', '=1+1', '😀'),
  fc.string({ maxLength: 12 }),
);

const draftArb = fc
  .record({
    entities: fc.array(fc.record({ id: nasty, label: fc.option(nasty, { nil: undefined }), kind: fc.option(nasty, { nil: undefined }) }), { maxLength: 8 }),
    relations: fc.array(
      fc.record({ source: nasty, target: nasty, type: fc.option(nasty, { nil: undefined }), date: fc.option(nasty, { nil: undefined }), status: fc.option(nasty, { nil: undefined }), claimedBy: fc.option(nasty, { nil: undefined }), quote: fc.option(nasty, { nil: undefined }) }),
      { maxLength: 10 },
    ),
    implied: fc.boolean(),
  })
  .map(
    ({ entities, relations, implied }): DraftDataset => ({
      sources: [{ id: '__proto__', title: 'constructor', text: 'a A ａ 馬斯克 =1+1', where: { file: 't.txt' } }],
      impliedEntities: implied,
      entities: entities.map((e, i) => ({ ...e, where: { file: 'e.csv', row: i + 2 } })),
      relations: relations.map(({ quote, ...r }, i) => ({
        ...r,
        evidence: quote === undefined ? [] : [{ quote, source: 'constructor', where: { file: 'r.csv', row: i + 2, column: 'Quote' } }],
        where: { file: 'r.csv', row: i + 2 },
      })),
    }),
  );

describe('normalizeDraft on arbitrary drafts', () => {
  it('always yields a loadable graph with unique safe keys, existing ends, no self-loops, and every skip reported', () => {
    fc.assert(
      fc.property(draftArb, (draft) => {
        const report = emptyReport();
        const data = normalizeDraft(draft, report, { baseVocabulary: BASE_VOCABULARY });
        const graph = graphFromDataset(data);
        const keys = data.graph.nodes.map((n) => n.key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const key of [...keys, ...Object.keys(data.texts)]) expect(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']).not.toContain(key);
        graph.forEachEdge((_e, _a, s, t) => expect(s).not.toBe(t));
        expect(graph.size + report.counts.skippedRelations).toBe(draft.relations.length);
        expect(report.issues.filter((i) => i.severity === 'warning' && ['unknown-entity', 'self-loop', 'missing-end'].includes(i.code)).length).toBeGreaterThanOrEqual(report.counts.skippedRelations);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });
});
