// A draft as the explorer shows it: the authoring dataset compiled to a LoadedDataset, existing nodes kept where they were.
import { compileDataset } from '../../model/data/compile';
import { findMentions } from '../../model/data/locate';
import type { AuthoringDataset } from '../../model/edit/authoring';
import { toDataInput } from '../../model/edit/dataFiles';
import type { CompiledDataset, SerializedGraph } from '../../model/schema';
import type { LoadedDataset } from '../builtInDataset';
import { loadCompiledDataset } from '../import/loadCompiled';

/** The graph as far as it can be drawn while the draft does not validate: its sources and entities, no relations. */
function partialCompile(dataset: AuthoringDataset): CompiledDataset {
  const texts: Record<string, string> = {};
  for (const s of dataset.sources) texts[s.record.id] = s.text;
  const graph: SerializedGraph = {
    attributes: {
      name: dataset.name,
      sources: dataset.sources.map(({ record, text }) => {
        const { file: _file, published, ...rest } = record;
        return { ...rest, ...(published ? { published } : {}), length: text.length };
      }),
      vocabulary: dataset.vocabulary,
    },
    options: { type: 'mixed', multi: true, allowSelfLoops: false },
    nodes: dataset.entities.map((e, i) => ({
      key: e.id,
      attributes: {
        kind: e.kind,
        label: e.name.en,
        labelZh: e.name.zh,
        aliases: e.aliases,
        descriptionEn: e.description.en,
        descriptionZh: e.description.zh,
        mentions: dataset.sources.flatMap(({ record, text }) => findMentions(record.id, text, [e.name.en, e.name.zh, ...e.aliases])),
        x: 120 * Math.cos(i * 2.4) * Math.sqrt(i + 1),
        y: 120 * Math.sin(i * 2.4) * Math.sqrt(i + 1),
      },
    })),
    edges: [],
  };
  return { graph, texts };
}

/** Keeps the positions the previous drawing had for nodes still there (the rest of the graph does not move on an edit). */
function keepPositions(compiled: CompiledDataset, previous: LoadedDataset | null): CompiledDataset {
  if (!previous) return compiled;
  const g = previous.graph;
  return {
    ...compiled,
    graph: {
      ...compiled.graph,
      nodes: compiled.graph.nodes.map((n) => {
        if (!g.hasNode(n.key)) return n;
        const a = g.getNodeAttributes(n.key);
        return { ...n, attributes: { ...n.attributes, x: a.x, y: a.y, ...(a.px === undefined ? {} : { px: a.px, py: a.py }) } };
      }),
    },
  };
}

/** The compiled draft (never throws on a draft that does not validate: it is drawn as far as it can be). */
export function compileDraft(dataset: AuthoringDataset, previous: LoadedDataset | null): LoadedDataset {
  let compiled: CompiledDataset;
  try {
    compiled = compileDataset(toDataInput(dataset));
    compiled = { ...compiled, graph: { ...compiled.graph, attributes: { ...compiled.graph.attributes, name: dataset.name } } };
  } catch {
    compiled = partialCompile(dataset);
  }
  return loadCompiledDataset(keepPositions(compiled, previous));
}
