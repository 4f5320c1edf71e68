// serializeViewState: ViewState → link fragment (no `#`), `v=1` first, defaults left out, stable key order, URL-safe.
import type { LinkKey } from './linkKeys';
import { LINK_KEYS, LINK_VERSION } from './linkKeys';
import type { ViewState } from './types';

/** encodeURIComponent, also escaping `!'()*` so links survive Markdown, chat apps and e-mail. */
function enc(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const list = (xs: readonly string[]): string | null => (xs.length === 0 ? null : xs.map(enc).join(','));
const flag = (on: boolean): string | null => (on ? '1' : null);

function values(s: ViewState): Record<LinkKey, string | null> {
  const sel = s.selection;
  return {
    v: String(LINK_VERSION),
    l: s.lang === 'en' ? null : s.lang,
    s:
      sel === null
        ? null
        : sel.kind === 'entity'
          ? `e:${enc(sel.id)}`
          : sel.kind === 'bundle'
            ? `b:${sel.id.split('~').map(enc).join('~')}`
            : `r:${enc(sel.id)}${sel.evidence === 0 ? '' : `:${sel.evidence}`}`,
    q: s.search === '' ? null : enc(s.search),
    hk: list(s.filters.hiddenKinds),
    ht: list(s.filters.hiddenTypes),
    hc: list(s.filters.hiddenCategories),
    hs: list(s.filters.hiddenStances),
    hf: list(s.filters.hiddenStatuses),
    cb: s.filters.claimant === null ? null : enc(s.filters.claimant),
    f: s.focusHops === 0 ? null : String(s.focusHops),
    y: s.layout === 'preset' ? null : s.layout,
    c: s.camera === null ? null : `${s.camera.x},${s.camera.y},${s.camera.zoom}`,
    rd: !s.reader.open ? null : s.reader.offset === null ? '1' : `o${s.reader.offset}`,
    tv: flag(s.view === 'table'),
    t: s.time.from === null && s.time.to === null ? null : `${s.time.from ?? ''}..${s.time.to ?? ''}`,
    tm: s.time.mode === 'hide' ? null : s.time.mode,
    tu: s.time.showUndated ? null : '0',
    p: s.path === null ? null : `${enc(s.path.from)},${enc(s.path.to)}`,
    pf: flag(s.path?.factsOnly ?? false),
    z: s.sizeBy === 'none' ? null : s.sizeBy,
    k: flag(s.camps),
    o: s.overview.mode === 'communities' ? null : s.overview.mode,
    xg: list(s.overview.groups),
    xn: list(s.overview.nodes),
  };
}

/** Writes the link fragment for a clean view state, e.g. `v=1&l=zh&s=e:vinod-khosla&hf=fact`. */
export function serializeViewState(state: ViewState): string {
  const v = values(state);
  return LINK_KEYS.flatMap((key) => {
    const value = v[key];
    return value === null ? [] : [`${key}=${value}`];
  }).join('&');
}
