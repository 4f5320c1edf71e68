// The analysis overlay: camp numbers, path ids, and what it writes on a headless Cytoscape core with the analysis rules.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { analysisStylesheet } from './analysisStylesheet';
import { campLook } from './campPalette';
import { OVERLAY_CLASSES, analysisOverlay, applyAnalysisOverlay, campNumbers, pathElementIds } from './overlay';

function core() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { label: 'data(label)', width: 30, height: 30, 'border-width': 1 } }, ...analysisStylesheet()],
    elements: [
      { data: { id: 'a', label: 'Alice' } },
      { data: { id: 'b', label: 'Bob' } },
      { data: { id: 'c', label: 'Carol' } },
      { data: { id: 'ab', source: 'a', target: 'b', label: 'knows' } },
      { data: { id: 'bc', source: 'b', target: 'c', label: 'knows' } },
    ],
  });
}

describe('campNumbers and pathElementIds', () => {
  it('numbers camps from 1 in list order and maps every member to its camp', () => {
    const numbers = campNumbers({ camps: [
      { id: 'x', leader: 'x', label: { en: 'X', zh: 'X' }, members: ['x', 'y'] },
      { id: 'z', leader: 'z', label: { en: 'Z', zh: 'Z' }, members: ['z'] },
    ] });
    expect([...numbers]).toEqual([['x', 1], ['y', 1], ['z', 2]]);
  });

  it('collects every path node and the drawn relation of every hop, not the alternatives', () => {
    const ids = pathElementIds([{ nodes: ['a', 'b', 'c'], hops: [
      { from: 'a', to: 'b', edgeId: 'ab', alternatives: ['ab2'] },
      { from: 'b', to: 'c', edgeId: 'bc', alternatives: [] },
    ] }]);
    expect([...ids].sort()).toEqual(['a', 'ab', 'b', 'bc', 'c']);
    expect(pathElementIds(null).size).toBe(0);
  });
});

describe('applyAnalysisOverlay', () => {
  it('sizes nodes from data(size), shows camps by border colour, pattern and numbered label', () => {
    const cy = core();
    applyAnalysisOverlay(cy, analysisOverlay({ sizes: new Map([['a', 60]]), campOf: new Map([['a', 1], ['b', 2]]), path: null }));
    const a = cy.getElementById('a');
    expect(a.hasClass('sized') && a.hasClass('camp') && a.hasClass('camp-1')).toBe(true);
    expect(a.style('width')).toBe('60px');
    expect(a.style('label')).toBe('① Alice');
    expect(a.style('border-style')).toBe(campLook(1).borderStyle);
    const b = cy.getElementById('b');
    expect(b.data('camp')).toBe(2);
    expect(b.style('border-style')).toBe(campLook(2).borderStyle);
    expect(b.style('border-style')).not.toBe(a.style('border-style'));
    expect(cy.getElementById('c').hasClass('camp')).toBe(false);
    expect(cy.getElementById('c').style('label')).toBe('Carol');
  });

  it('dims everything off a non-empty path and nothing on it', () => {
    const cy = core();
    applyAnalysisOverlay(cy, analysisOverlay({ sizes: null, campOf: null, path: new Set(['a', 'ab', 'b']) }));
    expect(cy.elements('.off-path').map((e) => e.id()).sort()).toEqual(['bc', 'c']);
  });

  it('clears the previous overlay completely when re-applied with nothing', () => {
    const cy = core();
    applyAnalysisOverlay(cy, analysisOverlay({ sizes: new Map([['a', 50]]), campOf: new Map([['a', 3]]), path: new Set(['a']) }));
    applyAnalysisOverlay(cy, analysisOverlay({ sizes: null, campOf: null, path: null }));
    expect(cy.elements(OVERLAY_CLASSES.split(' ').map((c) => `.${c}`).join(', ')).length).toBe(0);
    expect(cy.getElementById('a').data('size')).toBeUndefined();
    expect(cy.getElementById('a').data('campLabel')).toBeUndefined();
    expect(cy.getElementById('a').style('width')).toBe('30px');
  });

  it('follows a language switch: re-applying after the label changes rebuilds the numbered label', () => {
    const cy = core();
    const overlay = analysisOverlay({ sizes: null, campOf: new Map([['a', 1]]), path: null });
    applyAnalysisOverlay(cy, overlay);
    cy.getElementById('a').data('label', '愛麗絲');
    applyAnalysisOverlay(cy, overlay);
    expect(cy.getElementById('a').style('label')).toBe('① 愛麗絲');
  });
});
