// CSV/TSV import: files as Kumu, Excel and Google Sheets write them, Chinese headers, multi-values, hostile cells, and the CSV + .txt case.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAnchored } from '../../schema';
import { normalizeDraft } from '../normalize';
import { BASE_VOCABULARY } from '../normalize/testVocabulary';
import { ImportError, emptyReport, formatWhere } from '../report';
import { parseCsvFiles } from './parseCsv';

const fixture = (name: string): { name: string; text: string } => ({ name, text: readFileSync(new URL(`../fixtures/csv/${name}`, import.meta.url), 'utf8') });

function normalized(files: { name: string; text: string }[]) {
  const { draft, issues } = parseCsvFiles(files);
  const report = emptyReport();
  report.issues.push(...issues);
  return { data: normalizeDraft(draft, report, { baseVocabulary: BASE_VOCABULARY }), report, draft };
}

describe('parseCsvFiles: Kumu layout', () => {
  const elements = fixture('kumu-elements.csv');
  const connections = fixture('kumu-connections.csv');

  it('tells the entities file from the relations file by headers, whatever order they come in (BOM and CRLF as Excel writes them)', () => {
    const { draft, mapping } = parseCsvFiles([connections, elements]);
    expect(mapping.files.map((f) => [f.file, f.role])).toEqual([
      ['kumu-connections.csv', 'relations'],
      ['kumu-elements.csv', 'entities'],
    ]);
    expect(draft.entities.map((e) => [e.id, e.label, e.kind])).toEqual([
      ['elon-musk', 'Elon Musk', 'Person'],
      ['openai', 'OpenAI', 'Organization'],
      ['sam-altman', 'Sam Altman', 'Person'],
      ['microsoft', 'Microsoft', 'Company'],
    ]);
    expect(draft.impliedEntities).toBeUndefined();
  });

  it('keeps a quoted newline inside a cell and numbers rows with the header as row 1', () => {
    const { draft } = parseCsvFiles([elements]);
    expect(draft.entities[1]?.description).toBe('AI lab.\r\nFounded as a non-profit.');
    expect(draft.entities.map((e) => e.where.row)).toEqual([2, 3, 4, 5]);
  });

  it('maps Tags and Image to nothing without asking, and needs no confirmation when every header is known', () => {
    const { mapping } = parseCsvFiles([elements, connections]);
    expect(mapping.needsConfirmation).toBe(false);
    expect(mapping.files[0]?.columns.filter((c) => c.field === 'ignore').map((c) => c.header)).toEqual(['Tags', 'Image']);
  });

  it('reads dates, stance, status, claimant, and several quotes with matching sources split on |', () => {
    const { draft } = parseCsvFiles([elements, connections]);
    const last = draft.relations[3];
    expect(last).toMatchObject({ source: 'Sam Altman', target: 'Elon Musk', type: 'criticized', directed: true, date: '12/11/2015', stance: '-', status: 'alleged', claimedBy: 'OpenAI' });
    expect(last?.evidence.map((e) => [e.quote, e.source])).toEqual([
      ['he is a jerk', 'Interview'],
      ['he is wrong', 'Blog'],
    ]);
    expect(draft.relations[2]?.evidence).toEqual([{ quote: 'Microsoft invested $1 billion', source: 'The Verge', url: 'https://example.com/verge', where: { file: 'kumu-connections.csv', row: 4, column: 'Quote' } }]);
  });

  it('reports the misspelt end with file, row, column and a suggestion once normalised', () => {
    const { data, report } = normalized([elements, connections]);
    const issue = report.issues.find((i) => i.code === 'unknown-entity');
    expect(issue && `${formatWhere(issue.where)}: ${issue.message.en}`).toBe('kumu-connections.csv row 3, From: no entity "Elon Muks" (did you mean "Elon Musk"?): relation skipped');
    expect(data.graph.edges).toHaveLength(3);
    expect(report.counts).toMatchObject({ entities: 4, relations: 3, evidence: 3, unanchored: 3, skippedRelations: 1 });
  });

  it('implies the entities of a relations file opened alone', () => {
    const { draft } = parseCsvFiles([connections]);
    expect(draft.impliedEntities).toBe(true);
    const { data, report } = normalized([connections]);
    expect(data.graph.nodes.map((n) => n.attributes.label)).toEqual(['Elon Musk', 'OpenAI', 'Elon Muks', 'Microsoft', 'Sam Altman']);
    expect(report.issues.filter((i) => i.code === 'implied-entities')).toHaveLength(1);
  });
});

