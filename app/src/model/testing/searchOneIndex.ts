// Test oracle: the search as it was before entities and relations got an index each (one MiniSearch of both); the
// per-term query and name tiers, unchanged by the split, come from searchIndex.ts. searchIndex.oracle.test.ts compares.
import MiniSearch from 'minisearch';
import type { EvidenceGraph } from '../graph';
import { normalizeText } from '../search/normalize';
import { tokenizeNormalized } from '../search/tokenize';
import { searchSources, type SearchDoc, type SearchSource } from '../search/sources';
import { MAX_QUERY_CHARS, nameTier, termQuery, type SearchHit, type SearchResults } from '../search/searchIndex';

const MAX_TERMS = 24;

/** The one index of entities and relations. */
export interface OneSearchIndex {
  readonly mini: MiniSearch<SearchDoc>;
  /** Normalised names and aliases per entity id, for ranking exact and prefix matches first. */
  readonly names: Map<string, string[]>;
  /** Relations per entity id: among equally good matches the better connected entity comes first. */
  readonly degrees: Map<string, number>;
}

/** An empty index, ready for `addSearchSources`. */
export function emptyOneIndex(): OneSearchIndex {
  const mini = new MiniSearch<SearchDoc>({
    idField: 'key',
    fields: ['name', 'aliases', 'summary', 'typeLabel'],
    storeFields: ['kind'],
    tokenize: (text) => tokenizeNormalized(normalizeText(text), 'index'),
    processTerm: (term) => term,
    searchOptions: { boost: { name: 3, aliases: 3, typeLabel: 1.5, summary: 1 } },
  });
  return { mini, names: new Map(), degrees: new Map() };
}

/** Adds entities and relations to an index (each key once). */
export function addToOneIndex(index: OneSearchIndex, sources: Iterable<SearchSource>): void {
  const docs: SearchDoc[] = [];
  for (const { names, degree, ...doc } of sources) {
    if (doc.kind === 'entity') {
      const id = doc.key.slice(2);
      index.names.set(id, [...new Set(names.map(normalizeText))]);
      index.degrees.set(id, degree);
    }
    docs.push(doc);
  }
  index.mini.addAll(docs);
}

/** Indexes every entity (names in both languages, aliases) and relation (summaries, type labels). */
export function createOneIndex(graph: EvidenceGraph): OneSearchIndex {
  const index = emptyOneIndex();
  addToOneIndex(index, searchSources(graph));
  return index;
}

/**
 * Searches entities and relations. Both the query and the indexed text are folded to Simplified, NFKC, lower
 * case; Latin words match by prefix and with typos (edit distance 0.2 × length, or two swapped letters);
 * Chinese matches as a phrase of character bigrams. All terms must match; if nothing does, any may.
 * Entities rank by how their names meet the query: a name or alias equal to it first, then names starting with
 * it, then names with a word starting with it, then the rest by relevance; ties go to the entity with more
 * relations. Relations rank by relevance. At most `limit` (default 20) of each are returned, with the totals.
 * An empty or blank query gives empty lists; queries longer than MAX_QUERY_CHARS are cut.
 */
export function searchOneIndex(index: OneSearchIndex, query: string, options: { limit?: number } = {}): SearchResults {
  const limit = Math.max(0, Math.floor(options.limit ?? 20));
  const q = normalizeText(query.slice(0, MAX_QUERY_CHARS)).replace(/\s+/gu, ' ').trim();
  const terms = [...new Set(tokenizeNormalized(q, 'query'))].slice(0, MAX_TERMS);
  const none: SearchResults = { entities: [], relations: [], totalEntities: 0, totalRelations: 0 };
  if (terms.length === 0 || limit === 0) return none;
  const queries = terms.map(termQuery);
  let hits = index.mini.search({ combineWith: 'AND', queries });
  if (hits.length === 0 && queries.length > 1) hits = index.mini.search({ combineWith: 'OR', queries });

  const entities: Array<SearchHit & { tier: number; degree: number }> = [];
  const relations: SearchHit[] = [];
  for (const h of hits) {
    const id = String(h.id).slice(2);
    if (h.kind === 'entity') entities.push({ id, score: h.score, tier: nameTier(index.names.get(id) ?? [], q), degree: index.degrees.get(id) ?? 0 });
    else relations.push({ id, score: h.score });
  }
  const byId = (a: SearchHit, b: SearchHit) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  // Name matches (tiers 2–4) are equally good within a tier: the better connected entity first. The rest go by relevance.
  entities.sort((a, b) => b.tier - a.tier || (a.tier === 0 ? b.score - a.score : 0) || b.degree - a.degree || b.score - a.score || byId(a, b));
  relations.sort((a, b) => b.score - a.score || byId(a, b));
  return {
    entities: entities.slice(0, limit).map(({ id, score }) => ({ id, score })),
    relations: relations.slice(0, limit),
    totalEntities: entities.length,
    totalRelations: relations.length,
  };
}
