// The built-in vocabulary, for the importer's tests (the one the app maps imported kinds and types onto).
import dataset from '../../../generated/dataset.json';
import type { CompiledVocabulary } from '../../schema';

export const BASE_VOCABULARY = (dataset as unknown as { graph: { attributes: { vocabulary: CompiledVocabulary } } }).graph.attributes.vocabulary;