describe('parseCsvFiles: other exporters', () => {
  it('reads a Google Sheets TSV relations file', () => {
    const { draft } = parseCsvFiles([fixture('sheets-relations.tsv')]);
    expect(draft.relations.map((r) => [r.source, r.target, r.type, r.date])).toEqual([
      ['Elon Musk', 'OpenAI', 'funds', '2016'],
      ['OpenAI', 'Microsoft', 'partner of', '2019-07'],
    ]);
  });

  it('guesses a tab delimiter in a .csv file too', () => {
    const { draft } = parseCsvFiles([{ name: 'r.csv', text: 'From\tTo\nA\tB\n' }]);
    expect(draft.relations.map((r) => [r.source, r.target])).toEqual([['A', 'B']]);
  });

  it('reads the ; delimiter and decimal commas of European Excel, and numbers positions', () => {
    const { draft } = parseCsvFiles([fixture('excel-semicolon.csv')]);
    expect(draft.entities.map((e) => [e.label, e.x, e.y])).toEqual([
      ['Alice', 1.5, -2],
      ['Bob', 3, 4],
    ]);
  });

  it('reads Chinese headers, | aliases, Chinese kinds, types, dates and stance', () => {
    const { data, report } = normalized([fixture('zh-entities.csv'), fixture('zh-relations.csv'), fixture('complaint.txt')]);
    const musk = data.graph.nodes.find((n) => n.attributes.label === '馬斯克');
    expect(musk?.attributes).toMatchObject({ kind: 'person', aliases: ['Elon Musk', '伊隆·馬斯克'], descriptionEn: '企業家' });
    const edge = data.graph.edges[0];
    expect(edge?.attributes).toMatchObject({ type: 'sued', date: '2024-02', stance: 'opposes' });
    expect(report.issues.filter((i) => i.severity === 'warning')).toEqual([]);
  });

  it("names the user's own header in the report (a Chinese From column is reported as 起點)", () => {
    const { report } = normalized([fixture('zh-entities.csv'), { name: '關係.csv', text: '起點,終點,日期\r\n馬斯可,OpenAI,去年\r\n' }]);
    const lines = report.issues.filter((i) => i.severity === 'warning').map((i) => `${formatWhere(i.where)}: ${i.message.zh}`);
    expect(lines).toEqual(['關係.csv row 2, 起點: 沒有實體 "馬斯可"（是否指 "馬斯克"？）：已略過此關係']);
  });

  it('reads our own CSV export columns (source/target ends, evidence_source, label_zh), undoing its formula guard', () => {
    const entities = 'id,kind,label,label_zh,aliases,description_en,description_zh,x,y\r\nmusk,person,Elon Musk,馬斯克,Musk | Elon,CEO,執行長,10,20\r\nhost,organization,\'=Evil,,,,,30,40\r\n';
    const relations = 'id,source,target,source_label,target_label,type,category,directed,stance,status,claimed_by,date,date_end,summary_en,summary_zh,evidence_count,quote,evidence_source,evidence_start,evidence_end\r\nr1,musk,host,Elon Musk,=Evil,sued,conflict,true,opposes,fact,,2024,,Musk sued.,馬斯克起訴。,1,Musk sued,src,0,9\r\n';
    const { draft, mapping } = parseCsvFiles([
      { name: 'entities.csv', text: entities },
      { name: 'relations.csv', text: relations },
    ]);
    expect(mapping.needsConfirmation).toBe(false);
    expect(draft.entities[1]?.label).toBe('=Evil');
    expect(draft.entities[0]).toMatchObject({ id: 'musk', labelZh: '馬斯克', aliases: ['Musk', 'Elon'], description: 'CEO', descriptionZh: '執行長', x: 10, y: 20 });
    expect(draft.relations[0]).toMatchObject({ id: 'r1', source: 'musk', target: 'host', directed: true, summary: 'Musk sued.', summaryZh: '馬斯克起訴。' });
    expect(draft.relations[0]?.evidence[0]).toMatchObject({ quote: 'Musk sued', source: 'src', start: 0 });
  });
});

