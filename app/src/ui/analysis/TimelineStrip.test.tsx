// TimelineStrip markup: labelled sliders, month dots in and out of range, undated count, overflow, mode and toggles.
import { describe, expect, it } from 'vitest';
import { graphFromDataset } from '../../model/graph';
import { monthIndex } from '../../model/timeline';
import { defaultViewState } from '../../state/defaultViewState';
import type { TimeRange } from '../../state/types';
import { makeTestGraph, testDataset } from '../panels/testGraph';
import { byAttr, byTag, render, text } from '../panels/testMarkup';
import { DOTS_PER_MONTH, TimelineStrip } from './TimelineStrip';

const graph = makeTestGraph();
const base = defaultViewState().time;
const noop = () => {};
const show = (time: TimeRange, lang: 'en' | 'zh' = 'en', g = graph) =>
  render(<TimelineStrip graph={g} lang={lang} time={time} onChange={noop} onSelectRelation={noop} selectedRelation="musk-sued-altman" />);

describe('TimelineStrip', () => {
  it('has two labelled range inputs spanning the dated months, at the ends for an open range', () => {
    const { root } = show(base);
    const sliders = byTag(root, 'input').filter((i) => i.getAttribute('type') === 'range');
    expect(sliders).toHaveLength(2);
    for (const s of sliders) {
      expect(s.getAttribute('min')).toBe(String(monthIndex('2015-12')));
      expect(s.getAttribute('max')).toBe(String(monthIndex('2024-03')));
    }
    expect(sliders.map((s) => s.getAttribute('value'))).toEqual([String(monthIndex('2015-12')), String(monthIndex('2024-03'))]);
    const labels = byTag(root, 'label').filter((l) => sliders.some((s) => s.getAttribute('id') === l.getAttribute('for')));
    expect(labels.map(text)).toEqual(['From', 'To']);
    // Screen readers hear months, not the month index the input holds (24180…).
    expect(sliders.map((s) => s.getAttribute('aria-valuetext'))).toEqual(['From: December 2015', 'To: March 2024']);
    expect(text(root)).toContain('All dates shown.');
  });

  it('announces each slider as its end and month in words (aria-valuetext), following the range and the language', () => {
    const { root } = show({ ...base, from: '2023-01', to: '2023-11' }, 'zh');
    const sliders = byTag(root, 'input').filter((i) => i.getAttribute('type') === 'range');
    expect(sliders.map((s) => s.getAttribute('value'))).toEqual([String(monthIndex('2023-01')), String(monthIndex('2023-11'))]);
    expect(sliders.map((s) => s.getAttribute('aria-valuetext'))).toEqual(['起:2023年1月', '迄:2023年11月']);
    const en = byTag(show({ ...base, from: '2023-01', to: '2023-11' }).root, 'input').filter((i) => i.getAttribute('type') === 'range');
    expect(en.map((s) => s.getAttribute('aria-valuetext'))).toEqual(['From: January 2023', 'To: November 2023']);
  });

  it('marks dots inside and outside the range and summarises the range', () => {
    const { root } = show({ ...base, from: '2023-11', to: '2023-12' });
    const inRange = (id: string) => byAttr(root, 'data-relation', id).find((el) => el.localName === 'button')?.getAttribute('data-in-range');
    expect(inRange('sutskever-fired-altman')).toBe('true');
    expect(inRange('musk-cofounded-openai')).toBe('false');
    expect(inRange('musk-sought-control-openai')).toBe('false');
    expect(text(root)).toContain('Relations from Nov 2023 to Dec 2023.');
    const dot = byAttr(root, 'data-relation', 'musk-cofounded-openai')[0];
    expect(dot?.getAttribute('aria-label')).toBe('2015-12: Elon Musk co-founded OpenAI (outside the range)');
  });

  it('shows the undated count, the mode and the undated toggle from the time state', () => {
    const { root } = show({ ...base, mode: 'fade', showUndated: false });
    expect(text(byAttr(root, 'data-undated')[0])).toBe('Undated: 4');
    const radios = byTag(root, 'input').filter((i) => i.getAttribute('type') === 'radio');
    expect(radios.filter((r) => r.hasAttribute('checked')).map((r) => r.getAttribute('value'))).toEqual(['fade']);
    const box = byTag(root, 'input').find((i) => i.getAttribute('type') === 'checkbox');
    expect(box?.hasAttribute('checked')).toBe(false);
  });

  it('gives every month a button naming the month and its count, and summarises crowded months as +n', () => {
    const data = testDataset();
    const template = data.graph.edges.find((e) => e.key === 'sutskever-fired-altman')!;
    for (let i = 0; i < 4; i++) data.graph.edges.push({ ...template, key: `extra-${i}`, attributes: { ...template.attributes, date: '2023-11-20' } });
    const { root } = show(base, 'en', graphFromDataset(data));
    const nov = byAttr(root, 'data-month', '2023-11')[0]!;
    expect(byAttr(nov, 'data-relation')).toHaveLength(DOTS_PER_MONTH - 1);
    expect(text(nov)).toBe('+4');
    expect(byTag(nov, 'button').find((b) => b.hasAttribute('aria-expanded'))?.getAttribute('aria-label')).toBe('Nov 2023: 8 relations, list them');
  });

  it('speaks Chinese: slider labels, months and counts', () => {
    const { root } = show(base, 'zh');
    expect(text(root)).toContain('無日期:4');
    expect(byTag(root, 'input').filter((i) => i.getAttribute('type') === 'range').map((s) => s.getAttribute('aria-valuetext'))).toEqual(['起:2015年12月', '迄:2024年3月']);
    expect(byTag(root, 'button').some((b) => text(b).includes('播放'))).toBe(true);
  });

  it('rings the selected relation’s dot', () => {
    const { root } = show(base);
    const dot = byAttr(root, 'data-relation', 'musk-sued-altman')[0];
    expect(dot?.getAttribute('class')).toContain('outline-ink');
  });

  it('puts exactly one month button in the Tab order (arrow keys reach the others)', () => {
    const { root } = show(base);
    const months = byAttr(root, 'data-month-button');
    expect(months.length).toBeGreaterThan(1);
    expect(months.filter((b) => b.getAttribute('tabindex') === '0')).toHaveLength(1);
    expect(months[0]?.getAttribute('tabindex')).toBe('0');
  });

  it('on phones starts as a collapsed bar whose Timeline button controls the sheet, and opens when told to', () => {
    const toggle = (root: ReturnType<typeof show>['root']) => byTag(root, 'button').find((b) => b.hasAttribute('aria-controls') && text(b).startsWith('Timeline'));
    const closed = show(base).root;
    const button = toggle(closed);
    expect(button?.getAttribute('aria-expanded')).toBe('false');
    const body = byAttr(closed, 'id', button?.getAttribute('aria-controls') ?? '?')[0];
    expect(body?.getAttribute('class')).toContain('max-md:hidden');
    const open = render(<TimelineStrip graph={graph} lang="en" time={base} onChange={noop} onSelectRelation={noop} expanded />).root;
    expect(toggle(open)?.getAttribute('aria-expanded')).toBe('true');
    expect(byAttr(open, 'id', toggle(open)?.getAttribute('aria-controls') ?? '?')[0]?.getAttribute('class')).not.toContain('max-md:hidden');
  });
});
