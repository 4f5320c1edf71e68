// A bundle as compact JSON in pieces (one source, entity or relation per line), so a 100k-node file is never one giant string.
import type { Bundle } from '../../app/src/model/bundle/schema';

export interface ChunkOptions {
  /** Leave out every entity's x/y (the app then lays the graph out on opening). */
  positions: boolean;
  /** Elements per yielded piece. */
  batch?: number;
}

function* list<T>(items: readonly T[], write: (item: T) => string, batch: number): Generator<string> {
  for (let i = 0; i < items.length; i += batch) {
    const slice = items.slice(i, i + batch).map(write);
    yield `${i === 0 ? '\n' : ',\n'}${slice.join(',\n')}`;
  }
  yield '\n';
}

/**
 * The bundle's JSON text in pieces: the same value as `JSON.stringify(bundle)` (same key order), with a line break
 * before each source, entity and relation. Joined, the pieces parse back to `bundle` (minus x/y without positions).
 */
export function* bundleChunks(bundle: Bundle, { positions, batch = 2000 }: ChunkOptions): Generator<string> {
  const head = JSON.stringify({ format: bundle.format, version: bundle.version, name: bundle.name });
  yield `${head.slice(0, -1)},"sources":[`;
  yield* list(bundle.sources, (s) => JSON.stringify(s), 1);
  yield `],"vocabulary":${JSON.stringify(bundle.vocabulary)},"entities":[`;
  yield* list(
    bundle.entities,
    (e) => {
      if (positions) return JSON.stringify(e);
      const { x: _x, y: _y, px: _px, py: _py, ...rest } = e;
      return JSON.stringify(rest);
    },
    batch,
  );
  yield '],"relations":[';
  yield* list(bundle.relations, (r) => JSON.stringify(r), batch);
  yield `],"stories":${JSON.stringify(bundle.stories ?? [])}}\n`;
}
