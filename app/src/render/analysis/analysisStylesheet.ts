// Stylesheet rules for the analysis overlay (sizes, camps, paths), to append after the base stylesheet.
import type { StylesheetStyle } from 'cytoscape';
import { uiTokens } from '../../../../tailwind.config';
import { MAX_STYLED_CAMPS, campLook } from './campPalette';

type Css = StylesheetStyle['style'];

/**
 * Rules for the classes `applyAnalysisOverlay` and `setPath` set. Append them AFTER the base
 * stylesheet so they win: `[...buildStylesheet(), ...analysisStylesheet()]`.
 */
export function analysisStylesheet(): StylesheetStyle[] {
  const rules: StylesheetStyle[] = [
    { selector: 'node.sized', style: { width: 'data(size)', height: 'data(size)' } as Css },
    { selector: 'node.camp', style: { 'border-width': 4, label: 'data(campLabel)' } as Css },
  ];
  for (let n = 1; n <= MAX_STYLED_CAMPS; n++) {
    const look = campLook(n);
    rules.push({ selector: `node.camp-${n}`, style: { 'border-color': look.color, 'border-style': look.borderStyle } as Css });
  }
  rules.push(
    { selector: 'edge.path', style: { width: 4.5, label: 'data(label)', opacity: 1, 'text-opacity': 1, 'z-index': 30 } as Css },
    { selector: 'node.path', style: { 'font-weight': 'bold', opacity: 1, 'text-opacity': 1, 'z-index': 30 } as Css },
    { selector: '.off-path', style: { opacity: 0.25, 'text-opacity': 0.35 } as Css },
    { selector: 'node.path.selected, edge.path.selected', style: { 'underlay-color': uiTokens.highlight } as Css },
  );
  return rules;
}
