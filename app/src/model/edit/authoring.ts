// The dataset being authored: the records graph-data holds (sources with their texts, vocabulary, entities, relations, stories), in memory.
import type { EntityRecord, RelationRecord, SourceRecord, Vocabulary } from '../schema';
import type { Story } from '../story/types';

/** A source and its full text; `record.sha256` is always the sha256 of the text's UTF-8 bytes, `record.file` its file name. */
export interface AuthoringSource {
  record: SourceRecord;
  text: string;
}

/**
 * What an author edits. Every edit operation (ops/*.ts) takes one and returns a new one, never changing its input,
 * so undo is keeping the previous value. The same records as graph-data/, so the validator, the compiler and the
 * graph-data zip all read it unchanged.
 */
export interface AuthoringDataset {
  /** Shown in the Datasets menu and used for file names. */
  name: string;
  sources: AuthoringSource[];
  vocabulary: Vocabulary;
  entities: EntityRecord[];
  relations: RelationRecord[];
  stories: Story[];
}
