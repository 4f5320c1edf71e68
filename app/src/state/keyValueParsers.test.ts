// The link's value parsers (plain functions, no zod) accept exactly what the model's zod schemas accept, key by key.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partialDate, slug } from '../model/schema';
import { KEY_PARSERS } from './keyValueParsers';
import type { RawViewState } from './rawViewState';

/** Runs one key's parser on `value`: whether it took it, what it wrote, and the list items it reported. */
function parse(key: keyof typeof KEY_PARSERS, value: string): { ok: boolean; raw: RawViewState; reported: string[] } {
  const raw: RawViewState = {};
  const reported: string[] = [];
  const ok = KEY_PARSERS[key](raw, value, (n) => reported.push(n.value ?? ''), key);
  return { ok, raw, reported };
}

/** Strings near the id and date alphabets, so that both accepted and rejected values come up often. */
const near = fc.string({ unit: fc.constantFrom('a', 'z', '0', '9', '-', '.', ',', 'A', ' ', '~', ':', 'é'), maxLength: 14 });
const dates = fc.oneof(near, fc.constantFrom('2015', '2015-12', '2015-12-31', '2015-13', '2015-02-32', '201', '', '2015-1'));

describe('link value parsers', () => {
  it('an id key (cb) takes a value exactly when the slug schema does', () => {
    fc.assert(
      fc.property(near, (v) => {
        const { ok, raw } = parse('cb', v);
        expect(ok).toBe(slug.safeParse(v).success);
        expect(raw.claimant).toBe(ok ? v : undefined);
      }),
    );
  });

  it('an id list (hk) keeps the items the slug schema accepts and reports the others', () => {
    fc.assert(
      fc.property(fc.array(near, { maxLength: 5 }), (items) => {
        const value = items.join(',');
        const parts = value === '' ? [] : value.split(',');
        const { raw, reported } = parse('hk', value);
        expect(raw.hiddenKinds).toEqual(parts.filter((p) => slug.safeParse(p).success));
        expect(reported).toEqual(parts.filter((p) => !slug.safeParse(p).success));
      }),
    );
  });

  it('the time range (t) takes from..to when each side is empty or a partial date by the schema', () => {
    fc.assert(
      fc.property(dates, dates, (from, to) => {
        const { ok, raw } = parse('t', `${from}..${to}`);
        const good = (d: string): boolean => d === '' || partialDate.safeParse(d).success;
        const plain = /^[\d-]*$/.test(from) && /^[\d-]*$/.test(to);
        expect(ok).toBe(plain && good(from) && good(to));
        if (ok) expect([raw.timeFrom, raw.timeTo]).toEqual([from === '' ? null : from, to === '' ? null : to]);
      }),
    );
    expect(parse('t', '2015').ok).toBe(false);
  });

  it('the path (p) takes exactly two slugs', () => {
    expect(parse('p', 'elon-musk,openai').raw.path).toEqual({ from: 'elon-musk', to: 'openai' });
    for (const bad of ['elon-musk', 'elon-musk,openai,xai', 'elon-musk,', 'Elon,openai', ',']) expect(parse('p', bad).ok, bad).toBe(false);
  });

  it('selection, camera, reader, flags, numbers and enums take their forms and nothing else', () => {
    expect(parse('s', 'e:openai').raw.selection).toEqual({ kind: 'entity', id: 'openai' });
    expect(parse('s', 'r:r-1:2').raw.selection).toEqual({ kind: 'relation', id: 'r-1', evidence: 2 });
    expect(parse('s', 'r:r-1').raw.selection).toEqual({ kind: 'relation', id: 'r-1', evidence: 0 });
    expect(parse('s', 'b:a~b').raw.selection).toEqual({ kind: 'bundle', id: 'a~b' });
    for (const bad of ['e:openai:1', 'x:openai', 'e:', 'b:a~', 'e:Open']) expect(parse('s', bad).ok, bad).toBe(false);
    expect(parse('c', '-1.5,2,0.75').raw.camera).toEqual({ x: -1.5, y: 2, zoom: 0.75 });
    for (const bad of ['1,2', '1,2,3,4', 'a,b,c', '1e3,2,3']) expect(parse('c', bad).ok, bad).toBe(false);
    expect(parse('rd', '0').raw.reader).toEqual({ open: false, offset: null });
    expect(parse('rd', '1').raw.reader).toEqual({ open: true, offset: null });
    expect(parse('rd', 'o42').raw.reader).toEqual({ open: true, offset: 42 });
    expect(parse('rd', 'o').ok).toBe(false);
    expect(parse('tv', '1').raw.view).toBe('table');
    expect(parse('tv', '0').raw.view).toBe('graph');
    expect(parse('tu', '0').raw.showUndated).toBe(false);
    expect(parse('tu', 'true').ok).toBe(false);
    expect(parse('f', '-2').raw.focusHops).toBe(-2);
    expect(parse('f', '1.5').ok).toBe(false);
    expect(parse('l', 'zh').raw.lang).toBe('zh');
    expect(parse('l', 'fr').ok).toBe(false);
    expect(parse('y', 'circle').raw.layout).toBe('circle');
    expect(parse('y', 'toString').ok).toBe(false);
    expect(parse('tm', 'fade').raw.timeMode).toBe('fade');
    expect(parse('hc', 'conflict,nope').raw.hiddenCategories).toEqual(['conflict']);
    expect(parse('q', '<img src=x>').raw.search).toBe('<img src=x>');
  });
});
