// The iframe snippet Share → Embed offers: the embed link of a view, its size presets, and the HTML as escaped text.
import { embedPrefix, embedSnippetState } from '../../state/embedLink';
import { serializeViewState } from '../../state/serializeViewState';
import type { ViewState } from '../../state/types';

/** A frame size: fixed pixels, or the full width of the host's column at a fixed height. */
export type EmbedSize = { kind: 'fixed'; width: number; height: number } | { kind: 'responsive'; height: number };

/** The presets offered, in order (the first is the default). */
export const EMBED_SIZES: readonly { id: string; size: EmbedSize }[] = [
  { id: '600x400', size: { kind: 'fixed', width: 600, height: 400 } },
  { id: '800x600', size: { kind: 'fixed', width: 800, height: 600 } },
  { id: 'responsive', size: { kind: 'responsive', height: 480 } },
];

/** Escapes text for a double-quoted HTML attribute (so a title from the data or a link can never close it). */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;');
}

/** The embedded view of `state` at `pageUrl`'s address: dataset keys first, then `embed=1`, then the view (camera left out). */
export function embedUrl(pageUrl: string, datasetPrefix: string, state: ViewState): string {
  const url = new URL(pageUrl);
  return `${url.origin}${url.pathname}#${datasetPrefix}${embedPrefix(true)}${serializeViewState(embedSnippetState(state))}`;
}

/**
 * `<iframe>` HTML for the given link, title and size, lazily loaded, borderless. Width and height are attributes
 * (not styles) so a host page whose CSP forbids inline styles still sizes it; `style` only removes the border.
 */
export function embedSnippet(src: string, title: string, size: EmbedSize): string {
  const width = size.kind === 'fixed' ? String(size.width) : '100%';
  const attrs: [string, string][] = [
    ['src', src],
    ['title', title],
    ['width', width],
    ['height', String(size.height)],
    ['loading', 'lazy'],
    ['style', 'border: 0'],
    ['allow', 'clipboard-write'],
  ];
  return `<iframe ${attrs.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ')}></iframe>`;
}
