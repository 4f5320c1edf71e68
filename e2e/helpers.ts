// Shared e2e helpers: open the app and wait for its milestones, read the built dataset, and query `window.cy`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { z } from 'zod';
import { evalPlain } from './evalPlain';

const DatasetFile = z.object({
  graph: z.object({
    nodes: z.array(z.object({ key: z.string(), attributes: z.object({ kind: z.string(), label: z.string(), labelZh: z.string(), x: z.number(), y: z.number() }) })),
    edges: z.array(
      z.object({
        key: z.string(),
        source: z.string(),
        target: z.string(),
        attributes: z.object({
          status: z.enum(['fact', 'claim']),
          claimedBy: z.string().nullable(),
          type: z.string(),
          summaryEn: z.string(),
          evidence: z.array(z.object({ exact: z.string(), start: z.number(), end: z.number() })),
        }),
      }),
    ),
  }),
});

/** The compiled built-in dataset (what the app bundles), with just the fields the specs need. */
export type Dataset = z.infer<typeof DatasetFile>;

/** Reads and checks `app/src/generated/dataset.json`; a clear error names the file if it is missing or malformed. */
export function loadDataset(): Dataset {
  const path = fileURLToPath(new URL('../app/src/generated/dataset.json', import.meta.url));
  const parsed = DatasetFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: not a compiled dataset: ${parsed.error.message}`);
  return parsed.data;
}

/** Opens the app (optionally at a link fragment, without `#`) and waits until it is drawn and interactive. */
export async function openApp(page: Page, fragment = ''): Promise<void> {
  await page.goto(fragment ? `./#${fragment}` : './');
  await waitForInteractive(page);
}

/**
 * Opens the toolbar's "More" popover unless it is open already: layout, Fit graph, language, Open… and Datasets sit
 * there (on phones, everything but the view toggles).
 */
export async function openMore(page: Page): Promise<void> {
  const more = page.getByRole('button', { name: /^(More|更多)$/ });
  if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
}

/** Waits for the app's User Timing milestones `graph:drawn` and `graph:interactive`. */
export async function waitForInteractive(page: Page): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName('graph:drawn').length > 0 && performance.getEntriesByName('graph:interactive').length > 0 && window.cy !== undefined,
  );
}

/** Counts of all and of displayed cy elements. */
export async function cyCounts(page: Page): Promise<{ nodes: number; edges: number; shownNodes: number; shownEdges: number }> {
  return evalPlain(page, () => {
    const cy = window.cy;
    if (!cy) throw new Error('window.cy is missing: not a VITE_TEST build?');
    return {
      nodes: cy.nodes().length,
      // Relations only (not bundle edges); a relation drawn inside its collapsed bundle (`bundled`) counts as shown.
      edges: cy.edges().not('.bundle').length,
      shownNodes: cy.nodes().filter((n) => n.style('display') !== 'none').length,
      shownEdges: cy.edges().not('.bundle').filter((e) => e.style('display') !== 'none' || e.hasClass('bundled')).length,
    };
  });
}

/** Ids of the elements the app marks as selected (its `selected` class, or cy's own `:selected`). */
export async function selectedIds(page: Page): Promise<string[]> {
  return evalPlain(page, () => {
    const cy = window.cy;
    if (!cy) throw new Error('window.cy is missing');
    return cy
      .elements('.selected, :selected')
      .map((e) => e.id())
      .sort();
  });
}

/** Camera as cy sees it: pan and zoom. */
export async function cyViewport(page: Page): Promise<{ pan: { x: number; y: number }; zoom: number; width: number; height: number }> {
  return evalPlain(page, () => {
    const cy = window.cy;
    if (!cy) throw new Error('window.cy is missing');
    return { pan: { ...cy.pan() }, zoom: cy.zoom(), width: cy.width(), height: cy.height() };
  });
}

/** Rendered (screen) position of a node relative to the cy container, and the container size. */
export async function renderedNode(page: Page, id: string): Promise<{ x: number; y: number; w: number; h: number }> {
  return evalPlain(page, (nodeId) => {
    const cy = window.cy;
    if (!cy) throw new Error('window.cy is missing');
    const n = cy.getElementById(nodeId);
    if (n.empty()) throw new Error(`no cy element "${nodeId}"`);
    const p = n.renderedPosition();
    return { x: p.x, y: p.y, w: cy.width(), h: cy.height() };
  }, id);
}

/** Model positions of every node, keyed by id (rounded to 0.1). */
export async function nodePositions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return evalPlain(page, () => {
    const cy = window.cy;
    if (!cy) throw new Error('window.cy is missing');
    const out: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((n) => {
      const p = n.position();
      out[n.id()] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
    });
    return out;
  });
}

/** Ids of the entities and relations hidden (display none, not counting relations drawn as their bundle), nodes and edges separately. */
export async function hiddenIds(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  return evalPlain(page, () => {
    const cy = window.cy;
    if (!cy) throw new Error('window.cy is missing');
    // Bundle edges are not relations, and a relation inside a collapsed bundle (`bundled`) is drawn by its bundle.
    const hidden = cy.elements().filter((e) => e.style('display') === 'none' && !e.hasClass('bundle') && !e.hasClass('bundled'));
    return { nodes: hidden.nodes().map((n) => n.id()).sort(), edges: hidden.edges().map((e) => e.id()).sort() };
  });
}

/** Emits a Cytoscape `tap` on an element, as a click on it would. */
export async function tapElement(page: Page, id: string): Promise<void> {
  await evalPlain(page, (elId) => {
    const cy = window.cy;
    if (!cy) throw new Error('window.cy is missing');
    const el = cy.getElementById(elId);
    if (el.empty()) throw new Error(`no cy element "${elId}"`);
    el.emit('tap');
  }, id);
}

/** A rendered node+label box (px), named by node id. */
export interface Rect {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Every pair of boxes that overlap, as "a × b (w×h px)". */
export function overlaps(boxes: readonly Rect[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i] as Rect;
      const b = boxes[j] as Rect;
      const x = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      const y = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      if (x > 0 && y > 0) out.push(`${a.id} × ${b.id} (${x.toFixed(1)}×${y.toFixed(1)} px)`);
    }
  }
  return out;
}
