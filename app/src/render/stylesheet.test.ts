// Tests for the stylesheet: every entity kind and relation category gets its own visuals; claims are dashed.
import { describe, expect, it } from 'vitest';
import type { StylesheetStyle } from 'cytoscape';
import { CATEGORIES, ENTITY_KINDS } from '../model/schema';
import { buildStylesheet } from './stylesheet';

const sheet = buildStylesheet() as StylesheetStyle[];
const rule = (selector: string) => sheet.find((r) => r.selector === selector)?.style as Record<string, unknown> | undefined;

describe('buildStylesheet', () => {
  it('gives every entity kind a distinct shape and a colour', () => {
    const shapes = ENTITY_KINDS.map((k) => rule(`node[kind = "${k}"]`)?.shape);
    expect(shapes.every((s) => typeof s === 'string')).toBe(true);
    expect(new Set(shapes).size).toBe(ENTITY_KINDS.length);
    for (const k of ENTITY_KINDS) expect(rule(`node[kind = "${k}"]`)?.['background-color']).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('gives every relation category a line colour and an arrow for directed edges', () => {
    for (const c of CATEGORIES) {
      expect(rule(`edge[category = "${c}"]`)?.['line-color']).toMatch(/^#[0-9a-f]{6}$/i);
      expect(typeof rule(`edge[category = "${c}"][?directed]`)?.['target-arrow-shape']).toBe('string');
    }
  });

  it('draws undirected edges without arrows by default', () => {
    expect(rule('edge')?.['target-arrow-shape']).toBe('none');
  });

  it('dashes claims and leaves facts solid', () => {
    expect(rule('edge')?.['line-style']).toBe('solid');
    expect(rule('edge[status = "claim"]')?.['line-style']).toBe('dashed');
  });

  it('fans parallel edges as bezier curves', () => {
    expect(rule('edge')?.['curve-style']).toBe('bezier');
    expect(rule('edge')?.['control-point-step-size']).toBeGreaterThan(0);
  });

  it('defines the view-state classes faded, hl, selected, path and time-faded', () => {
    const selectors = sheet.map((r) => r.selector).join(' ');
    for (const cls of ['.faded', '.hl', '.selected', '.path', '.time-faded', '.hidden']) expect(selectors).toContain(cls);
  });

  it('labels edges only when hovered, selected or on a path, never all edges of a selected node', () => {
    expect(rule('edge')?.label).toBe('');
    expect(rule('edge.hover, edge.selected, edge.path')?.label).toBe('data(label)');
    expect(rule('edge.sel-adj')?.label).toBeUndefined();
    expect(rule('edge.hl, edge:selected, edge.selected')?.label).toBeUndefined();
  });

  it('keeps labels of the selection, its neighbours and path nodes at any zoom, and wraps node labels instead of cutting them', () => {
    expect(rule('node.selected, node.sel-nb, node.path')?.['min-zoomed-font-size']).toBe(0);
    expect(rule('node')?.['min-zoomed-font-size']).toBeGreaterThan(0);
    expect(rule('node')?.['text-wrap']).toBe('wrap');
  });

  it('draws a bundle as one undirected edge whose width follows its count, with its count badge as the label', () => {
    const bundle = rule('edge.bundle');
    expect(bundle?.width).toMatch(/^mapData\(count, 2, \d+, [\d.]+, [\d.]+\)$/);
    expect(bundle?.label).toBe('data(label)');
    expect(bundle?.['target-arrow-shape']).toBe('none');
    expect(bundle?.['min-zoomed-font-size']).toBe(0);
    expect(rule('edge.bundled, edge.bundle-off')?.display).toBe('none');
  });
});
