// PathFinder markup: pickers, paths hop by hop with direction, badge and quote, the no-path and pick messages, hostile text.
import { describe, expect, it } from 'vitest';
import { shortestPaths } from '../../model/analysis/shortestPaths';
import type { PathQuery } from '../../state/types';
import { HOSTILE, makeTestGraph } from '../panels/testGraph';
import { byAttr, byTag, render, text } from '../panels/testMarkup';
import { PathFinder } from './PathFinder';

const graph = makeTestGraph();
const noop = () => {};
function show(path: PathQuery | null, lang: 'en' | 'zh' = 'en') {
  const paths = path ? shortestPaths(graph, path.from, path.to, { factsOnly: path.factsOnly }) : null;
  return render(<PathFinder graph={graph} lang={lang} path={path} paths={paths} index={null} onChange={noop} onSelectRelation={noop} onSelectEntity={noop} />);
}

describe('PathFinder', () => {
  it('offers two labelled comboboxes holding the chosen entities’ names', () => {
    const { root } = show({ from: 'elon-musk', to: 'sam-altman', factsOnly: false });
    const boxes = byAttr(root, 'role', 'combobox');
    expect(boxes.map((b) => b.getAttribute('value'))).toEqual(['Elon Musk', 'Sam Altman']);
    const labels = byTag(root, 'label').map(text);
    expect(labels).toContain('Path from');
    expect(labels).toContain('Path to');
  });

  it('lists up to three paths, shortest first, each hop in order with its relation, direction, status and quote', () => {
    const { root } = show({ from: 'elon-musk', to: 'sam-altman', factsOnly: false });
    const paths = byAttr(root, 'data-path');
    expect(paths.map((p) => p.getAttribute('aria-label'))).toEqual(['Path 1: 1 steps', 'Path 2: 2 steps', 'Path 3: 2 steps']);
    const hops = byAttr(paths[1]!, 'data-hop');
    expect(hops.map((h) => h.getAttribute('data-edge'))).toEqual(['musk-supported-sutskever', 'sutskever-fired-altman']);
    expect(text(hops[0])).toContain('Elon Musk supported Ilya Sutskever');
    expect(text(hops[0])).toContain('along the relation');
    expect(text(byTag(hops[1]!, 'blockquote')[0])).toBe('代表董事會通知奧特曼他已被解雇');
    expect(byAttr(hops[1]!, 'data-status', 'fact')).toHaveLength(1);
    expect(text(byAttr(root, 'role', 'status')[0])).toBe('3 shortest paths found.');
  });

  it('says when a hop walks against its relation’s direction and how many parallel relations it stands for', () => {
    const { root } = show({ from: 'sam-altman', to: 'elon-musk', factsOnly: false });
    const third = byAttr(root, 'data-path', '3')[0]!;
    const hops = byAttr(third, 'data-hop');
    expect(text(hops[1])).toContain('against its direction');
    expect(text(hops[1])).toContain('+4 more relations between them');
  });

  it('explains that there is no path, and that claims might connect them when facts only is on', () => {
    const { root } = show({ from: 'vinod-khosla', to: 'microsoft', factsOnly: true });
    expect(byAttr(root, 'data-path')).toHaveLength(0);
    expect(text(byAttr(root, 'role', 'status')[0])).toBe(
      'No connection between Vinod Khosla and Microsoft among the relations shown. Facts only is on: claims might connect them.',
    );
    expect(byTag(root, 'input').find((i) => i.getAttribute('type') === 'checkbox')?.hasAttribute('checked')).toBe(true);
  });

  it('asks for two entities when no path is set, in Chinese too', () => {
    expect(text(byAttr(show(null).root, 'role', 'status')[0])).toBe('Pick two entities to see how they are connected.');
    expect(text(byAttr(show(null, 'zh').root, 'role', 'status')[0])).toBe('選擇兩個實體,查看它們如何相連。');
  });

  it('renders a hostile name and summary as text, never as markup', () => {
    const { html, root } = show({ from: 'hostile', to: 'sam-altman', factsOnly: false });
    expect(byTag(root, 'img')).toHaveLength(0);
    expect(html).not.toContain('<img');
    expect(text(byAttr(root, 'data-hop', '1')[0])).toContain(`${HOSTILE} criticized OpenAI`);
    expect(byAttr(root, 'data-status', 'claim').length).toBeGreaterThan(0);
  });
});
