// Whether a link asks for the embedded view (`embed=1`, a head key like `d=`), kept apart from the view keys.
import { stateString } from './linkPairs';
import type { ViewState } from './types';

/** The embed key: `embed=1` turns the embedded view on; any other value is read as off. Either way it never reaches the view parser. */
export const EMBED_KEY = 'embed';

/** Splits a link (or the `rest` left by `readDatasetKeys`) into the embed flag and the other keys, in order. */
export function readEmbedKey(link: string): { embed: boolean; rest: string } {
  let embed = false;
  const rest: string[] = [];
  for (const part of stateString(link).split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = eq >= 0 ? part.slice(0, eq) : part;
    if (key === EMBED_KEY) embed = eq >= 0 && part.slice(eq + 1) === '1';
    else rest.push(part);
  }
  return { embed, rest: rest.join('&') };
}

/** `embed=1&` for the head of a fragment (after the dataset keys), '' when not embedded. */
export function embedPrefix(embed: boolean): string {
  return embed ? `${EMBED_KEY}=1&` : '';
}

/** True when the page's own link asks for the embedded view. */
export function isEmbedLink(link: string): boolean {
  return readEmbedKey(link).embed;
}

/**
 * What the embedded view shows of a view state: the graph (never the table) and no article reader, which has no
 * room in a frame. The link keeps the original keys, so "Open in full view" opens them.
 */
export function embedShownState(state: ViewState): ViewState {
  if (state.view === 'graph' && !state.reader.open) return state;
  return { ...state, view: 'graph', reader: { open: false, offset: null } };
}

/** The view an embed snippet links to: the shown state without the camera, so the graph fits whatever frame it is put in. */
export function embedSnippetState(state: ViewState): ViewState {
  return { ...embedShownState(state), camera: null };
}
