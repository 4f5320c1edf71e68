// check-dist's dev-only names: the same as the endpoint's own constants, found in any text (so a build that kept the save code fails the check).
import { describe, expect, it } from 'vitest';
import { SAVE_PATH, TOKEN_META } from '../app/src/edit-server/protocol';
import { DEV_ONLY_NAMES, devOnlyNamesIn } from './check-dist.mjs';

describe('check-dist: dev-server-only names', () => {
  it('are exactly the save endpoint path and the token meta name', () => {
    expect(DEV_ONLY_NAMES).toEqual([SAVE_PATH, TOKEN_META]);
  });

  it('are found in a bundle that kept the save code, and not in one without it', () => {
    expect(devOnlyNamesIn(`fetch("${SAVE_PATH}",{method:"POST"});document.querySelector('meta[name="${TOKEN_META}"]')`)).toEqual([SAVE_PATH, TOKEN_META]);
    expect(devOnlyNamesIn('const a="/__evidence-graph/";const b="evidence-graph-save";')).toEqual([]);
  });
});
