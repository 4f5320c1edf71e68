// The messages between the page and the structure worker (communities and PageRank for the overview): plain typed arrays.
import type { GraphStructure } from '../model/scale/structure';
import type { Topology } from '../model/scale/topology';

export interface StructureRequest {
  type: 'structure';
  topology: Topology;
  /** Also rank entities by PageRank (the top-entities overview needs it; communities do not). */
  pagerank: boolean;
}

export type StructureResponse =
  | { type: 'progress'; stage: 'communities' | 'pagerank' }
  | { type: 'result'; structure: GraphStructure }
  | { type: 'error'; message: string };
