// Writes an authoring dataset as graph-data files (YAML + source texts): what the validator, the compiler and the zip download read.
import { stringify } from 'yaml';
import type { DataInput, SourceText } from '../data/validate';
import type { DataFile } from '../data/yamlFile';
import { sha256Hex } from '../import/normalize/sha256';
import type { AuthoringDataset } from './authoring';

/** The folder every path starts with, as in the repository. */
export const DATA_FOLDER = 'graph-data';

const yaml = (header: string, value: unknown): string => `# ${header}\n${stringify(value, { lineWidth: 0, aliasDuplicateObjects: false })}`;

/** Drops `undefined` fields so the YAML holds only what is set (the schemas are strict). */
function defined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The dataset as graph-data: `sources.yaml`, `vocabulary.yaml`, `entities/main.yaml`, `relations/main.yaml`,
 * `stories/<id>.yaml` and one text file per source, with the sha256 of its UTF-8 bytes. Same dataset, same bytes.
 */
export function toDataInput(dataset: AuthoringDataset): DataInput {
  const files: DataFile[] = [
    { path: `${DATA_FOLDER}/sources.yaml`, text: yaml(`Sources of "${dataset.name}". Evidence offsets are valid only for the sha256 given here.`, { sources: dataset.sources.map((s) => defined(s.record)) }) },
    { path: `${DATA_FOLDER}/vocabulary.yaml`, text: yaml('Vocabulary: entity kinds, relation categories and relation types.', dataset.vocabulary) },
    { path: `${DATA_FOLDER}/entities/main.yaml`, text: yaml('Entities.', { entities: dataset.entities.map(defined) }) },
    { path: `${DATA_FOLDER}/relations/main.yaml`, text: yaml('Relations, each proved by the exact words of a source.', { relations: dataset.relations.map(defined) }) },
    ...dataset.stories.map((story) => ({ path: `${DATA_FOLDER}/stories/${story.id}.yaml`, text: yaml('A guided story.', story) })),
  ];
  const sourceTexts: SourceText[] = dataset.sources.map(({ record, text }) => ({ path: `${DATA_FOLDER}/${record.file}`, text, sha256: sha256Hex(text) }));
  return { files, sourceTexts };
}
