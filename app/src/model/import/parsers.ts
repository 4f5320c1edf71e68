// The format parsers the orchestrator dispatches to (text in, DraftDataset out); a format without one here is refused clearly.
import { parseGexf } from './gexf/parseGexf';
import { parseGraphml } from './graphml/parseGraphml';
import { parseGraphologyJson } from './graphology/parseGraphologyJson';
import type { DraftDataset } from './draft';
import type { ImportCaps } from './report';

/** A parser of one text file into a draft (fatal problems throw ImportError; others go in `draft.issues`). */
export type TextParser = (name: string, text: string, caps: ImportCaps) => DraftDataset;

export const TEXT_PARSERS: Partial<Record<'graphology-json' | 'gexf' | 'graphml', TextParser>> = {
  'graphology-json': parseGraphologyJson,
  gexf: parseGexf,
  graphml: parseGraphml,
};
