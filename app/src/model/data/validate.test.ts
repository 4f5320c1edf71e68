// Validator tests: the valid fixture passes, and one broken fixture per rule gets an error naming file, line, record, field.
import { describe, expect, it } from 'vitest';
import { DataValidationError, formatValidationError, type ValidationError } from './errors';
import { edit, ENTITIES, fixture, lineOf, PATHS, RELATIONS, SOURCES, VOCABULARY } from './fixtures/minimal';
import { validateData, validDataset } from './validate';

interface Expected {
  file: string;
  line?: number;
  collection?: string;
  recordId?: string;
  field?: string;
  message: RegExp;
}

/** Asserts exactly one error matches and that its formatted text names file, line, record, field and problem. */
function expectOne(errors: readonly ValidationError[], expected: Expected): ValidationError {
  const matching = errors.filter((e) => expected.message.test(e.message));
  expect(matching.map(formatValidationError), formatValidationError(errors[0] ?? ({ file: '', line: null, collection: null, recordId: null, field: null, message: 'no errors' } as ValidationError))).toHaveLength(1);
  const error = matching[0] as ValidationError;
  expect(error.file).toBe(expected.file);
  if (expected.line !== undefined) expect(error.line).toBe(expected.line);
  if (expected.recordId !== undefined) expect(error.recordId).toBe(expected.recordId);
  if (expected.field !== undefined) expect(error.field).toBe(expected.field);
  const text = formatValidationError(error);
  expect(text).toContain(expected.line === undefined ? expected.file : `${expected.file}:${expected.line}`);
  if (expected.collection !== undefined && expected.recordId !== undefined) expect(text).toContain(`${expected.collection}[${expected.recordId}]`);
  if (expected.field !== undefined) expect(text).toContain(`.${expected.field}:`);
  return error;
}

const relations = (from: string, to: string): ReturnType<typeof fixture> => fixture({ relations: edit(RELATIONS, from, to) });

describe('validateData on the valid fixture', () => {
  it('reports no errors or warnings and counts sources, entities, relations and evidence', () => {
    const result = validateData(fixture());
    expect(result.errors.map(formatValidationError)).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.counts).toEqual({ sources: 1, entities: 3, relations: 3, evidence: 3 });
    expect(result.dataset?.relations[0]?.evidence[0]).toMatchObject({ source: 'test-source', start: 0 });
  });
});

describe('syntax and schema', () => {
  it('reports a YAML syntax error with its file and line', () => {
    const broken = edit(RELATIONS, '    type: sued', '    type: [sued');
    const errors = validateData(fixture({ relations: broken })).errors;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]?.file).toBe(PATHS.relations);
    expect(errors[0]?.message).toMatch(/YAML syntax error/);
    expect(errors[0]?.line).toBeGreaterThanOrEqual(lineOf(broken, 'type: [sued'));
  });

  it('reports a missing required field by record id and field', () => {
    const broken = edit(RELATIONS, '    summary: { en: Carol sued Bob Corp., zh: 卡羅爾起訴鮑勃公司。 }\n', '');
    expectOne(validateData(fixture({ relations: broken })).errors, {
      file: PATHS.relations, collection: 'relations', recordId: 'rel-carol-sued-bob', field: 'summary', message: /expected object/,
    });
  });

  it('reports an unknown field on the line where it is written', () => {
    const broken = edit(RELATIONS, '    status: claim\n', '    status: claim\n    weight: 3\n');
    expectOne(validateData(fixture({ relations: broken })).errors, {
      file: PATHS.relations, line: lineOf(broken, 'weight: 3'), collection: 'relations', recordId: 'rel-carol-sued-bob', field: 'weight', message: /unknown field/,
    });
  });

  it('reports a bad enum value inside a nested list item', () => {
    const broken = edit(ENTITIES, 'kind: organization', 'kind: company');
    expectOne(validateData(fixture({ entities: broken })).errors, {
      file: PATHS.entities, line: lineOf(broken, 'kind: company'), collection: 'entities', recordId: 'bob-corp', field: 'kind', message: /Invalid option/,
    });
  });

  it('reports a malformed partial date', () => {
    const broken = edit(RELATIONS, 'date: "2015-12"', 'date: "2015-13"');
    expectOne(validateData(fixture({ relations: broken })).errors, {
      file: PATHS.relations, line: lineOf(broken, '2015-13'), recordId: 'rel-alice-founded-bob', field: 'date', message: /partial ISO date/,
    });
  });

  it('reports an unknown top-level key and a file of unknown role', () => {
    const input = fixture({ vocabulary: `${VOCABULARY}extra: 1\n` });
    const result = validateData({ ...input, files: [...input.files, { path: 'graph-data/notes.yaml', text: 'a: 1' }] });
    expectOne(result.errors, { file: PATHS.vocabulary, line: lineOf(`${VOCABULARY}extra: 1\n`, 'extra'), message: /unknown top-level key 'extra'/ });
    expectOne(result.errors, { file: 'graph-data/notes.yaml', message: /not a known data file/ });
  });

  it('reports a missing relations folder', () => {
    const input = fixture();
    const result = validateData({ ...input, files: input.files.filter((f) => f.path !== PATHS.relations) });
    expectOne(result.errors, { file: 'graph-data/relations/', message: /no relations file found/ });
  });
});

