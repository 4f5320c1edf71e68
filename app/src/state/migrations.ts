// Link format migrations: each entry lifts the key=value pairs of one version to the next.
import type { Pair } from './linkPairs';
import { notice, type Notice } from './notices';

export type Migration = (pairs: readonly Pair[]) => { pairs: Pair[]; notices: Notice[] };

/**
 * v0 (before links carried `v`): `sel=entity:<id>` | `sel=relation:<id>/<evidence>`, `lang=`, `search=`,
 * `hide=<kinds>`, `layout=`, `pan=x,y` + `zoom=z`, `reader=open|closed`, `table=yes`. Other keys pass through.
 */
const v0ToV1: Migration = (pairs) => {
  const out: Pair[] = [];
  const notices: Notice[] = [];
  let pan: string | undefined;
  let zoom: string | undefined;
  const renamed: ReadonlyMap<string, string> = new Map([
    ['lang', 'l'],
    ['search', 'q'],
    ['hide', 'hk'],
    ['layout', 'y'],
  ]);
  for (const [key, value] of pairs) {
    const to = renamed.get(key);
    if (to !== undefined) out.push([to, value]);
    else if (key === 'sel') {
      const m = /^(entity|relation):([^/]*)(?:\/(\d+))?$/.exec(value);
      if (!m) notices.push(notice(key, value, 'invalid-value'));
      else out.push(['s', m[1] === 'entity' ? `e:${m[2] ?? ''}` : `r:${m[2] ?? ''}:${m[3] ?? '0'}`]);
    } else if (key === 'pan') pan = value;
    else if (key === 'zoom') zoom = value;
    else if (key === 'reader') out.push(['rd', value === 'open' ? '1' : '0']);
    else if (key === 'table') out.push(['tv', value === 'yes' ? '1' : '0']);
    else out.push([key, value]);
  }
  if (pan !== undefined && zoom !== undefined) out.push(['c', `${pan},${zoom}`]);
  else if (pan !== undefined || zoom !== undefined) notices.push(notice(pan === undefined ? 'zoom' : 'pan', pan ?? zoom ?? '', 'invalid-value'));
  return { pairs: out, notices };
};

/** `MIGRATIONS[n]` turns a version-n link into version n+1. */
export const MIGRATIONS: ReadonlyMap<number, Migration> = new Map([[0, v0ToV1]]);
