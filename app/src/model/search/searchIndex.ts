// Full-text search over entities (names, aliases) and relations (summaries, type labels), in English and Chinese.
import MiniSearch, { type Query } from 'minisearch';
import type { EvidenceGraph } from '../graph';
import { normalizeText } from './normalize';
import { isCjkToken, tokenizeNormalized } from './tokenize';
import { searchSources, type SearchDoc, type SearchSource } from './sources';

/** Queries are cut to this many characters before anything else. */
export const MAX_QUERY_CHARS = 200;
const MAX_TERMS = 24;

export type { SearchSource };

/**
 * A built index; create it once per graph with `createSearchIndex` (or grow one with `addSearchSources`). Entities and
 * relations live in two MiniSearch indexes, so the entity list of a big graph is answered without walking the
 * relations' far longer posting lists. Each index also holds an empty stand-in for every document of the other one:
 * BM25 reads the document count and average field lengths, and the stand-ins keep both exactly what one index of
 * everything had, so scores (and the ranking) are the same as with a single index.
 */
export interface SearchIndex {
  readonly entities: MiniSearch<SearchDoc>;
  readonly relations: MiniSearch<SearchDoc>;
  /** Normalised names and aliases per entity id, for ranking exact and prefix matches first. */
  readonly names: Map<string, string[]>;
  /** Relations per entity id: among equally good matches the better connected entity comes first. */
  readonly degrees: Map<string, number>;
}

export interface SearchHit {
  id: string;
  score: number;
}
export interface SearchResults {
  /** The best `limit` entities and relations, ranked. */
  entities: SearchHit[];
  relations: SearchHit[];
  /** How many entities and relations matched in all (the lists stop at `limit`). */
  totalEntities: number;
  totalRelations: number;
}

const miniIndex = (): MiniSearch<SearchDoc> =>
  new MiniSearch<SearchDoc>({
    idField: 'key',
    fields: ['name', 'aliases', 'summary', 'typeLabel'],
    tokenize: (text) => tokenizeNormalized(normalizeText(text), 'index'),
    processTerm: (term) => term,
    searchOptions: { boost: { name: 3, aliases: 3, typeLabel: 1.5, summary: 1 } },
  });

/** An empty index, ready for `addSearchSources`. */
export function emptySearchIndex(): SearchIndex {
  return { entities: miniIndex(), relations: miniIndex(), names: new Map(), degrees: new Map() };
}

/** The stand-in of a document in the other index: same key, every field empty (it matches nothing). */
const standIn = (key: string, kind: SearchDoc['kind']): SearchDoc => ({ key, kind, name: '', aliases: '', summary: '', typeLabel: '' });

/** Adds entities and relations to an index (each key once). */
export function addSearchSources(index: SearchIndex, sources: Iterable<SearchSource>): void {
  const entities: SearchDoc[] = [];
  const relations: SearchDoc[] = [];
  for (const { names, degree, ...doc } of sources) {
    // Both indexes see every document in the same order: the real one in its own, a stand-in in the other.
    if (doc.kind === 'entity') {
      const id = doc.key.slice(2);
      index.names.set(id, [...new Set(names.map(normalizeText))]);
      index.degrees.set(id, degree);
      entities.push(doc);
      relations.push(standIn(doc.key, doc.kind));
    } else {
      relations.push(doc);
      entities.push(standIn(doc.key, doc.kind));
    }
  }
  index.entities.addAll(entities);
  index.relations.addAll(relations);
}

/** Indexes every entity (names in both languages, aliases) and relation (summaries, type labels). */
export function createSearchIndex(graph: EvidenceGraph): SearchIndex {
  const index = emptySearchIndex();
  addSearchSources(index, searchSources(graph));
  return index;
}

/** Spellings of a word with two neighbouring letters swapped: the commonest typo, which plain edit distance 1 misses. */
function transpositions(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] !== word[i + 1]) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return [...out];
}

