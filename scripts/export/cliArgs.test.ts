// CLI arguments: links in every accepted form, defaults, and a one-line error naming the bad flag.
import { describe, expect, it } from 'vitest';
import { CliArgsError, exportOptionsOf, linkPart, parseCliArgs } from './cliArgs';
import { linkWithSrc } from './dataInput';
import { outputPaths } from './outputPaths';

describe('linkPart', () => {
  it('takes the fragment of a full URL, keeps #fragment and ?query, and prefixes a bare fragment', () => {
    expect(linkPart('http://127.0.0.1:4173/#v=1&s=e:elon-musk')).toBe('#v=1&s=e:elon-musk');
    expect(linkPart('https://x.org/app/?v=1&l=zh')).toBe('?v=1&l=zh');
    expect(linkPart('#v=1&l=zh')).toBe('#v=1&l=zh');
    expect(linkPart('?v=1')).toBe('?v=1');
    expect(linkPart('v=1&l=zh')).toBe('#v=1&l=zh');
    expect(linkPart('')).toBe('');
  });
});

describe('parseCliArgs', () => {
  it('reads every option, in both --flag value and --flag=value forms, with defaults', () => {
    const args = parseCliArgs(['--link', '#v=1', '--format=png', '--out', 'a.png', '--scale', '4', '--full']);
    expect(args).toEqual({
      link: '#v=1',
      format: 'png',
      out: 'a.png',
      scale: 4,
      width: 1600,
      height: 1000,
      full: true,
      transparent: false,
      all: false,
      mixed: false,
      title: undefined,
      titleText: undefined,
      legend: undefined,
      credit: undefined,
      data: [],
      visible: false,
      story: undefined,
    });
  });
  it('html: the whole dataset by default, the view with --visible, a story with --story; both flags belong to html only', () => {
    const whole = parseCliArgs(['--format', 'html', '--out', 'x.html']);
    expect(exportOptionsOf(whole)).toMatchObject({ content: 'all' });
    expect(exportOptionsOf(whole).story).toBeUndefined();
    const part = parseCliArgs(['--format', 'html', '--out', 'x.html', '--visible', '--story', 'open-vs-closed']);
    expect(exportOptionsOf(part)).toMatchObject({ content: 'visible', story: 'open-vs-closed' });
    expect(() => parseCliArgs(['--format', 'png', '--out', 'x.png', '--visible'])).toThrow(/--visible applies to --format html only/);
    expect(() => parseCliArgs(['--format', 'md', '--out', 'x.md', '--story', 'a'])).toThrow(/--story applies to --format html only/);
    expect(() => parseCliArgs(['--format', 'html', '--out', 'x.html', '--all', '--visible'])).toThrow(CliArgsError);
  });
  it('collects --data files up to the next option, in one or several --data flags', () => {
    expect(parseCliArgs(['--data', 'people.csv', 'ties.csv', 'article.txt', '--format', 'svg', '--out', 'x.svg']).data).toEqual(['people.csv', 'ties.csv', 'article.txt']);
    expect(parseCliArgs(['--format', 'png', '--out', 'x', '--data=a.gexf']).data).toEqual(['a.gexf']);
    expect(parseCliArgs(['--data', 'a.csv', '--format', 'png', '--out', 'x', '--data', 'b.txt']).data).toEqual(['a.csv', 'b.txt']);
  });
  it('reads the picture frame flags and --mixed into the options the app validates', () => {
    const args = parseCliArgs(['--format', 'svg', '--out', 'a.svg', '--title', 'Who backs whom', '--no-legend', '--credit', '--mixed']);
    expect(exportOptionsOf(args)).toEqual({ scope: 'view', scale: 2, background: true, content: 'visible', edges: 'mixed', title: true, titleText: 'Who backs whom', legend: false, credit: true });
    const none = exportOptionsOf(parseCliArgs(['--format', 'png', '--out', 'a.png', '--full', '--no-title', '--no-credit']));
    expect(none).toEqual({ scope: 'full', scale: 2, background: true, content: 'visible', edges: 'directed', title: false, credit: false });
    expect(exportOptionsOf(parseCliArgs(['--format', 'gexf', '--out', 'g.gexf']))).toEqual({ scope: 'view', scale: 2, background: true, content: 'visible', edges: 'directed' });
  });
  it.each([
    [['--out', 'x'], /--format is required/],
    [['--format', 'bmp', '--out', 'x'], /--format: unknown format "bmp"/],
    [['--format', 'png'], /--out is required/],
    [['--format', 'png', '--out', 'x', '--scale', '0'], /--scale: expected/],
    [['--format', 'png', '--out', 'x', '--width', '12.5'], /--width: expected a whole number/],
    [['--format', 'png', '--out', 'x', '--bogus'], /unknown option --bogus/],
    [['--format', 'png', '--out'], /--out needs a value/],
    [['--format', 'png', '--out', 'x', 'stray'], /unexpected argument "stray"/],
    [['--format', 'png', '--format', 'svg', '--out', 'x'], /--format given twice/],
    [['--format', 'png', '--out', 'x', '--link', 'http://[bad'], /--link: not a valid URL/],
    [['--format', 'png', '--out', 'x', '--data'], /--data needs at least one file/],
    [['--data', '--format', 'png', '--out', 'x'], /--data needs at least one file/],
    [['--format', 'png', '--out', 'x', '--legend', '--no-legend'], /--legend and --no-legend contradict/],
    [['--format', 'png', '--out', 'x', '--title'], /--title needs a value/],
    [['--format', 'png', '--out', 'x', '--mixed=yes'], /--mixed takes no value/],
  ])('rejects %j with a message naming the problem', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(CliArgsError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});

describe('outputPaths', () => {
  const names = ['evidence-graph_d_view_2026-11-29_entities.csv', 'evidence-graph_d_view_2026-11-29_relations.csv'];
  it('writes one file to FILE itself', () => {
    expect(outputPaths('out/x.png', ['whatever.png'], false)).toEqual(['out/x.png']);
  });
  it("puts CSV's two files in a directory under the app's names", () => {
    expect(outputPaths('out', names, true)).toEqual(names.map((n) => `out/${n}`));
    expect(outputPaths('out/', names, false)).toEqual(names.map((n) => `out/${n}`));
  });
  it('treats any other FILE as a prefix for the two CSV files', () => {
    expect(outputPaths('out/graph.csv', names, false)).toEqual(['out/graph-entities.csv', 'out/graph-relations.csv']);
  });
});

describe('linkWithSrc (--data)', () => {
  it('puts the served bundle first as src= and keeps the view keys, dropping keys that name another dataset', () => {
    expect(linkWithSrc('', 'datasets/cli-0123.json')).toBe('#src=datasets%2Fcli-0123.json');
    expect(linkWithSrc('#v=1&l=zh&s=e:alice', 'datasets/x.json')).toBe('#src=datasets%2Fx.json&v=1&l=zh&s=e:alice');
    expect(linkWithSrc('?d=abcdef0123456789&dn=old.gexf&src=other.json&v=1', 'datasets/x.json')).toBe('#src=datasets%2Fx.json&v=1');
  });
});
