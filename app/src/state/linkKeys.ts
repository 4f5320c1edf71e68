// The deep-link keys: short, stable, in serialization order, plus the keys a link may never use.

/** Current link format version. */
export const LINK_VERSION = 1;

/** Every key of the v1 link format, in the order serialization writes them. Never derived from data. */
export const LINK_KEYS = [
  'v', // version
  'l', // language
  's', // selection
  'q', // search text
  'hk', // hidden entity kinds
  'ht', // hidden relation types
  'hc', // hidden categories
  'hs', // hidden stances
  'hf', // hidden statuses (fact/claim)
  'cb', // claims by (claimant entity id)
  'f', // focus hops
  'y', // layout
  'c', // camera x,y,zoom
  'rd', // reader open (1) or open at an offset (o<offset>)
  'tv', // table view
  't', // time range from..to
  'tm', // time mode
  'tu', // undated relations shown (0 = hidden)
  'p', // path from,to
  'pf', // path through facts only
  'z', // size nodes by
  'k', // camps
  'o', // overview mode (top = top entities by PageRank; default communities)
  'xg', // expanded communities (community ids), in expansion order
  'xn', // entities drawn with their neighbours, in order
] as const;
export type LinkKey = (typeof LINK_KEYS)[number];

const KNOWN: ReadonlySet<string> = new Set(LINK_KEYS);

/** Whether `key` is one of ours. */
export function isLinkKey(key: string): key is LinkKey {
  return KNOWN.has(key);
}

/** Keys that name security settings or resources to load: reported, never acted on. */
const FORBIDDEN: ReadonlySet<string> = new Set([
  'csp',
  'src',
  'url',
  'uri',
  'href',
  'data',
  'dataset',
  'load',
  'import',
  'fetch',
  'script',
  'js',
  'eval',
  'html',
  'style',
  'css',
  'policy',
  'origin',
  'base',
  'redirect',
  'callback',
  'sandbox',
  'worker',
  'plugin',
]);

/** Whether a key that is not ours would touch security settings or loading (compared case-insensitively). */
export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN.has(key.toLowerCase());
}
