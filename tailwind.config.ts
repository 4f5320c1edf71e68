// Design tokens: one palette for Tailwind classes AND the Cytoscape stylesheet (app/src/render imports it).
import type { Config } from 'tailwindcss';

/** Entity kinds: fill colour (text on it is dark ink) and the node shape that also encodes the kind. */
export const kindTokens = {
  person: { color: '#f4a261', shape: 'ellipse' },
  organization: { color: '#4f9dde', shape: 'round-rectangle' },
  product: { color: '#7cc47f', shape: 'diamond' },
  document: { color: '#c9a0dc', shape: 'rectangle' },
  event: { color: '#f07b7b', shape: 'hexagon' },
  group: { color: '#b8b8b8', shape: 'octagon' },
} as const;

/** Relation categories: line colour (>= 3:1 on the light canvas) and line pattern / arrow shape that also encode it. */
export const categoryTokens = {
  founding: { color: '#1d6fb8', arrow: 'triangle' },
  role: { color: '#5b6b7a', arrow: 'triangle' },
  funding: { color: '#1f7a3a', arrow: 'triangle-tee' },
  control: { color: '#8a4b08', arrow: 'square' },
  conflict: { color: '#c0262d', arrow: 'tee' },
  support: { color: '#2b8a6e', arrow: 'triangle' },
  communication: { color: '#6a4fb3', arrow: 'vee' },
  creation: { color: '#a1367a', arrow: 'diamond' },
  competition: { color: '#b5541b', arrow: 'chevron' },
  other: { color: '#6b6b6b', arrow: 'triangle' },
} as const;

export const uiTokens = {
  canvas: '#fbfaf7',
  ink: '#1c1c1e',
  muted: '#55575c',
  accent: '#0b5cad',
  highlight: '#ffe066',
  faded: '#d5d5d5',
} as const;

const config: Config = {
  content: ['./app/index.html', './app/src/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        canvas: uiTokens.canvas,
        ink: uiTokens.ink,
        muted: uiTokens.muted,
        accent: uiTokens.accent,
        mark: uiTokens.highlight,
        kind: Object.fromEntries(Object.entries(kindTokens).map(([k, v]) => [k, v.color])),
        cat: Object.fromEntries(Object.entries(categoryTokens).map(([k, v]) => [k, v.color])),
      },
      fontFamily: {
        sans: ['system-ui', '-apple-system', 'Segoe UI', 'Noto Sans CJK TC', 'Noto Sans TC', 'PingFang TC', 'Microsoft JhengHei', 'sans-serif'],
      },
    },
  },
};

export default config;
