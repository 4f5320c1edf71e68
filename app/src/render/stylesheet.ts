// The Cytoscape stylesheet, built from the design tokens in tailwind.config.ts: every visual property declared once.
import type { StylesheetJson, StylesheetStyle } from 'cytoscape';
import { categoryTokens, kindTokens, uiTokens } from '../../../tailwind.config';
import { isBuiltInKind, kindStyle } from '../model/kindStyle';
import { CATEGORIES, ENTITY_KINDS } from '../model/enums';
import type { CompiledVocabulary } from '../model/schema';
import { tunedRules, type DrawTier } from './rendererTuning';

/** Ids that may go inside a Cytoscape selector's quoted value as they are. */
const SAFE_SELECTOR_VALUE = /^[A-Za-z0-9_-]+$/;
import {
  LABEL_BACKGROUND_PADDING,
  LABEL_FONT_SIZE,
  LABEL_GAP,
  LABEL_LINE_HEIGHT,
  LABEL_WRAP_WIDTH,
  NODE_DEGREE_CAP,
  NODE_MAX,
  NODE_MIN,
} from '../model/data/labelBoxes';

type Css = StylesheetStyle['style'];

/** A bundle's width grows with its count up to this many relations. */
export const BUNDLE_COUNT_CAP = 24;

/** Per-kind node visuals: colour and shape, so kind is never shown by colour alone. */
export const kindStyles: Record<(typeof ENTITY_KINDS)[number], { color: string; shape: string }> = kindTokens;

/** Per-category edge visuals: line colour and target-arrow shape. */
export const categoryStyles: Record<(typeof CATEGORIES)[number], { color: string; arrow: string }> = categoryTokens;

const base: Record<string, Css> = {
  node: {
    label: 'data(label)',
    width: `mapData(degree, 0, ${NODE_DEGREE_CAP}, ${NODE_MIN}, ${NODE_MAX})`,
    height: `mapData(degree, 0, ${NODE_DEGREE_CAP}, ${NODE_MIN}, ${NODE_MAX})`,
    'font-size': LABEL_FONT_SIZE,
    'line-height': LABEL_LINE_HEIGHT,
    'font-family': 'system-ui, -apple-system, "Segoe UI", "Noto Sans CJK TC", "Noto Sans TC", sans-serif',
    color: uiTokens.ink,
    'text-valign': 'bottom',
    'text-halign': 'center',
    'text-margin-y': LABEL_GAP,
    // Wrapped, never cut: the build-time layout sized each label box with the same wrap (labelBoxes.wrapLabel).
    'text-wrap': 'wrap',
    'text-max-width': `${LABEL_WRAP_WIDTH}px`,
    'text-background-color': uiTokens.canvas,
    'text-background-opacity': 0.85,
    'text-background-padding': `${LABEL_BACKGROUND_PADDING}px`,
    'text-background-shape': 'roundrectangle',
    'border-width': 1.5,
    'border-color': uiTokens.ink,
    'min-zoomed-font-size': 6,
  },
  edge: {
    width: 1.6,
    'curve-style': 'bezier',
    'control-point-step-size': 28,
    'line-style': 'solid',
    'target-arrow-shape': 'none',
    'arrow-scale': 0.9,
    label: '',
    'font-size': 11,
    color: uiTokens.ink,
    'text-background-color': uiTokens.canvas,
    'text-background-opacity': 0.9,
    'text-background-padding': '2px',
    'text-background-shape': 'roundrectangle',
    'text-rotation': 'autorotate',
    'min-zoomed-font-size': 9,
    opacity: 0.9,
  },
  'edge[status = "claim"]': { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] },
  // One edge for a pair's parallel relations: width follows the count, and its count badge is always drawn, upright.
  'edge.bundle': {
    width: `mapData(count, 2, ${BUNDLE_COUNT_CAP}, 3, 10)`,
    'line-color': uiTokens.muted,
    'curve-style': 'straight',
    'target-arrow-shape': 'none',
    label: 'data(label)',
    'font-size': 13,
    'font-weight': 'bold',
    'text-rotation': 'none',
    'text-background-opacity': 1,
    'text-background-padding': '3px',
    'text-border-width': 1,
    'text-border-color': uiTokens.muted,
    'text-border-opacity': 1,
    'min-zoomed-font-size': 0,
    opacity: 0.75,
  },
  'edge.bundle.hl, edge.bundle.hover': { opacity: 1, 'z-index': 12 },
  // A bundle of claims only is dashed, like a claim.
  'edge.bundle.claims': { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] },
  // The relations of a selected bundle, drawn opened.
  'edge.pair-sel': { width: 2.6, opacity: 1, 'z-index': 10 },
  'edge.hl, edge:selected, edge.selected': { width: 2.6, opacity: 1, 'z-index': 10 },
  // Edge labels only for the hovered edge, the selected relation and path edges: a hub's dozens of labels would pile up.
  'edge.hover, edge.selected, edge.path': { label: 'data(label)', 'min-zoomed-font-size': 0, 'z-index': 15 },
  'node.hl': { 'border-width': 2.5, 'z-index': 10 },
  // The selection, its neighbours and path nodes keep their labels however far the view is zoomed out.
  'node.selected, node.sel-nb, node.path': { 'min-zoomed-font-size': 0 },
  'node.selected, node:selected': {
    'border-width': 4,
    'border-color': uiTokens.accent,
    'underlay-color': uiTokens.highlight,
    'underlay-padding': 6,
    'underlay-shape': 'ellipse',
    'underlay-opacity': 0.9,
    'z-index': 20,
  },
  'edge.selected, edge:selected': { 'underlay-color': uiTokens.highlight, 'underlay-padding': 4, 'underlay-opacity': 0.9 },
  '.path': { 'underlay-color': uiTokens.accent, 'underlay-padding': 5, 'underlay-opacity': 0.35 },
  'edge.sel-adj': { opacity: 1 },
  '.faded': { opacity: 0.15, 'text-opacity': 0.25 },
  '.dim': { opacity: 0.12, 'text-opacity': 0.2 },
  '.time-faded': { opacity: 0.2, 'text-opacity': 0.3 },
  '.hidden': { display: 'none' },
  // A collapsed pair draws its bundle instead of its relations; an expanded (or thinned-out) pair, the reverse.
  'edge.bundled, edge.bundle-off': { display: 'none' },
};

