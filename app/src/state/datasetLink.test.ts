// Tests of the dataset part of links: d=/dn=/src= read apart from the view keys, written back, src confined to the origin.
import { describe, expect, it } from 'vitest';
import { datasetKeysPrefix, readDatasetKeys, resolveSrc } from './datasetLink';
import { viewStateFromLink } from './viewStateFromLink';
import { defaultViewState } from './defaultViewState';

describe('readDatasetKeys', () => {
  it('opens the built-in dataset for links made before datasets existed (no d=), leaving their view keys intact', () => {
    const { keys, rest } = readDatasetKeys('#v=1&s=e:elon-musk&l=zh');
    expect(keys).toEqual({ d: null, src: null, name: null });
    expect(rest).toBe('v=1&s=e:elon-musk&l=zh');
  });

  it('takes d=, dn= and src= out of the link and keeps the rest in order', () => {
    const { keys, rest } = readDatasetKeys('#d=0123456789abcdef&dn=my%20file.csv&v=1&src=datasets%2Fmine.json&s=e:a');
    expect(keys).toEqual({ d: '0123456789abcdef', src: 'datasets/mine.json', name: 'my file.csv' });
    expect(rest).toBe('v=1&s=e:a');
  });

  it('treats d=builtin and malformed ids as the built-in dataset', () => {
    expect(readDatasetKeys('#d=builtin').keys.d).toBeNull();
    expect(readDatasetKeys('#d=<script>').keys.d).toBeNull();
    expect(readDatasetKeys('#d=__proto__').keys.d).toBeNull();
  });

  it('round-trips through datasetKeysPrefix', () => {
    const keys = { d: 'abcdef0123456789', src: 'datasets/a b.json', name: 'a&b=c.gexf' };
    expect(readDatasetKeys(`#${datasetKeysPrefix(keys)}v=1`)).toEqual({ keys, rest: 'v=1' });
    expect(datasetKeysPrefix({ d: null, src: null, name: 'ignored' })).toBe('');
  });

  it('reads edit= (a draft on this device) apart from the view keys, drops a malformed one, and writes it back', () => {
    const { keys, rest } = readDatasetKeys('#edit=0123456789abcdef&v=1&s=e:a');
    expect(keys.edit).toBe('0123456789abcdef');
    expect(rest).toBe('v=1&s=e:a');
    expect(readDatasetKeys('#edit=<script>&v=1')).toEqual({ keys: { d: null, src: null, name: null }, rest: 'v=1' });
    expect(datasetKeysPrefix(keys)).toBe('edit=0123456789abcdef&');
  });

  it('leaves nothing for the view parser to complain about', () => {
    const { rest } = readDatasetKeys('#d=0123456789abcdef&dn=x&src=datasets%2Fx.json&l=zh');
    const opened = viewStateFromLink(rest, { entities: new Set(), relations: new Map(), relationTypes: new Set(), textLength: 0 });
    expect(opened.notices).toEqual([]);
    expect(opened.state).toEqual({ ...defaultViewState(), lang: 'zh' });
  });
});

describe('resolveSrc', () => {
  const page = 'https://example.org/graph/index.html#src=x';
  it('resolves a relative path against the page, same origin', () => {
    expect(resolveSrc('datasets/mine.json', page)).toEqual({ ok: true, url: 'https://example.org/graph/datasets/mine.json' });
    expect(resolveSrc('/other/x.gexf', page)).toEqual({ ok: true, url: 'https://example.org/other/x.gexf' });
  });
  it('refuses other origins and other schemes', () => {
    expect(resolveSrc('https://evil.example/x.json', page)).toEqual({ ok: false, reason: 'cross-origin' });
    expect(resolveSrc('//evil.example/x.json', page)).toEqual({ ok: false, reason: 'cross-origin' });
    expect(resolveSrc('javascript:alert(1)', page)).toEqual({ ok: false, reason: 'cross-origin' });
    expect(resolveSrc('data:application/json,{}', page)).toEqual({ ok: false, reason: 'cross-origin' });
    expect(resolveSrc('http://example.org/x.json', page)).toEqual({ ok: false, reason: 'cross-origin' });
  });
});
