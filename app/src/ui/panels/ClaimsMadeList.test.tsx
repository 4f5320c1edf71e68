// Tests of the "Claims made by" section: which relations, in what order, what each shows, its callbacks, Chinese, hostile names.
import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { describe, expect, test, vi } from 'vitest';
import type { Lang } from '../../state/types';
import { ClaimsMadeList, claimsMadeBy, type ClaimsMadeListProps } from './ClaimsMadeList';
import { DetailsPanel } from './DetailsPanel';
import { HOSTILE, makeTestGraph } from './testGraph';
import { byAttr, byTag, render, text } from './testMarkup';

const graph = makeTestGraph();
const noop = () => {};
const props = (entityId: string, lang: Lang = 'en', over: Partial<ClaimsMadeListProps> = {}): ClaimsMadeListProps => ({
  graph,
  entityId,
  lang,
  activeRelationId: null,
  onSelectRelation: noop,
  onSelectEntity: noop,
  ...over,
});
const section = (entityId: string, lang: Lang = 'en', over: Partial<ClaimsMadeListProps> = {}) => render(<ClaimsMadeList {...props(entityId, lang, over)} />).root;

type Host = ReactElement<{ children?: ReactNode; onClick?: () => void; type?: string }>;
/** Host <button> elements of a rendered tree (components below it are not expanded). */
function buttons(node: ReactNode): Host[] {
  if (Array.isArray(node)) return node.flatMap(buttons);
  if (!isValidElement<{ children?: ReactNode }>(node)) return [];
  const own = node.type === 'button' ? [node as Host] : [];
  return [...own, ...buttons(node.props.children)];
}

describe('claimsMadeBy', () => {
  test('returns exactly the relations whose claimedBy is the entity, dated first in date order, undated last', () => {
    expect(claimsMadeBy(graph, 'openai')).toEqual(['musk-sought-control-openai', 'microsoft-partner-openai']);
    expect(claimsMadeBy(graph, 'elon-musk')).toEqual(['microsoft-controls-openai']);
    expect(claimsMadeBy(graph, 'sam-altman')).toEqual([]);
    expect(claimsMadeBy(graph, 'no-such-entity')).toEqual([]);
  });
});

describe('ClaimsMadeList', () => {
  test('an entity that claims nothing renders nothing', () => {
    expect(render(<ClaimsMadeList {...props('sam-altman')} />).html).toBe('');
  });

  test('heads the list “Claims made by <name> (N)” and lists every claim once', () => {
    const root = section('openai');
    expect(text(byTag(root, 'h3')[0])).toBe('Claims made by OpenAI (2)');
    expect(byAttr(root, 'data-claim').map((li) => li.getAttribute('data-claim'))).toEqual(claimsMadeBy(graph, 'openai'));
  });

  test('each claim shows its summary, both ends as entity buttons, its date or “undated”, and its first quote', () => {
    const root = section('openai');
    const [sought, partner] = byAttr(root, 'data-claim');
    expect(text(byTag(sought!, 'button')[0])).toBe(graph.getEdgeAttribute('musk-sought-control-openai', 'summaryEn'));
    expect(byTag(sought!, 'button').map((b) => b.getAttribute('data-entity')).filter(Boolean)).toEqual(['elon-musk', 'openai']);
    expect(text(byTag(sought!, 'time')[0])).toBe('2017 – 2018-02');
    expect(text(byTag(sought!, 'blockquote')[0])).toBe(graph.getEdgeAttribute('musk-sought-control-openai', 'evidence')[0]!.exact);
    expect(text(partner)).toContain('undated');
  });

  test('a claim that does not involve the claimant is listed too: Musk’s claim about Microsoft and OpenAI', () => {
    const [item] = byAttr(section('elon-musk'), 'data-claim');
    expect(item?.getAttribute('data-claim')).toBe('microsoft-controls-openai');
    expect(byTag(item!, 'button').map((b) => b.getAttribute('data-entity')).filter(Boolean)).toEqual(['microsoft', 'openai']);
  });

  test('marks the active claim as current', () => {
    const root = section('openai', 'en', { activeRelationId: 'microsoft-partner-openai' });
    expect(byAttr(root, 'aria-current', 'true').map((b) => text(b))).toEqual([graph.getEdgeAttribute('microsoft-partner-openai', 'summaryEn')]);
  });

  test('the “Show only <name>’s claims” button appears only with onShowClaimsBy and calls it with the entity id', () => {
    expect(text(section('openai')).includes('Show only')).toBe(false);
    const onShowClaimsBy = vi.fn();
    const root = section('openai', 'en', { onShowClaimsBy });
    expect(byTag(root, 'button').map((b) => text(b))).toContain('Show only OpenAI’s claims');
    const [show, ...summaries] = buttons(ClaimsMadeList(props('openai', 'en', { onShowClaimsBy })));
    expect(summaries).toHaveLength(2);
    show!.props.onClick?.();
    expect(onShowClaimsBy.mock.calls).toEqual([['openai']]);
  });

  test('clicking a claim’s summary selects that relation (which opens its evidence)', () => {
    const onSelectRelation = vi.fn();
    const [, first, second] = buttons(ClaimsMadeList(props('openai', 'en', { onSelectRelation, onShowClaimsBy: noop })));
    first!.props.onClick?.();
    second!.props.onClick?.();
    expect(onSelectRelation.mock.calls).toEqual([['musk-sought-control-openai'], ['microsoft-partner-openai']]);
  });

  test('speaks Chinese when lang is zh', () => {
    const root = section('openai', 'zh', { onShowClaimsBy: noop });
    expect(text(byTag(root, 'h3')[0])).toBe('OpenAI提出的說法 (2)');
    expect(byTag(root, 'button').map((b) => text(b))).toContain('只顯示OpenAI的說法');
    expect(text(byTag(byAttr(root, 'data-claim')[0]!, 'button')[0])).toBe(graph.getEdgeAttribute('musk-sought-control-openai', 'summaryZh'));
  });

  test('a hostile claimant name and summary stay literal text inside <bdi>, creating no element', () => {
    const { html, root } = render(<ClaimsMadeList {...props('hostile', 'en', { onShowClaimsBy: noop })} />);
    expect(byTag(root, 'img')).toHaveLength(0);
    expect(html).not.toContain('<img');
    expect(text(byTag(byTag(root, 'h3')[0]!, 'bdi')[0])).toBe(HOSTILE);
    expect(text(byTag(byAttr(root, 'data-claim')[0]!, 'button')[0])).toBe(HOSTILE);
  });
});

describe('DetailsPanel with claims', () => {
  test('shows the claims section after the relations for a claimant, and none for an entity that claims nothing', () => {
    const details = (id: string) => render(<DetailsPanel graph={graph} entityId={id} lang="en" onSelectEntity={noop} onSelectRelation={noop} onShowClaimsBy={noop} />).root;
    const openai = details('openai');
    expect(byAttr(openai, 'data-claims-by', 'openai')).toHaveLength(1);
    const headings = byTag(openai, 'h3').map((h) => text(h));
    expect(headings.indexOf('Claims made by OpenAI (2)')).toBeGreaterThan(headings.findIndex((h) => h.startsWith('Relations')));
    expect(byAttr(details('sam-altman'), 'data-claims-by')).toHaveLength(0);
  });
});
