// XLSX import: an entities sheet and a relations sheet read through the CSV header mapping; formulas stay text; bad files refused.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../report';
import { parseXlsx } from './parseXlsx';
import { buildXlsx } from './xlsxFixture';

describe('parseXlsx', () => {
  it('reads an Entities sheet and a Relations sheet (Chinese headers too), leaving other sheets out with a note', async () => {
    const book = buildXlsx([
      { name: 'Elements', rows: [['Label', 'Type', 'X', 'Y'], ['Elon Musk', 'Person', 10, 20], ['OpenAI', '公司', 30, 40]] },
      { name: '關係', rows: [['起點', '終點', '類型', '日期', '引文'], ['Elon Musk', 'OpenAI', 'sued', 42349, 'Musk sued OpenAI']] },
      { name: 'Notes', rows: [['Anything'], ['at all']] },
    ]);
    const { draft, mapping, issues } = await parseXlsx('book.xlsx', book);
    expect(mapping.files.map((f) => [f.file, f.role])).toEqual([
      ['book.xlsx/Elements', 'entities'],
      ['book.xlsx/關係', 'relations'],
    ]);
    expect(draft.entities.map((e) => [e.id, e.label, e.kind, e.x, e.y])).toEqual([
      ['elon-musk', 'Elon Musk', 'Person', 10, 20],
      ['openai', 'OpenAI', '公司', 30, 40],
    ]);
    expect(draft.relations[0]).toMatchObject({ source: 'Elon Musk', target: 'OpenAI', type: 'sued', date: '42349', where: { file: 'book.xlsx/關係', row: 2 } });
    expect(draft.relations[0]?.evidence[0]?.quote).toBe('Musk sued OpenAI');
    expect(issues.map((i) => [i.code, i.where.file])).toEqual([['sheet-skipped', 'book.xlsx/Notes']]);
  });

  it('reads a formula cell as its cached value, never evaluating it, and keeps formula-looking strings as text', async () => {
    const book = buildXlsx([{ name: 'People', rows: [['Label', 'Description'], ['=cmd|"/c calc"!A1', { f: 'HYPERLINK("http://evil.example","x")', v: 'x' }]] }]);
    const { draft } = await parseXlsx('p.xlsx', book);
    expect(draft.entities[0]).toMatchObject({ label: '=cmd|"/c calc"!A1', description: 'x' });
  });

  it('never expands entities a hostile workbook declares (billion laughs): refused or read literally', async () => {
    const parts = unzipSync(buildXlsx([{ name: 'People', rows: [['Label'], ['Alice']] }]));
    const laughs = '<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>';
    parts['xl/sharedStrings.xml'] = strToU8(strFromU8(parts['xl/sharedStrings.xml'] as Uint8Array).replace('Alice', '&d;').replace('?>', `?>${laughs}`));
    let labels: (string | undefined)[] | undefined;
    try {
      labels = (await parseXlsx('laughs.xlsx', zipSync(parts))).draft.entities.map((e) => e.label);
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
    }
    if (labels !== undefined) expect(labels).toEqual(['&d;']);
  });

  it('refuses a file that is not a workbook with an ImportError', async () => {
    await expect(parseXlsx('x.xlsx', new TextEncoder().encode('not a zip'))).rejects.toBeInstanceOf(ImportError);
  });
});
