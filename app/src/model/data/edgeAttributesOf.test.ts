// edgeAttributesOf: the one relation → edge mapping, shared by the compiler and the test fixtures.
import { describe, expect, it } from 'vitest';
import { buildMiniGraph } from '../testing/miniGraph';
import { edgeAttributesOf } from './compile';

const type = { category: 'conflict', directed: true, defaultStance: 'opposes' } as const;
const summary = { en: 'A sued B.', zh: 'A起訴B。' };

describe('edgeAttributesOf', () => {
  it('takes category and direction from the type, defaults the stance to the type’s, and writes absent dates and claimant as null', () => {
    expect(edgeAttributesOf({ type: 'sued', status: 'fact', summary }, type, [])).toEqual({
      type: 'sued',
      category: 'conflict',
      directed: true,
      stance: 'opposes',
      date: null,
      dateEnd: null,
      status: 'fact',
      claimedBy: null,
      summaryEn: 'A sued B.',
      summaryZh: 'A起訴B。',
      evidence: [],
    });
  });

  it('keeps the stated status and stance: status is never derived from claimedBy', () => {
    const a = edgeAttributesOf({ type: 'sued', status: 'fact', claimedBy: 'b', stance: 'neutral', date: '2024-03', summary }, type, []);
    expect([a.status, a.claimedBy, a.stance, a.date]).toEqual(['fact', 'b', 'neutral', '2024-03']);
  });

  it('is what the mini graph fixture uses: its claims are exactly its relations with a claimant', () => {
    const g = buildMiniGraph();
    const claims = g.filterEdges((_e, a) => a.status === 'claim').sort();
    expect(claims).toEqual(['microsoft-controls-openai', 'microsoft-partner-openai', 'musk-sought-control-openai']);
    expect(g.filterEdges((_e, a) => a.claimedBy !== null).sort()).toEqual(claims);
  });
});
