// The search box: a combobox listing matching entities and relations; arrows + Enter choose, `/` focuses it.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { EvidenceGraph } from '../model/graph';
import type { EntityHits, Searcher } from './searcher';
import type { SearchResults } from '../model/search';
import { SEARCH_RESULTS_MAX } from '../model/scale/thresholds';
import type { Lang, Selection } from '../state/types';
import { t } from './i18n';

export interface SearchBoxProps {
  graph: EvidenceGraph;
  index: Searcher | null;
  lang: Lang;
  query: string;
  onQueryChange: (q: string) => void;
  /**
   * A result was chosen: select it and centre it. The search covers the whole dataset, drawn or not: this is where a
   * pick that is not drawn (an overview of a big graph) gets drawn with its neighbourhood.
   */
  onChoose: (sel: Exclude<Selection, null>) => void;
}

interface Option {
  key: string;
  sel: Exclude<Selection, null>;
  primary: string;
  secondary: string;
}

/** Relations listed at most (entities: SEARCH_RESULTS_MAX). */
const RELATIONS_MAX = Math.ceil(SEARCH_RESULTS_MAX / 5);

interface Listed {
  entities: Option[];
  relations: Option[];
  /** Matches not listed, per group. */
  moreEntities: number;
  moreRelations: number;
}

const NOTHING: Listed = { entities: [], relations: [], moreEntities: 0, moreRelations: 0 };

function options(graph: EvidenceGraph, hits: SearchResults | null, lang: Lang): Listed {
  if (!hits) return NOTHING;
  const kinds = graph.getAttribute('vocabulary').kinds;
  const entities = hits.entities.filter((h) => graph.hasNode(h.id)).map((h): Option => {
    const a = graph.getNodeAttributes(h.id);
    const kind = kinds.find((k) => k.id === a.kind)?.label[lang] ?? a.kind;
    const other = lang === 'en' ? a.labelZh : a.label;
    return { key: `e:${h.id}`, sel: { kind: 'entity', id: h.id }, primary: lang === 'en' ? a.label : a.labelZh, secondary: `${other} · ${kind}` };
  });
  const relations = hits.relations.slice(0, RELATIONS_MAX).filter((h) => graph.hasEdge(h.id)).map((h): Option => {
    const a = graph.getEdgeAttributes(h.id);
    return { key: `r:${h.id}`, sel: { kind: 'relation', id: h.id, evidence: 0 }, primary: lang === 'en' ? a.summaryEn : a.summaryZh, secondary: a.type };
  });
  return { entities, relations, moreEntities: Math.max(0, hits.totalEntities - entities.length), moreRelations: Math.max(0, hits.totalRelations - relations.length) };
}

/**
 * The hits for `query`: at once from a page index, else (a worker's index) when they arrive: its entities first, then
 * the whole answer. `fresh` is false while the answer shown is for an earlier query or still lacks its relations.
 */
function useHits(index: Searcher | null, query: string): { hits: SearchResults | null; fresh: boolean } {
  const blank = query.trim() === '';
  const now = useMemo(() => (index?.searchNow && !blank ? index.searchNow(query, { limit: SEARCH_RESULTS_MAX }) : null), [index, query, blank]);
  const [late, setLate] = useState<{ index: Searcher; query: string; hits: SearchResults; whole: boolean } | null>(null);
  useEffect(() => {
    if (!index || index.searchNow || blank) return;
    let live = true;
    const onEntities = (e: EntityHits): void => {
      if (live) setLate({ index, query, hits: { ...e, relations: [], totalRelations: 0 }, whole: false });
    };
    index.search(query, { limit: SEARCH_RESULTS_MAX, onEntities }).then(
      (hits) => {
        if (live) setLate({ index, query, hits, whole: true });
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [index, query, blank]);
  if (!index || blank) return { hits: null, fresh: true };
  if (index.searchNow) return { hits: now, fresh: true };
  return late?.index === index ? { hits: late.hits, fresh: late.query === query && late.whole } : { hits: null, fresh: false };
}

/** Search with a results list (ARIA combobox pattern). */
export function SearchBox({ graph, index, lang, query, onQueryChange, onChoose }: SearchBoxProps) {
  const input = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const { hits, fresh } = useHits(index, query);
  const results = useMemo(() => options(graph, hits, lang), [graph, hits, lang]);
  const flat = [...results.entities, ...results.relations];


  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent): void => {
      const target = e.target as HTMLElement | null;
      const typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable);
      if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const choose = (o: Option | undefined): void => {
    if (!o) return;
    onChoose(o.sel);
    setOpen(false);
    setActive(-1);
  };
  // Enter typed before a worker's answer came: choose the first result of the typed query when it comes.
  const chooseFirstOf = (q: string): void => {
    void index?.search(q, { limit: SEARCH_RESULTS_MAX }).then(
      (late) => {
        const listed = options(graph, late, lang);
        choose(listed.entities[0] ?? listed.relations[0]);
      },
      () => {},
    );
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (flat.length === 0 ? -1 : (i + 1) % flat.length));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => (flat.length === 0 ? -1 : (i - 1 + flat.length) % flat.length));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (active < 0 && !fresh) chooseFirstOf(query);
      else choose(flat[active] ?? flat[0]);
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      }
    }
  };

  const showList = open && query.trim() !== '';
  const group = (label: string, items: Option[], offset: number, more: number) =>
    items.length === 0 ? null : (
      <li role="presentation">
        <p className="px-3 pt-2 pb-1 text-xs font-semibold uppercase tracking-wide text-muted" aria-hidden="true">
          {label}
        </p>
        <ul role="group" aria-label={label}>
          {items.map((o, i) => (
            <li
              key={o.key}
              id={`${listId}-${offset + i}`}
              role="option"
              aria-selected={active === offset + i}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(o);
              }}
              className={`cursor-pointer px-3 py-1.5 ${active === offset + i ? 'bg-accent text-white' : 'hover:bg-black/5'}`}
            >
              <bdi className="block truncate font-medium">{o.primary}</bdi>
              <bdi className={`block truncate text-xs ${active === offset + i ? 'text-white' : 'text-muted'}`}>{o.secondary}</bdi>
            </li>
          ))}
        </ul>
        {more > 0 ? (
          <p className="px-3 pb-1 text-xs text-muted" data-search-more={more}>
            {t('shell.searchMore', lang, { n: more })}
          </p>
        ) : null}
      </li>
    );

  return (
    <div className="relative min-w-0 flex-1 sm:max-w-sm md:min-w-56">
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label={t('shell.search', lang)}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder={t('shell.searchPlaceholder', lang)}
        value={query}
        onChange={(e) => {
          onQueryChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className="w-full rounded-md border border-muted/60 bg-white px-3 py-1.5 text-sm text-ink placeholder:text-muted focus-visible:outline-3 focus-visible:outline-accent"
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t('shell.search', lang)}
        hidden={!showList}
        className="absolute top-full right-0 left-0 z-30 mt-1 max-h-[60vh] overflow-auto rounded-md border border-muted/40 bg-white py-1 text-sm shadow-lg"
      >
        {group(t('shell.searchEntities', lang), results.entities, 0, results.moreEntities)}
        {group(t('shell.searchRelations', lang), results.relations, results.entities.length, results.moreRelations)}
        {index === null ? <li className="px-3 py-2 text-muted">{t('shell.searchPreparing', lang)}</li> : null}
        {flat.length === 0 && fresh && index !== null ? <li className="px-3 py-2 text-muted">{t('shell.searchNoResults', lang)}</li> : null}
      </ul>
    </div>
  );
}