describe('ids and references', () => {
  it('reports a duplicate entity id and where it was first defined', () => {
    const broken = edit(ENTITIES, 'id: carol', 'id: alice');
    expectOne(validateData(fixture({ entities: broken })).errors, {
      file: PATHS.entities, line: lineOf(broken, 'id: alice', 'id: bob-corp'), recordId: 'alice', field: 'id', message: /duplicate id 'alice' \(first defined at graph-data\/entities\/01-people.yaml:2\)/,
    });
  });

  it('reports duplicate relation, source and vocabulary ids', () => {
    const dupSource = SOURCES + SOURCES.replace('sources:\n', '');
    const dupType = edit(VOCABULARY, 'id: sued,', 'id: co-founded,');
    const dupRel = edit(RELATIONS, 'id: rel-carol-sued-bob', 'id: rel-alice-founded-bob');
    const errors = validateData(fixture({ sources: dupSource, vocabulary: dupType, relations: dupRel })).errors;
    expectOne(errors, { file: PATHS.sources, collection: 'sources', recordId: 'test-source', field: 'id', message: /duplicate id 'test-source'/ });
    expectOne(errors, { file: PATHS.vocabulary, collection: 'relationTypes', recordId: 'co-founded', field: 'id', message: /duplicate id 'co-founded'/ });
    expectOne(errors, { file: PATHS.relations, collection: 'relations', recordId: 'rel-alice-founded-bob', field: 'id', message: /duplicate id 'rel-alice-founded-bob'/ });
  });

  it('reports relation source, target and claimedBy that name no entity', () => {
    const broken = edit(edit(edit(RELATIONS, 'source: alice', 'source: alise'), 'target: bob-corp\n    status: claim', 'target: bobcorp\n    status: claim'), 'claimedBy: carol', 'claimedBy: karol');
    const errors = validateData(fixture({ relations: broken })).errors;
    expectOne(errors, { file: PATHS.relations, line: lineOf(broken, 'source: alise'), recordId: 'rel-alice-founded-bob', field: 'source', message: /unknown entity 'alise'/ });
    expectOne(errors, { file: PATHS.relations, line: lineOf(broken, 'target: bobcorp'), recordId: 'rel-carol-sued-bob', field: 'target', message: /unknown entity 'bobcorp'/ });
    expectOne(errors, { file: PATHS.relations, line: lineOf(broken, 'claimedBy: karol'), recordId: 'rel-carol-sued-bob', field: 'claimedBy', message: /unknown entity 'karol'/ });
  });

  it('reports a relation type missing from the vocabulary', () => {
    const broken = edit(RELATIONS, 'type: sued', 'type: sues');
    expectOne(validateData(fixture({ relations: broken })).errors, {
      file: PATHS.relations, line: lineOf(broken, 'type: sues'), recordId: 'rel-carol-sued-bob', field: 'type', message: /unknown relation type 'sues' \(not in the vocabulary\)/,
    });
  });

  it('reports an evidence source that does not exist', () => {
    const broken = edit(RELATIONS, 'source: test-source\n        quote: 卡羅爾起訴', 'source: other-source\n        quote: 卡羅爾起訴');
    expectOne(validateData(fixture({ relations: broken })).errors, {
      file: PATHS.relations, line: lineOf(broken, 'other-source'), recordId: 'rel-carol-sued-bob', field: 'evidence[0].source', message: /unknown source 'other-source'/,
    });
  });

  it('reports an entity kind or a type category missing from the vocabulary', () => {
    const vocabulary = edit(edit(VOCABULARY, '  - { id: organization, label: { en: Organization, zh: 組織 }, plural: { en: Organizations, zh: 組織 } }\n', ''), '  - { id: founding, label: { en: Founding, zh: 創立 } }\n', '');
    const errors = validateData(fixture({ vocabulary })).errors;
    expectOne(errors, { file: PATHS.entities, collection: 'entities', recordId: 'bob-corp', field: 'kind', message: /kind 'organization' is not in the vocabulary's kinds/ });
    expectOne(errors, { file: PATHS.vocabulary, collection: 'relationTypes', recordId: 'co-founded', field: 'category', message: /category 'founding' is not in the vocabulary's categories/ });
  });
});

describe('quotes and sources', () => {
  it('reports a quote that is not in its source', () => {
    const broken = edit(RELATIONS, 'quote: 卡羅爾起訴鮑勃公司', 'quote: 卡羅爾控告鮑勃公司');
    expectOne(validateData(fixture({ relations: broken })).errors, {
      file: PATHS.relations, line: lineOf(broken, '卡羅爾控告'), collection: 'relations', recordId: 'rel-carol-sued-bob', field: 'evidence[0].quote', message: /^not found in source 'test-source'$/,
    });
  });

  it('hints when a quote only fails because of surrounding whitespace', () => {
    const broken = edit(RELATIONS, 'quote: 卡羅爾起訴鮑勃公司', 'quote: "卡羅爾起訴鮑勃公司 "');
    expectOne(validateData(fixture({ relations: broken })).errors, { file: PATHS.relations, field: 'evidence[0].quote', message: /not found .*without its leading\/trailing whitespace/ });
  });

  it('reports an ambiguous quote with how many times it occurs', () => {
    const broken = edit(RELATIONS, 'quote: 卡羅爾與鮑勃公司競爭', 'quote: 鮑勃公司');
    expectOne(validateData(fixture({ relations: broken })).errors, {
      file: PATHS.relations, recordId: 'rel-carol-competes-bob', field: 'evidence[0].quote', message: /occurs 5 times in source 'test-source': add 'occurrence' \(1-5\)/,
    });
  });

  it('accepts an ambiguous quote with a valid occurrence and locates that occurrence', () => {
    const result = validateData(relations('quote: 卡羅爾與鮑勃公司競爭', 'quote: 鮑勃公司\n        occurrence: 3'));
    expect(result.errors).toEqual([]);
    const located = result.dataset?.relations.find((r) => r.record.id === 'rel-carol-competes-bob')?.evidence[0];
    expect(located?.start).toBe(fixture().sourceTexts[0]?.text.indexOf('鮑勃公司競爭'));
  });

  it('reports an occurrence larger than the number of occurrences', () => {
    const broken = edit(RELATIONS, 'quote: 卡羅爾與鮑勃公司競爭', 'quote: 卡羅爾與鮑勃公司競爭\n        occurrence: 2');
    expectOne(validateData(fixture({ relations: broken })).errors, {
      file: PATHS.relations, recordId: 'rel-carol-competes-bob', field: 'evidence[0].quote', message: /occurrence 2 is out of range: the quote occurs 1 time\(s\)/,
    });
  });

  it('reports a sha256 that does not match the source file', () => {
    const input = fixture();
    const changed = { ...input, sourceTexts: input.sourceTexts.map((s) => ({ ...s, sha256: 'f'.repeat(64) })) };
    expectOne(validateData(changed).errors, {
      file: PATHS.sources, line: lineOf(SOURCES, 'sha256'), collection: 'sources', recordId: 'test-source', field: 'sha256', message: /does not match the file 'test.txt' \(its sha256 is f{64}\)/,
    });
  });

  it('reports a source whose text file is missing', () => {
    const input = { ...fixture(), sourceTexts: [] };
    expectOne(validateData(input).errors, { file: PATHS.sources, line: lineOf(SOURCES, 'file:'), recordId: 'test-source', field: 'file', message: /source text file 'test.txt' not found/ });
  });
});

describe('graph rules', () => {
  it('reports an entity that is in no relation', () => {
    const extra = `${ENTITIES}  - id: dave\n    kind: person\n    name: { en: Dave, zh: 戴夫 }\n    description: { en: Idle., zh: 閒置。 }\n`;
    expectOne(validateData(fixture({ entities: extra })).errors, {
      file: PATHS.entities, line: lineOf(extra, 'id: dave'), collection: 'entities', recordId: 'dave', field: 'id', message: /entity 'dave' is not in any relation/,
    });
  });

  it('warns, without failing, about a vocabulary type no relation uses', () => {
    const vocabulary = `${VOCABULARY}  - { id: mocked, label: { en: mocked, zh: 嘲諷 }, category: conflict, directed: true, defaultStance: opposes }\n`;
    const result = validateData(fixture({ vocabulary }));
    expect(result.errors).toEqual([]);
    expectOne(result.warnings, { file: PATHS.vocabulary, collection: 'relationTypes', recordId: 'mocked', field: 'id', message: /relation type 'mocked' is not used by any relation/ });
  });

  it('reports a self-loop', () => {
    const broken = edit(RELATIONS, 'target: bob-corp\n    stance', 'target: carol\n    stance');
    expectOne(validateData(fixture({ relations: broken })).errors, {
      file: PATHS.relations, recordId: 'rel-carol-competes-bob', field: 'target', message: /same as source 'carol': self-loops are not allowed/,
    });
  });

  it('requires claimedBy for a claim', () => {
    const broken = edit(RELATIONS, '    claimedBy: carol\n', '');
    expectOne(validateData(fixture({ relations: broken })).errors, {
      file: PATHS.relations, recordId: 'rel-carol-sued-bob', field: 'claimedBy', message: /required when status is 'claim'/,
    });
  });

  it('rejects claimedBy on a fact', () => {
    const broken = edit(RELATIONS, 'status: fact\n    summary: { en: Alice', 'status: fact\n    claimedBy: carol\n    summary: { en: Alice');
    expectOne(validateData(fixture({ relations: broken })).errors, {
      file: PATHS.relations, line: lineOf(broken, 'claimedBy: carol'), recordId: 'rel-alice-founded-bob', field: 'claimedBy', message: /only allowed when status is 'claim'/,
    });
  });
});

describe('dates', () => {
  const cases: [string, string, string, RegExp][] = [
    ['not a real day', 'date: "2015-02-30"', 'date', /'2015-02-30' is not a real calendar date/],
    ['before 1990', 'date: "1989-12"', 'date', /'1989-12' is before 1990/],
    ['after the source was published', 'date: "2024-03-19"', 'date', /'2024-03-19' is after the source's published date 2024-03-18/],
    ['an end before the start', 'date: "2015-12"\n    dateEnd: "2015-11"', 'dateEnd', /'2015-11' is before date '2015-12'/],
    ['an end after publication', 'date: "2015-12"\n    dateEnd: "2024-04"', 'dateEnd', /'2024-04' is after the source's published date/],
    ['an end without a start', 'dateEnd: "2016"', 'dateEnd', /given without 'date'/],
  ];
  for (const [name, replacement, field, message] of cases) {
    it(`reports a date ${name}`, () => {
      const broken = edit(RELATIONS, 'date: "2015-12"', replacement);
      expectOne(validateData(fixture({ relations: broken })).errors, { file: PATHS.relations, recordId: 'rel-alice-founded-bob', field, message });
    });
  }

  it('accepts a year-only range that contains the publication date', () => {
    expect(validateData(relations('date: "2015-12"', 'date: "2015"\n    dateEnd: "2024"')).errors).toEqual([]);
  });
});

describe('all errors at once', () => {
  it('reports errors from several files and rules together, and validDataset throws a DataValidationError holding them', () => {
    const input = fixture({
      entities: edit(ENTITIES, 'kind: organization', 'kind: company'),
      relations: edit(edit(RELATIONS, 'type: sued', 'type: sues'), 'quote: 卡羅爾與鮑勃公司競爭', 'quote: 不存在'),
    });
    const result = validateData(input);
    expect(result.dataset).toBeNull();
    const fields = result.errors.map((e) => `${e.file} ${e.recordId ?? ''} ${e.field ?? ''}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        `${PATHS.entities} bob-corp kind`,
        `${PATHS.relations} rel-carol-sued-bob type`,
        `${PATHS.relations} rel-carol-competes-bob evidence[0].quote`,
      ]),
    );
    let thrown: unknown;
    try {
      validDataset(input);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DataValidationError);
    expect((thrown as Error).name).toBe('DataValidationError');
    expect((thrown as DataValidationError).errors).toHaveLength(result.errors.length);
    expect((thrown as Error).message).toContain('relations[rel-carol-sued-bob].type');
  });
});
