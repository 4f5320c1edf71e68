// CampsPanel markup: toggle state, camps named after their leader with badges, members and the relations explaining them.
import { describe, expect, it } from 'vitest';
import { camps } from '../../model/analysis/camps';
import { makeTestGraph } from '../panels/testGraph';
import { byAttr, byTag, render, text } from '../panels/testMarkup';
import { CampsPanel } from './CampsPanel';

const graph = makeTestGraph();
const result = camps(graph);
const noop = () => {};

describe('CampsPanel', () => {
  it('lists every camp, numbered, named after its leader, with a badge and member count', () => {
    const { root } = render(<CampsPanel graph={graph} lang="en" enabled result={result} onToggle={noop} onSelectEntity={noop} onSelectRelation={noop} />);
    const items = byAttr(root, 'data-camp').filter((el) => el.localName === 'li');
    expect(items).toHaveLength(result.camps.length);
    expect(text(byTag(items[0]!, 'h4')[0])).toMatch(/^1Camp 1: OpenAI\s*· 4 members$/);
    expect(byAttr(items[1]!, 'data-border')[0]?.getAttribute('data-border')).toBe('dashed');
    expect(byTag(root, 'input')[0]?.hasAttribute('checked')).toBe(true);
  });

  it('explains each member by the relations behind its place: support inside, opposition across', () => {
    const { root } = render(<CampsPanel graph={graph} lang="en" enabled={false} result={result} onToggle={noop} onSelectEntity={noop} onSelectRelation={noop} />);
    const khosla = byAttr(root, 'data-entity', 'vinod-khosla').find((el) => el.localName === 'li')!;
    const inside = byAttr(khosla, 'data-list', 'inside')[0]!;
    const against = byAttr(khosla, 'data-list', 'against')[0]!;
    expect(byAttr(inside, 'data-relation').map((r) => r.getAttribute('data-relation'))).toEqual(['khosla-invested-openai']);
    expect(byAttr(against, 'data-relation').map((r) => r.getAttribute('data-relation'))).toEqual(['khosla-criticized-musk']);
    expect(text(byTag(against, 'blockquote')[0])).toContain('吃不到葡萄說葡萄酸');
    const altman = byAttr(root, 'data-entity', 'sam-altman').find((el) => el.localName === 'li')!;
    expect(text(altman)).toContain('Opposes the same side as this camp.');
    expect(byAttr(altman, 'data-list', 'via')).toHaveLength(1);
    expect(byTag(root, 'input')[0]?.hasAttribute('checked')).toBe(false);
  });

  it('counts the entities without a camp and says so when there are no camps', () => {
    const { root } = render(<CampsPanel graph={graph} lang="zh" enabled result={result} onToggle={noop} onSelectEntity={noop} onSelectRelation={noop} />);
    expect(text(root)).toContain(`顯示中的 ${result.unassigned.length} 個實體沒有帶立場的關係`);
    const empty = render(<CampsPanel graph={graph} lang="en" enabled result={{ camps: [], assignments: new Map(), unassigned: [] }} onToggle={noop} onSelectEntity={noop} onSelectRelation={noop} />);
    expect(text(empty.root)).toContain('No relation with a stance is shown, so there are no camps.');
  });

  it('above the lazy threshold a closed "Why" holds no explanation yet (rendered when opened); below it, every one is there', () => {
    const members = result.camps.reduce((n, camp) => n + camp.members.length, 0);
    const lazy = render(<CampsPanel graph={graph} lang="en" enabled result={result} onToggle={noop} onSelectEntity={noop} onSelectRelation={noop} lazyWhyAbove={members - 1} />);
    expect(byTag(lazy.root, 'details').length).toBeGreaterThan(0);
    expect(byAttr(lazy.root, 'data-list')).toHaveLength(0);
    expect(byAttr(lazy.root, 'data-entity').filter((el) => el.localName === 'li')).toHaveLength(members);
    const eager = render(<CampsPanel graph={graph} lang="en" enabled result={result} onToggle={noop} onSelectEntity={noop} onSelectRelation={noop} lazyWhyAbove={members} />);
    expect(byAttr(eager.root, 'data-list').length).toBeGreaterThan(0);
  });
});