/** Builds the full stylesheet: base rules, one rule per entity kind and per relation category, the size tier's rules (none at `full`), then the class rules. */
export function buildStylesheet(vocabulary?: Pick<CompiledVocabulary, 'kinds' | 'relationTypes'>, tier: DrawTier = 'full'): StylesheetJson {
  const sheet: StylesheetStyle[] = [];
  const push = (selector: string, style: Css): void => {
    sheet.push({ selector, style });
  };
  push('node', base.node ?? {});
  for (const kind of ENTITY_KINDS) {
    const token = kindStyles[kind];
    push(`node[kind = "${kind}"]`, { 'background-color': token.color, shape: token.shape } as Css);
  }
  // Custom kinds and types an imported file brought: their generated colours (ids are slugs; anything else keeps the defaults).
  for (const kind of vocabulary?.kinds ?? []) {
    if (isBuiltInKind(kind.id) || !SAFE_SELECTOR_VALUE.test(kind.id)) continue;
    const token = kindStyle(kind.id, vocabulary?.kinds);
    push(`node[kind = "${kind.id}"]`, { 'background-color': token.color, shape: token.shape } as Css);
  }
  push('edge', base.edge ?? {});
  for (const cat of CATEGORIES) {
    const token = categoryStyles[cat];
    push(`edge[category = "${cat}"]`, { 'line-color': token.color, 'target-arrow-color': token.color } as Css);
    push(`edge[category = "${cat}"][?directed]`, { 'target-arrow-shape': token.arrow } as Css);
  }
  for (const type of vocabulary?.relationTypes ?? []) {
    if (type.color === undefined || !SAFE_SELECTOR_VALUE.test(type.id)) continue;
    push(`edge[type = "${type.id}"]`, { 'line-color': type.color, 'target-arrow-color': type.color } as Css);
  }
  sheet.push(...tunedRules(tier));
  for (const [selector, style] of Object.entries(base)) {
    if (selector !== 'node' && selector !== 'edge') push(selector, style);
  }
  return sheet;
}
