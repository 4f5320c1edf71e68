// Tests of the Problems list: validator errors name their record and "go to" an existing entity or relation; unused relation types are one line.
import { describe, expect, it } from 'vitest';
import { emptyAuthoring } from '../../model/edit/fromCompiled';
import { smallDataset, builtInVocabulary } from '../../model/edit/testDataset';
import { validateAuthoring } from '../../model/edit/validateAuthoring';
import { problemsOf } from './problems';

describe('problemsOf', () => {
  it('lists an empty dataset’s errors first and folds the unused relation types into one warning', () => {
    const ds = emptyAuthoring('T', builtInVocabulary());
    const problems = problemsOf(validateAuthoring(ds), ds);
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.message)).toEqual(expect.arrayContaining(["'entities' is empty", "'relations' is empty"]));
    expect(problems.findIndex((p) => p.severity === 'warning')).toBeGreaterThan(problems.findLastIndex((p) => p.severity === 'error'));
    const unused = problems.filter((p) => /not used by any relation/.test(p.message));
    expect(unused).toHaveLength(1);
    expect(unused[0]?.message).toMatch(new RegExp(`^${ds.vocabulary.relationTypes.length} relation type`));
  });

  it('points a relation’s problem at the relation ("go to")', () => {
    const { dataset, relation } = smallDataset();
    const broken = { ...dataset, relations: dataset.relations.map((r) => ({ ...r, date: '2024-13-45' })) };
    const problems = problemsOf(validateAuthoring(broken), broken);
    const mine = problems.find((p) => p.severity === 'error' && p.where.startsWith(`relations[${relation}]`));
    expect(mine?.target).toEqual({ relation });
    expect(problemsOf(validateAuthoring(dataset), dataset).filter((p) => p.severity === 'error')).toEqual([]);
  });
});
