// Export → Dataset bundle: the whole dataset (filters and selection aside) with its texts, which opens back identical.
import { describe, expect, it } from 'vitest';
import raw from '../generated/dataset.json';
import { fromBundle, parseBundle } from '../model/bundle/fromBundle';
import { graphFromDataset } from '../model/graph';
import { emptyReport } from '../model/import/report';
import { compiledDataset } from '../model/schema';
import { defaultViewState } from '../state/defaultViewState';
import { dataExportFiles } from './dataFiles';
import { exportOptions } from './request';

describe('dataset bundle export', () => {
  it('writes one .bundle.json holding the whole dataset, even from a filtered view with a selection, and it opens back identical', async () => {
    const dataset = compiledDataset.parse(raw);
    const graph = graphFromDataset(dataset);
    const first = graph.nodes()[0] as string;
    const files = dataExportFiles('bundle', exportOptions.parse({}), {
      graph,
      texts: dataset.texts,
      ...(dataset.stories ? { stories: dataset.stories } : {}),
      state: { ...defaultViewState(), selection: { kind: 'entity', id: first } },
      visible: { nodes: new Set([first]), edges: new Set() },
      baseUrl: 'https://example.org/',
      date: new Date('2026-12-01T00:00:00Z'),
      words: (key) => key,
    });
    expect(files.map((f) => [f.name, f.mime])).toEqual([[expect.stringMatching(/^evidence-graph_[a-z0-9-]+_all_2026-12-01\.bundle\.json$/), 'application/json']]);
    const report = emptyReport();
    const back = await fromBundle(parseBundle('b.json', files[0]?.content as string), report);
    expect(report.issues).toEqual([]);
    expect(back.graph).toStrictEqual(dataset.graph);
    expect(back.texts).toStrictEqual(dataset.texts);
    expect(dataset.stories?.length, 'the built-in dataset has a story').toBeGreaterThan(0);
    expect(back.stories).toStrictEqual(dataset.stories);
  });
});
