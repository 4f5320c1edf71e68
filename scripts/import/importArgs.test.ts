// `npm run import` arguments and report lines: files and flags in any order, clear one-line errors, issues as `file row, column: message`.
import { describe, expect, it } from 'vitest';
import { emptyReport } from '../../app/src/model/import/report';
import { CliArgsError } from '../export/cliArgs';
import { parseImportArgs } from './importArgs';
import { issueLine, reportLines, reportMarkdown } from './reportLines';

describe('parseImportArgs', () => {
  it('takes files and flags in any order, both --flag value and --flag=value, with defaults', () => {
    expect(parseImportArgs(['a.csv', '--out', 'b.json', 'x.txt', '--lang=zh'])).toEqual({ files: ['a.csv', 'x.txt'], out: 'b.json', lang: 'zh', report: null });
    expect(parseImportArgs(['g.gexf'])).toEqual({ files: ['g.gexf'], out: null, lang: 'en', report: null });
    expect(parseImportArgs(['--report', 'r.md', '--', '--odd-name.csv']).files).toEqual(['--odd-name.csv']);
  });
  it.each([
    [[], /no input file/],
    [['a.csv', '--out'], /--out needs a value/],
    [['a.csv', '--out', '--lang', 'en'], /--out needs a value/],
    [['a.csv', '--lang', 'fr'], /--lang: expected en or zh, got "fr"/],
    [['a.csv', '--format', 'x'], /unknown option --format/],
    [['a.csv', '--out', 'a', '--out', 'b'], /--out given twice/],
  ])('rejects %j with a message naming the problem', (argv, message) => {
    expect(() => parseImportArgs(argv)).toThrow(CliArgsError);
    expect(() => parseImportArgs(argv)).toThrow(message);
  });
});

describe('report lines', () => {
  const report = emptyReport();
  report.files = [{ name: 'connections.csv', format: 'csv', bytes: 10 }];
  report.issues = [
    { severity: 'warning', code: 'unknown-entity', where: { file: 'connections.csv', row: 3, column: 'From' }, message: { en: 'no entity "Elon Muks" (did you mean "Elon Musk"?)', zh: '沒有實體「Elon Muks」' } },
    { severity: 'error', code: 'invalid-data', where: { file: 'd.zip/graph-data/r.yaml', line: 4 }, message: { en: 'd.zip/graph-data/r.yaml:4 relations[x].target: unknown', zh: '資料檢查錯誤：d.zip/graph-data/r.yaml:4 relations[x].target: unknown' } },
  ];

  it('prints each issue as `file row/line, column: message`, in the chosen language, without repeating a place the message gives', () => {
    expect(issueLine(report.issues[0]!, 'en')).toBe('warning: connections.csv row 3, From: no entity "Elon Muks" (did you mean "Elon Musk"?)');
    expect(issueLine(report.issues[0]!, 'zh')).toBe('warning: connections.csv row 3, From: 沒有實體「Elon Muks」');
    expect(issueLine(report.issues[1]!, 'en')).toBe('error: d.zip/graph-data/r.yaml:4 relations[x].target: unknown');
    expect(reportLines(report, false, 'en')).toEqual(['connections.csv: csv, 10 bytes', 'import failed; nothing was written.', expect.stringContaining('Elon Muks'), expect.stringContaining('relations[x]')]);
  });

  it('writes Markdown with data text escaped', () => {
    const hostile = emptyReport();
    hostile.files = [{ name: '<img src=x onerror=alert(1)>.csv', format: 'csv', bytes: 1 }];
    const md = reportMarkdown(hostile, true, 'en');
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;.csv');
  });
});