/** The MiniSearch query for one term (exported for the test oracle of the former single index, testing/searchOneIndex.ts). */
export function termQuery(term: string): Query {
  const leaf = { tokenize: (s: string) => [s], processTerm: (s: string) => s };
  if (isCjkToken(term)) return { ...leaf, combineWith: 'OR', prefix: false, fuzzy: false, queries: [term] };
  const exactOrNear: Query = { ...leaf, combineWith: 'OR', prefix: true, fuzzy: 0.2, queries: [term] };
  if (term.length < 4) return exactOrNear;
  const swapped: Query = { ...leaf, combineWith: 'OR', prefix: false, fuzzy: false, queries: transpositions(term) };
  return { combineWith: 'OR', queries: [exactOrNear, swapped] };
}

/** 4 exact name or alias, 3 a name starts with the query, 2 a word of a name starts with it (or contains it, for Chinese), 0 otherwise. */
export function nameTier(names: readonly string[], q: string): number {
  let tier = 0;
  const cjk = /\p{Script=Han}/u.test(q);
  for (const n of names) {
    if (n === q) return 4;
    if (n.startsWith(q)) tier = Math.max(tier, 3);
    else if (cjk ? n.includes(q) : n.split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith(q))) tier = Math.max(tier, 2);
  }
  return tier;
}

/** A search answered in two parts: the entities at once, the relations (the costlier part on big graphs) when asked. */
export interface SearchInParts {
  entities: SearchHit[];
  totalEntities: number;
  relations: () => Pick<SearchResults, 'relations' | 'totalRelations'>;
}

const NO_RELATIONS = (): Pick<SearchResults, 'relations' | 'totalRelations'> => ({ relations: [], totalRelations: 0 });
const byId = (a: SearchHit, b: SearchHit) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * `search` in two parts: the entities are ranked at once; the relations are searched only when `relations()` is
 * called. The fallback to any term (when no entity and no relation has them all) needs the relations' answer
 * first only when no entity has every term.
 */
export function searchInParts(index: SearchIndex, query: string, options: { limit?: number } = {}): SearchInParts {
  const limit = Math.max(0, Math.floor(options.limit ?? 20));
  const q = normalizeText(query.slice(0, MAX_QUERY_CHARS)).replace(/\s+/gu, ' ').trim();
  const terms = [...new Set(tokenizeNormalized(q, 'query'))].slice(0, MAX_TERMS);
  if (terms.length === 0 || limit === 0) return { entities: [], totalEntities: 0, relations: NO_RELATIONS };
  const queries = terms.map(termQuery);
  let combineWith: 'AND' | 'OR' = 'AND';
  let entityHits = index.entities.search({ combineWith, queries });
  let relationHits: ReturnType<MiniSearch['search']> | null = null;
  if (entityHits.length === 0 && queries.length > 1) {
    relationHits = index.relations.search({ combineWith, queries });
    if (relationHits.length === 0) {
      combineWith = 'OR';
      relationHits = null;
      entityHits = index.entities.search({ combineWith, queries });
    }
  }

  const entities = entityHits.map((h) => {
    const id = String(h.id).slice(2);
    return { id, score: h.score, tier: nameTier(index.names.get(id) ?? [], q), degree: index.degrees.get(id) ?? 0 };
  });
  // Name matches (tiers 2–4) are equally good within a tier: the better connected entity first. The rest go by relevance.
  entities.sort((a, b) => b.tier - a.tier || (a.tier === 0 ? b.score - a.score : 0) || b.degree - a.degree || b.score - a.score || byId(a, b));
  const relations = (): Pick<SearchResults, 'relations' | 'totalRelations'> => {
    const hits: SearchHit[] = (relationHits ?? index.relations.search({ combineWith, queries })).map((h) => ({ id: String(h.id).slice(2), score: h.score }));
    hits.sort((a, b) => b.score - a.score || byId(a, b));
    return { relations: hits.slice(0, limit), totalRelations: hits.length };
  };
  return { entities: entities.slice(0, limit).map(({ id, score }) => ({ id, score })), totalEntities: entities.length, relations };
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
export function search(index: SearchIndex, query: string, options: { limit?: number } = {}): SearchResults {
  const { entities, totalEntities, relations } = searchInParts(index, query, options);
  return { entities, totalEntities, ...relations() };
}
