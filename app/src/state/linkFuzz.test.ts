// Fuzzing the read path: prefixes, corruptions and 10,000 generated links all give a valid state and never throw.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultViewState } from './defaultViewState';
import { serializeViewState } from './serializeViewState';
import type { ViewState } from './types';
import { FAKE_DATASET, viewStateArbitrary } from './viewStateArbitrary';
import { viewStateFromLink } from './viewStateFromLink';
import { viewStateSchema } from './viewStateSchema';

const RICH: ViewState = {
  ...defaultViewState(),
  lang: 'zh',
  selection: { kind: 'relation', id: 'musk-sues-openai', evidence: 2 },
  search: 'Grok 開源 <b>',
  filters: { hiddenKinds: ['group', 'product'], hiddenTypes: ['leads'], hiddenCategories: ['other'], hiddenStances: ['neutral'], hiddenStatuses: ['fact'], claimant: 'vinod-khosla' },
  focusHops: 2,
  layout: 'fcose',
  camera: { x: -120.5, y: 33.25, zoom: 1.75 },
  reader: { open: true, offset: 1200 },
  view: 'table',
  time: { from: '2015-12', to: '2024-03', mode: 'fade', showUndated: false },
  path: { from: 'elon-musk', to: 'sam-altman', factsOnly: true },
  sizeBy: 'betweenness',
  camps: true,
};
const RICH_LINK = `#${serializeViewState(RICH)}`;

function openSafely(link: string): ReturnType<typeof viewStateFromLink> {
  const result = viewStateFromLink(link, FAKE_DATASET);
  expect(viewStateSchema.safeParse(result.state).success).toBe(true);
  return result;
}

const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();
afterAll(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore);
});

describe('opening damaged or hostile links', () => {
  it('the rich sample link opens exactly its view (the fixture used below is itself valid)', () => {
    expect(openSafely(RICH_LINK)).toEqual({ state: RICH, notices: [] });
  });

  it('every prefix of a rich link opens a valid view without throwing', () => {
    for (let i = 0; i <= RICH_LINK.length; i++) openSafely(RICH_LINK.slice(0, i));
  });

  it('cutting a link inside a value reports that value rather than failing silently', () => {
    const cut = RICH_LINK.slice(0, RICH_LINK.indexOf('&c=') + 6); // "c=-12" without y and zoom
    expect(openSafely(cut).notices).toContainEqual(expect.objectContaining({ key: 'c', reason: 'invalid-value' }));
  });

  it('links with one character replaced, deleted or duplicated still open a valid view', () => {
    fc.assert(
      fc.property(fc.nat(RICH_LINK.length - 1), fc.constantFrom('', '%', '&', '=', ',', ':', '.', 'x', '\u202E', '#'), (i, ch) => {
        openSafely(RICH_LINK.slice(0, i) + ch + RICH_LINK.slice(i + 1));
        openSafely(RICH_LINK.slice(0, i) + RICH_LINK.slice(i, i + 1).repeat(2) + RICH_LINK.slice(i + 1));
      }),
      { numRuns: 500 },
    );
  });

  it('10,000 generated links (random strings, mutated valid links, key=value soups with prototype keys) never throw', () => {
    const keys = fc.constantFrom('v', 'l', 's', 'q', 'hk', 'ht', 'c', 'f', 'rd', 't', 'p', 'pf', '__proto__', 'constructor', 'prototype', 'csp', 'src', 'toString', 'sel', 'zoom', 'pan');
    const values = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom('1', '0', '2', '-1', 'e:openai', 'r:musk-sues-openai:9', '__proto__', 'NaN', '1e309', '%', '%zz', '..', ',', 'javascript:alert(1)', '<script>x</script>', '\u202E'),
    );
    const soup = fc.array(fc.tuple(keys, values), { maxLength: 8 }).map((kv) => `#${kv.map(([k, v]) => `${k}=${v}`).join('&')}`);
    const mutated = fc
      .tuple(viewStateArbitrary(), fc.nat(), fc.string({ maxLength: 4 }))
      .map(([s, i, junk]) => {
        const link = serializeViewState(s);
        const at = i % (link.length + 1);
        return link.slice(0, at) + junk + link.slice(at + junk.length);
      });
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 30 }), soup, mutated), (link) => {
        openSafely(link);
      }),
      { numRuns: 10_000 },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore);
    const probe = {} as Record<string, unknown>;
    expect([probe.polluted, probe.x, probe['1']]).toEqual([undefined, undefined, undefined]);
  });

  it('unknown, future and corrupted versions open the default view with a notice', () => {
    for (const v of ['2', '99', 'x', '', '01x']) {
      const { state, notices } = openSafely(`#v=${v}&l=zh&s=e:openai`);
      expect(state).toEqual(defaultViewState());
      expect(notices).toHaveLength(1);
    }
  });

  it('hostile strings in every key open a valid view, each one reported', () => {
    const hostile = ['<script>alert(1)</script>', 'javascript:alert(1)', '\u202Eevil', 'x'.repeat(2000), '"><svg onload=alert(1)>'];
    for (const h of hostile) {
      for (const key of ['l', 's', 'hk', 'ht', 'f', 'y', 'c', 'rd', 't', 'p', 'z']) {
        const { state, notices } = openSafely(`#v=1&${key}=${encodeURIComponent(h)}`);
        expect(state).toEqual(defaultViewState());
        expect(notices.length).toBeGreaterThan(0);
      }
    }
  });
});
