// Stylesheet rules for the overview's group nodes (communities, sized by members) and group links (width by relations).
import type { StylesheetStyle } from 'cytoscape';
import { uiTokens } from '../../../../tailwind.config';

type Css = StylesheetStyle['style'];

/** Rules for the classes `group` and `group-link`; append them after the base and analysis stylesheets. */
export function overviewStylesheet(): StylesheetStyle[] {
  return [
    {
      selector: 'node.group',
      style: {
        shape: 'ellipse',
        width: 'data(size)',
        height: 'data(size)',
        'background-color': '#dde6f0',
        'background-opacity': 0.95,
        'border-width': 3,
        'border-style': 'double',
        'border-color': uiTokens.muted,
        label: 'data(label)',
        'font-size': 'data(font)',
        'text-max-width': 'data(wrap)',
        'font-weight': 'bold',
        'min-zoomed-font-size': 8,
      } as Css,
    },
    { selector: 'node.group.hl', style: { 'border-color': uiTokens.accent } as Css },
    {
      selector: 'edge.group-link',
      style: {
        width: 'data(width)',
        'line-color': uiTokens.muted,
        'line-style': 'solid',
        'curve-style': 'straight',
        'target-arrow-shape': 'none',
        label: '',
        opacity: 0.35,
      } as Css,
    },
    { selector: 'edge.group-link.hl', style: { opacity: 0.8 } as Css },
    { selector: 'edge.group-link.dim', style: { opacity: 0.08 } as Css },
  ];
}
