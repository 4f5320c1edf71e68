// Tests of the embed head key: embed=1 read apart from the view keys (with or after the dataset keys), written back, and what an embed shows.
import { describe, expect, it } from 'vitest';
import { datasetKeysPrefix, readDatasetKeys } from './datasetLink';
import { defaultViewState } from './defaultViewState';
import { embedPrefix, embedShownState, embedSnippetState, isEmbedLink, readEmbedKey } from './embedLink';
import { serializeViewState } from './serializeViewState';
import { viewStateFromLink } from './viewStateFromLink';

const EMPTY_INDEX = { entities: new Set<string>(['a']), relations: new Map(), relationTypes: new Set<string>(), textLength: 0 };

describe('readEmbedKey', () => {
  it('takes embed=1 out of the link and keeps the other keys in order', () => {
    expect(readEmbedKey('#embed=1&v=1&s=e:a&l=zh')).toEqual({ embed: true, rest: 'v=1&s=e:a&l=zh' });
  });

  it('reads a link without embed= as the full view, unchanged', () => {
    expect(readEmbedKey('#v=1&s=e:a')).toEqual({ embed: false, rest: 'v=1&s=e:a' });
  });

  it('strips embed= whatever its value, but only embed=1 turns the embedded view on', () => {
    for (const value of ['0', '', 'true', 'yes', '%31', '1 ']) {
      expect(readEmbedKey(`#embed=${value}&v=1`), value).toEqual({ embed: false, rest: 'v=1' });
    }
    expect(readEmbedKey('#embed&v=1')).toEqual({ embed: false, rest: 'v=1' });
  });

  it('finds embed=1 after the dataset keys, and both leave nothing for the view parser to complain about', () => {
    const link = `#${datasetKeysPrefix({ d: '0123456789abcdef', src: null, name: 'x.csv' })}${embedPrefix(true)}v=1&s=e:a&l=zh`;
    const { keys, rest } = readDatasetKeys(link);
    expect(keys.d).toBe('0123456789abcdef');
    const embedded = readEmbedKey(rest);
    expect(embedded.embed).toBe(true);
    const opened = viewStateFromLink(embedded.rest, EMPTY_INDEX);
    expect(opened.notices).toEqual([]);
    expect(opened.state).toEqual({ ...defaultViewState(), lang: 'zh', selection: { kind: 'entity', id: 'a' } });
  });

  it('round-trips through embedPrefix', () => {
    const view = serializeViewState({ ...defaultViewState(), lang: 'zh' });
    expect(readEmbedKey(`#${embedPrefix(true)}${view}`)).toEqual({ embed: true, rest: view });
    expect(embedPrefix(false)).toBe('');
    expect(isEmbedLink(`#${embedPrefix(true)}${view}`)).toBe(true);
    expect(isEmbedLink(`#${view}`)).toBe(false);
  });
});

describe('embedShownState / embedSnippetState', () => {
  it('shows the graph without the reader, keeping everything else', () => {
    const state = { ...defaultViewState(), view: 'table' as const, reader: { open: true, offset: 120 }, lang: 'zh' as const, camera: { x: 1, y: 2, zoom: 3 } };
    expect(embedShownState(state)).toEqual({ ...state, view: 'graph', reader: { open: false, offset: null } });
  });

  it('returns the same object when there is nothing to hide', () => {
    const state = defaultViewState();
    expect(embedShownState(state)).toBe(state);
  });

  it('drops the camera from the snippet so the graph fits the frame it is put in', () => {
    const state = { ...defaultViewState(), camera: { x: 1, y: 2, zoom: 3 }, selection: { kind: 'entity' as const, id: 'a' } };
    expect(embedSnippetState(state)).toEqual({ ...state, camera: null });
  });
});
