// parseViewState: link forms, per-key validation, versions, limits, foreign keys and hostile values.
import { describe, expect, it } from 'vitest';
import { parseViewState } from './parseViewState';

const reasons = (link: string): string[] => parseViewState(link).notices.map((n) => `${n.key}:${n.reason}`);

describe('parseViewState', () => {
  it('reads the same state from "#frag", "frag", "?query", a full URL with fragment and a full URL with query', () => {
    const expected = { lang: 'zh', selection: { kind: 'entity', id: 'elon-musk' } };
    for (const link of [
      '#v=1&l=zh&s=e:elon-musk',
      'v=1&l=zh&s=e:elon-musk',
      '?v=1&l=zh&s=e:elon-musk',
      'https://example.org/app/?x=1#v=1&l=zh&s=e:elon-musk',
      'https://example.org/app/?v=1&l=zh&s=e:elon-musk',
    ]) {
      expect(parseViewState(link)).toEqual({ state: expected, notices: [] });
    }
  });

  it('an empty link or a URL without state yields an empty raw state and no notices', () => {
    for (const link of ['', '#', '?', 'https://example.org/app/']) expect(parseViewState(link)).toEqual({ state: {}, notices: [] });
  });

  it('decodes every key: selection with evidence, lists, numbers, reader offset, time, path and flags', () => {
    const link =
      '#v=1&s=r:musk-sues-openai:2&q=Grok%20%E9%96%8B%E6%BA%90&hk=group,person&ht=sued&hc=conflict&hs=opposes&hf=fact&cb=vinod-khosla' +
      '&f=2&y=fcose&c=-12.5,40,1.25&rd=o1200&tv=1&t=2015-12..&tm=fade&tu=0&p=elon-musk,openai&pf=1&z=pagerank&k=1';
    const { state, notices } = parseViewState(link);
    expect(notices).toEqual([]);
    expect(state).toEqual({
      selection: { kind: 'relation', id: 'musk-sues-openai', evidence: 2 },
      search: 'Grok 開源',
      hiddenKinds: ['group', 'person'],
      hiddenTypes: ['sued'],
      hiddenCategories: ['conflict'],
      hiddenStances: ['opposes'],
      hiddenStatuses: ['fact'],
      claimant: 'vinod-khosla',
      focusHops: 2,
      layout: 'fcose',
      camera: { x: -12.5, y: 40, zoom: 1.25 },
      reader: { open: true, offset: 1200 },
      view: 'table',
      timeFrom: '2015-12',
      timeTo: null,
      timeMode: 'fade',
      showUndated: false,
      path: { from: 'elon-musk', to: 'openai' },
      pathFactsOnly: true,
      sizeBy: 'pagerank',
      camps: true,
    });
  });

  it('one invalid value drops only its own key, with an invalid-value notice naming it', () => {
    const { state, notices } = parseViewState('#v=1&l=fr&y=spiral&c=1,2&f=two&s=x:y&t=2015-13..&z=1&k=yes&q=ok');
    expect(state).toEqual({ search: 'ok' });
    expect(notices.map((n) => n.key).sort()).toEqual(['c', 'f', 'k', 'l', 's', 't', 'y', 'z']);
    expect(notices.every((n) => n.reason === 'invalid-value')).toBe(true);
  });

  it('cb takes one entity id; a malformed one (two ids, markup, capitals) is dropped with an invalid-value notice', () => {
    expect(parseViewState('#v=1&cb=vinod-khosla')).toEqual({ state: { claimant: 'vinod-khosla' }, notices: [] });
    for (const bad of ['a,b', '%3Cb%3E', 'Vinod', '']) {
      const { state, notices } = parseViewState(`#v=1&cb=${bad}&l=zh`);
      expect(state, bad).toEqual({ lang: 'zh' });
      expect(notices.map((n) => `${n.key}:${n.reason}`), bad).toEqual(['cb:invalid-value']);
    }
  });

  it('a bad item in a list drops only that item', () => {
    // Kinds are open (imported datasets bring their own): any slug parses, and cleaning checks it against the dataset.
    const { state, notices } = parseViewState('#v=1&hk=person,Alien!,group&ht=sued,Bad_Id');
    expect(state).toEqual({ hiddenKinds: ['person', 'group'], hiddenTypes: ['sued'] });
    expect(notices).toEqual([
      { key: 'hk', value: 'Alien!', reason: 'invalid-value' },
      { key: 'ht', value: 'Bad_Id', reason: 'invalid-value' },
    ]);
  });

  it('unknown keys are reported and ignored; security-related keys are reported as forbidden', () => {
    expect(reasons('#v=1&foo=1&csp=none&SRC=//evil.example&url=javascript:alert(1)&data=x&l=zh')).toEqual([
      'foo:unknown-key',
      'csp:forbidden-key',
      'SRC:forbidden-key',
      'url:forbidden-key',
      'data:forbidden-key',
    ]);
    expect(parseViewState('#v=1&src=x&l=zh').state).toEqual({ lang: 'zh' });
  });

  it('a repeated key keeps its first value and reports the repeat', () => {
    const { state, notices } = parseViewState('#v=1&l=zh&l=en');
    expect(state).toEqual({ lang: 'zh' });
    expect(notices).toEqual([{ key: 'l', value: 'en', reason: 'duplicate-key' }]);
  });

  it('badly percent-encoded pairs are dropped with a bad-encoding notice; the rest is kept', () => {
    const { state, notices } = parseViewState('#v=1&q=%E0%A4%A&l=zh');
    expect(state).toEqual({ lang: 'zh' });
    expect(notices).toEqual([{ key: 'q', value: '%E0%A4%A', reason: 'bad-encoding' }]);
  });

  it('a future version opens the default view with a future-version notice', () => {
    expect(parseViewState('#v=2&l=zh')).toEqual({ state: {}, notices: [{ key: 'v', value: '2', reason: 'future-version' }] });
  });

  it('an unrecognised version (not a whole number) opens the default view with an unknown-version notice', () => {
    for (const v of ['abc', '-1', '1.5', '', '1e0']) {
      expect(parseViewState(`#v=${v}&l=zh`)).toEqual({ state: {}, notices: [{ key: 'v', value: v, reason: 'unknown-version' }] });
    }
  });

  it('a link over 8,000 characters is rejected before parsing, with a too-long notice giving its length', () => {
    const link = `#v=1&l=zh&q=${'a'.repeat(8000)}`;
    expect(parseViewState(link)).toEqual({ state: {}, notices: [{ key: '', value: String(link.length), reason: 'too-long' }] });
  });

  it('hostile values come back only as inert, truncated data in notices', () => {
    const hostile = [
      '<script>alert(1)</script>',
      'javascript:alert(document.cookie)',
      '\u202Egnp.exe',
      'x'.repeat(3000),
      '<img src=x onerror=alert(1)>',
    ];
    for (const h of hostile) {
      const link = `#v=1&s=${encodeURIComponent(h)}&${encodeURIComponent(h)}=1`;
      const { state, notices } = parseViewState(link);
      expect(state).toEqual({});
      expect(notices).toHaveLength(2);
      for (const n of notices) {
        expect(Array.from(n.value).length).toBeLessThanOrEqual(41);
        expect(Array.from(n.key).length).toBeLessThanOrEqual(41);
        expect(n.value + n.key).not.toMatch(/\u202E/);
      }
    }
  });

  it('prototype-named keys are ordinary unknown keys and never reach an object', () => {
    const { state, notices } = parseViewState('#v=1&__proto__=x&constructor=y&prototype=z&hasOwnProperty=1');
    expect(Object.keys(state)).toEqual([]);
    expect(notices.map((n) => n.reason)).toEqual(['unknown-key', 'unknown-key', 'unknown-key', 'unknown-key']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
