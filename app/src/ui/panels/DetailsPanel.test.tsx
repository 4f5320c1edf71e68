// Tests of the entity details panel: labelled region, names, kind, relations by type, claims, quotes, bad ids, hostile names.
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../state/types';
import { DetailsPanel } from './DetailsPanel';
import { HOSTILE, makeTestGraph } from './testGraph';
import { byAttr, byTag, findAll, render, text } from './testMarkup';

const graph = makeTestGraph();
const noop = () => {};
const details = (entityId: string, lang: Lang = 'en', activeRelationId: string | null = null) =>
  render(<DetailsPanel graph={graph} entityId={entityId} lang={lang} onSelectEntity={noop} onSelectRelation={noop} activeRelationId={activeRelationId} />);
const relationItem = (root: ReturnType<typeof details>['root'], id: string) => byTag(root, 'li').find((li) => li.getAttribute('data-relation') === id)!;
const srOnly = (el: Parameters<typeof text>[0] & object) => text((el as ReturnType<typeof relationItem>).getElementsByClassName('sr-only')[0]);

describe('DetailsPanel', () => {
  test('is a section labelled by its heading, which holds the entity’s name', () => {
    const { root } = details('elon-musk');
    const section = byTag(root, 'section')[0]!;
    const heading = findAll(root, (el) => el.getAttribute('id') === section.getAttribute('aria-labelledby'))[0];
    expect(heading?.localName).toBe('h2');
    expect(text(heading)).toBe('Elon Musk');
  });

  test('shows the name in both languages, the kind as shape and text, the description and aliases', () => {
    const { root } = details('elon-musk');
    expect(text(byTag(root, 'p').find((p) => p.getAttribute('lang') === 'zh-Hant'))).toBe('馬斯克');
    expect(text(byAttr(root, 'data-kind', 'person')[0])).toBe('Person');
    expect(byAttr(root, 'data-shape', 'ellipse').length).toBeGreaterThan(0);
    expect(text(root)).toContain('Co-founder of OpenAI who later sued it.');
    expect(byTag(byTag(root, 'ul')[0]!, 'bdi').map((b) => b.textContent)).toEqual(graph.getNodeAttribute('elon-musk', 'aliases'));
  });

  test('switches name, kind and description to Chinese when lang is zh', () => {
    const { root } = details('elon-musk', 'zh');
    expect(text(byTag(root, 'h2')[0])).toBe('馬斯克');
    expect(text(byAttr(root, 'data-kind', 'person')[0])).toBe('人物');
    expect(text(root)).toContain('OpenAI聯合創始人,後來起訴OpenAI。');
  });

  test('groups every relation of the entity under its type label, in vocabulary order', () => {
    const { root } = details('elon-musk');
    const present = new Set(graph.edges('elon-musk').map((e) => graph.getEdgeAttribute(e, 'type')));
    const expected = graph.getAttribute('vocabulary').relationTypes.filter((t) => present.has(t.id));
    const groups = byAttr(root, 'data-relation-type');
    expect(groups.map((g) => g.getAttribute('data-relation-type'))).toEqual(expected.map((t) => t.id));
    expect(groups.map((g) => text(byTag(g, 'h4')[0]))).toEqual(expected.map((t) => t.label.en));
    const listed = byTag(root, 'li').filter((li) => li.hasAttribute('data-relation')).map((li) => li.getAttribute('data-relation'));
    expect(listed.sort()).toEqual(graph.edges('elon-musk').sort());
  });

  test('each relation shows the other end as a button, its date range, its claimant and its quote', () => {
    const { root } = details('openai');
    const item = relationItem(root, 'musk-sought-control-openai');
    expect(byTag(item, 'button').map((b) => b.getAttribute('data-entity'))).toContain('elon-musk');
    expect(text(byTag(item, 'time')[0])).toBe('2017 – 2018-02');
    expect(text(byAttr(item, 'data-status', 'claim')[0])).toBe('claim by OpenAI');
    expect(text(byTag(item, 'blockquote')[0])).toBe(graph.getEdgeAttribute('musk-sought-control-openai', 'evidence')[0]!.exact);
  });

  test('a relation with several quotes shows the first and how many more; an undated fact says so', () => {
    const { root } = details('openai');
    const sued = graph.getEdgeAttribute('musk-sued-openai', 'evidence');
    expect(text(byTag(relationItem(root, 'musk-sued-openai'), 'blockquote')[0])).toBe(`${sued[0]!.exact}(+${sued.length - 1})`);
    const invested = relationItem(root, 'khosla-invested-openai');
    expect(text(invested)).toContain('undated');
    expect(text(byAttr(invested, 'data-status', 'fact')[0])).toBe('fact');
  });

  test('states the direction in words: “from” for incoming, “to” for outgoing, “with” for undirected', () => {
    expect(srOnly(relationItem(details('openai').root, 'musk-cofounded-openai'))).toBe('from');
    expect(srOnly(relationItem(details('openai').root, 'microsoft-partner-openai'))).toBe('with');
    expect(srOnly(relationItem(details('elon-musk').root, 'musk-open-sourced-grok'))).toBe('to');
  });

  test('marks the active relation, and only it, as current', () => {
    const { root } = details('elon-musk', 'en', 'musk-open-sourced-grok');
    expect(byAttr(root, 'aria-current', 'true').map((b) => text(b))).toEqual(['Musk open-sourced Grok.']);
  });

  test('a hostile name renders as literal text inside <bdi>, creating no element', () => {
    const { html, root } = details('hostile');
    expect(byTag(root, 'img')).toHaveLength(0);
    expect(text(byTag(byTag(root, 'h2')[0]!, 'bdi')[0])).toBe(HOSTILE);
    expect(html).not.toContain('<img');
  });

  test('an unknown entity id renders an alert naming that id', () => {
    expect(text(byAttr(details('no-such-entity').root, 'role', 'alert')[0])).toBe('Unknown entity “no-such-entity”.');
  });
});
