// The CSV mapping step: each file's columns with the field they fill; unrecognised headers are marked for the user to confirm.
import { useId, useState } from 'react';
import { ENTITY_FIELDS, RELATION_FIELDS, type CsvField } from '../../model/import/csv/csvHeaders';
import type { CsvColumnMapping, CsvMappingProposal } from '../../model/import/csv/parseCsv';
import type { Lang } from '../../state/types';
import { buttonClass } from '../controls';
import { t } from '../i18n';

export interface MappingStepProps {
  lang: Lang;
  proposal: CsvMappingProposal;
  headingId: string;
  heading: React.RefObject<HTMLHeadingElement | null>;
  onConfirm: (mapping: CsvColumnMapping) => void;
  onCancel: () => void;
}

type Choice = CsvField | 'ignore';

/** One select per column; confirming re-runs the import with the chosen fields. */
export function MappingStep({ lang, proposal, headingId, heading, onConfirm, onCancel }: MappingStepProps) {
  const tables = proposal.files.filter((f) => f.role !== 'source-text');
  const [choices, setChoices] = useState<Choice[][]>(() => tables.map((f) => f.columns.map((c) => c.field)));
  const baseId = useId();
  return (
    <>
      <h2 id={headingId} ref={heading} tabIndex={-1} className="text-base font-semibold">
        {t('import.mappingTitle', lang)}
      </h2>
      <p className="mt-1 text-sm">{t('import.mappingBody', lang)}</p>
      <div className="mt-2 min-h-0 flex-1 space-y-3 overflow-y-auto" data-step="mapping">
        {tables.map((file, fi) => {
          const fields: readonly Choice[] = ['ignore', ...(file.role === 'relations' ? RELATION_FIELDS : ENTITY_FIELDS)];
          return (
            <fieldset key={file.file} className="rounded border border-muted/40 p-2">
              <legend className="px-1 text-sm font-semibold">
                <bdi>{file.file}</bdi> · {t(file.role === 'relations' ? 'import.roleRelations' : 'import.roleEntities', lang)}
              </legend>
              <ul className="space-y-1">
                {file.columns.map((column, ci) => {
                  const id = `${baseId}-${fi}-${ci}`;
                  return (
                    <li key={`${column.header}-${ci}`} className="flex items-center gap-2 text-sm" data-known={column.known ? 'true' : 'false'}>
                      <label htmlFor={id} className={`min-w-0 flex-1 truncate ${column.known ? '' : 'font-semibold'}`}>
                        <bdi>{column.header}</bdi>
                        {column.known ? null : <span className="ml-1 text-xs font-normal text-muted">({t('import.unrecognised', lang)})</span>}
                      </label>
                      <select
                        id={id}
                        value={choices[fi]?.[ci] ?? 'ignore'}
                        onChange={(e) => {
                          const value = e.target.value as Choice;
                          setChoices((all) => all.map((row, i) => (i === fi ? row.map((v, j) => (j === ci ? value : v)) : row)));
                        }}
                        className="rounded border border-muted/50 bg-white px-1 py-0.5 text-sm focus-visible:outline-2 focus-visible:outline-accent"
                      >
                        {fields.map((f) => (
                          <option key={f} value={f}>
                            {f === 'ignore' ? t('import.ignoreColumn', lang) : f}
                          </option>
                        ))}
                      </select>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          );
        })}
      </div>
      <div className="mt-3 flex justify-end gap-2">
        <button type="button" className={buttonClass()} onClick={onCancel}>
          {t('import.cancel', lang)}
        </button>
        <button
          type="button"
          className={buttonClass(true)}
          onClick={() =>
            onConfirm(
              tables.map((file, fi) => ({
                file: file.file,
                ...(file.role === 'entities' || file.role === 'relations' ? { role: file.role } : {}),
                columns: file.columns.map((c, ci) => ({ header: c.header, field: choices[fi]?.[ci] ?? 'ignore' })),
              })),
            )
          }
        >
          {t('import.mappingConfirm', lang)}
        </button>
      </div>
    </>
  );
}
