// parseViewState: link → raw per-key values + notices. Versioned, migrated, never throws, never acts on foreign keys.
import { KEY_PARSERS } from './keyValueParsers';
import { isForbiddenKey, isLinkKey, LINK_VERSION } from './linkKeys';
import { linkPairs, stateString, type Pair } from './linkPairs';
import { MIGRATIONS } from './migrations';
import { notice, type Notice } from './notices';
import type { RawViewState } from './rawViewState';
import { LIMITS } from './viewStateLimits';

export interface ParsedLink {
  state: RawViewState;
  notices: Notice[];
}

/** Finds the link's version: no `v` = 0 (links before versioning); anything not a whole number = null. */
function linkVersion(pairs: readonly Pair[]): { version: number | null; value: string } {
  const v = pairs.find(([key]) => key === 'v');
  if (v === undefined) return { version: 0, value: '' };
  return { version: /^\d{1,6}$/.test(v[1]) ? Number(v[1]) : null, value: v[1] };
}

/**
 * Reads a deep link: a fragment (`#v=1&l=zh…`, with or without `#`), a `?query`, or a full URL.
 * Each key is validated alone; whatever is dropped is reported as a notice. Unknown or future
 * versions and links over 8,000 characters yield an empty state (the default view) and a notice.
 */
export function parseViewState(link: string): ParsedLink {
  if (link.length > LIMITS.maxLinkLength) {
    return { state: {}, notices: [notice('', String(link.length), 'too-long')] };
  }
  const split = linkPairs(stateString(link));
  const notices = [...split.notices];
  let pairs: readonly Pair[] = split.pairs;

  const { version, value } = linkVersion(pairs);
  if (version === null || version > LINK_VERSION || (version < LINK_VERSION && !MIGRATIONS.has(version))) {
    const reason = version !== null && version > LINK_VERSION ? 'future-version' : 'unknown-version';
    return { state: {}, notices: [...notices, notice('v', value, reason)] };
  }
  for (let from = version; from < LINK_VERSION; from++) {
    const step = MIGRATIONS.get(from);
    if (step === undefined) return { state: {}, notices: [...notices, notice('v', value, 'unknown-version')] };
    const migrated = step(pairs);
    pairs = migrated.pairs;
    notices.push(...migrated.notices);
  }

  const state: RawViewState = {};
  const seen = new Set<string>();
  const report = (n: Notice): void => void notices.push(n);
  for (const [key, val] of pairs) {
    if (!isLinkKey(key)) {
      report(notice(key, val, isForbiddenKey(key) ? 'forbidden-key' : 'unknown-key'));
    } else if (seen.has(key)) {
      report(notice(key, val, 'duplicate-key'));
    } else {
      seen.add(key);
      if (key !== 'v' && !KEY_PARSERS[key](state, val, report, key)) report(notice(key, val, 'invalid-value'));
    }
  }
  return { state, notices };
}
