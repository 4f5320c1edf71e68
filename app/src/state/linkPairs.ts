// Reads the state part of a link (fragment, query, full URL) into decoded key=value pairs, in order.
import { notice, type Notice } from './notices';

export type Pair = readonly [key: string, value: string];

/** The `k=v&…` part of a link: its fragment; else, for `?query` or a full URL without fragment, its query. */
export function stateString(link: string): string {
  const hash = link.indexOf('#');
  const fragment = hash >= 0 ? link.slice(hash + 1) : null;
  const head = hash >= 0 ? link.slice(0, hash) : link;
  const isUrl = /^[a-z][a-z0-9+.-]*:/i.test(head);
  const q = head.indexOf('?');
  const query = q === 0 || (q > 0 && isUrl) ? head.slice(q + 1) : null;
  if (fragment !== null && (fragment !== '' || query === null)) return fragment;
  if (query !== null) return query;
  return isUrl || hash >= 0 ? '' : head;
}

function decode(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Splits `k=v&k=v` into decoded pairs; an undecodable pair is dropped with a notice. A key without `=` has value ''. */
export function linkPairs(state: string): { pairs: Pair[]; notices: Notice[] } {
  const pairs: Pair[] = [];
  const notices: Notice[] = [];
  for (const part of state.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawKey = eq >= 0 ? part.slice(0, eq) : part;
    const rawValue = eq >= 0 ? part.slice(eq + 1) : '';
    const key = decode(rawKey);
    const value = decode(rawValue);
    if (key === null || value === null) notices.push(notice(key ?? rawKey, rawValue, 'bad-encoding'));
    else pairs.push([key, value]);
  }
  return { pairs, notices };
}