describe('parseCsvFiles: hostile and odd input', () => {
  it('keeps cells beginning with = + - @ as plain text', () => {
    const text = 'Label,Description\r\n"=HYPERLINK(""http://evil.example"",""x"")",+1+2\r\n@SUM(A1),-3\r\n';
    const { draft } = parseCsvFiles([{ name: 'e.csv', text }]);
    expect(draft.entities.map((e) => [e.label, e.description])).toEqual([
      ['=HYPERLINK("http://evil.example","x")', '+1+2'],
      ['@SUM(A1)', '-3'],
    ]);
  });

  it('a __proto__ header and a __proto__ id leave Object.prototype untouched and are renamed in the dataset', () => {
    const text = 'Id,Label,__proto__,constructor\r\n__proto__,Evil,{"polluted":1},x\r\nconstructor,Also evil,,\r\n';
    const { data, report } = normalized([{ name: 'e.csv', text }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(data.graph.nodes.map((n) => n.key)).toEqual(['id-__proto__', 'id-constructor']);
    expect(report.issues.filter((i) => i.code === 'unknown-column').map((i) => i.where.column)).toEqual(['__proto__', 'constructor']);
  });

  it('proposes a field for a misspelt header and lets a mapping override it', () => {
    const text = 'Lable,Catgory,Notes on sourcing\r\nAlice,person,x\r\n';
    const first = parseCsvFiles([{ name: 'e.csv', text: 'Id,' + text.replace('\r\nAlice', '\r\na,Alice') }]);
    expect(first.mapping.needsConfirmation).toBe(true);
    expect(first.mapping.files[0]?.columns.map((c) => [c.header, c.field, c.known])).toEqual([
      ['Id', 'id', true],
      ['Lable', 'label', false],
      ['Catgory', 'ignore', false],
      ['Notes on sourcing', 'ignore', false],
    ]);
    const second = parseCsvFiles([{ name: 'e.csv', text }], { mapping: [{ file: 'e.csv', role: 'entities', columns: [{ header: 'Lable', field: 'label' }, { header: 'Catgory', field: 'kind' }] }] });
    expect(second.draft.entities[0]).toMatchObject({ label: 'Alice', kind: 'person' });
  });

  it('refuses a CSV it cannot place, naming its headers', () => {
    let error: unknown;
    try {
      parseCsvFiles([{ name: 'mystery.csv', text: 'a,b\r\n1,2\r\n' }]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('csv-unrecognised');
    expect((error as ImportError).messages.en).toContain('"a", "b"');
  });

  it('reports cells beyond the last column and uneven quote/source lists', () => {
    const text = 'From,To,Quote,Source\r\nA,B,one|two|three,S1|S2,extra\r\n';
    const { draft, issues } = parseCsvFiles([{ name: 'r.csv', text }]);
    expect(issues.map((i) => [i.code, i.where.row])).toEqual([
      ['extra-cells', 2],
      ['uneven-multi-values', 2],
    ]);
    expect(draft.relations[0]?.evidence.map((e) => e.source)).toEqual(['S1', 'S2', 'S2']);
  });
});

describe('parseCsvFiles: CSV + source text', () => {
  it('anchors a quote in a .txt opened with the CSV: exact === text.slice(start, end), source titled by the file name', () => {
    const txt = fixture('complaint.txt');
    const { data, report } = normalized([fixture('zh-relations.csv'), txt]);
    const ev = data.graph.edges[0]?.attributes.evidence[0];
    expect(ev && isAnchored(ev)).toBe(true);
    if (!ev || !isAnchored(ev)) return;
    const text = data.texts[ev.source] as string;
    expect(text).toBe(txt.text);
    expect(ev.exact).toBe('馬斯克起訴OpenAI');
    expect(ev.exact).toBe(text.slice(ev.start, ev.end));
    expect(data.graph.attributes.sources.find((s) => s.id === ev.source)?.title.en).toBe('complaint.txt');
    expect(report.counts).toMatchObject({ anchored: 1, unanchored: 0 });
  });

  it('lists the files of the mapping proposal in the order they were given', () => {
    const { mapping } = parseCsvFiles([{ name: 'r.csv', text: 'From,To\nA,B\n' }, { name: 'a.txt', text: 'A met B.' }]);
    expect(mapping.files.map((f) => [f.file, f.role])).toEqual([
      ['r.csv', 'relations'],
      ['a.txt', 'source-text'],
    ]);
  });

  it('matches the Source column to a text by file name without extension too', () => {
    const files = [
      { name: 'r.csv', text: 'From,To,Quote,Source\nA,B,the board met,minutes\n' },
      { name: 'minutes.md', text: '# Minutes\n\nOn Friday the board met in secret.\n' },
    ];
    const { data } = normalized(files);
    const ev = data.graph.edges[0]?.attributes.evidence[0];
    expect(ev && isAnchored(ev) && ev.start).toBe(files[1]?.text.indexOf('the board met'));
  });
});
