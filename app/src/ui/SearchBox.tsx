// The search box: a combobox listing matching entities and relations; arrows + Enter choose, `/` focuses it.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { EvidenceGraph } from '../model/graph';
import type { Searcher } from './searcher';
import type { Lang, Selection } from '../state/types';
import { t } from './i18n';

export interface SearchBoxProps {
  graph: EvidenceGraph;
  index: Searcher | null;
  lang: Lang;
  query: string;
  onQueryChange: (q: string) => void;
  /** A result was chosen: select it and centre it. */
  onChoose: (sel: Exclude<Selection, null>) => void;
}

interface Option {
  key: string;
  sel: Exclude<Selection, null>;
  primary: string;
  secondary: string;
}

function options(graph: EvidenceGraph, index: Searcher | null, query: string, lang: Lang): { entities: Option[]; relations: Option[] } {
  if (!index || query.trim() === '') return { entities: [], relations: [] };
  const hits = index.search(query, { limit: 8 });
  const kinds = graph.getAttribute('vocabulary').kinds;
  const entities = hits.entities.filter((h) => graph.hasNode(h.id)).map((h): Option => {
    const a = graph.getNodeAttributes(h.id);
    const kind = kinds.find((k) => k.id === a.kind)?.label[lang] ?? a.kind;
    const other = lang === 'en' ? a.labelZh : a.label;
    return { key: `e:${h.id}`, sel: { kind: 'entity', id: h.id }, primary: lang === 'en' ? a.label : a.labelZh, secondary: `${other} · ${kind}` };
  });
  const relations = hits.relations.slice(0, 5).filter((h) => graph.hasEdge(h.id)).map((h): Option => {
    const a = graph.getEdgeAttributes(h.id);
    return { key: `r:${h.id}`, sel: { kind: 'relation', id: h.id, evidence: 0 }, primary: lang === 'en' ? a.summaryEn : a.summaryZh, secondary: a.type };
  });
  return { entities, relations };
}

/** Search with a results list (ARIA combobox pattern). */
export function SearchBox({ graph, index, lang, query, onQueryChange, onChoose }: SearchBoxProps) {
  const input = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const results = useMemo(() => options(graph, index, query, lang), [graph, index, query, lang]);
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
      choose(flat[active] ?? flat[0]);
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      }
    }
  };

  const showList = open && query.trim() !== '';
  const group = (label: string, items: Option[], offset: number) =>
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
      </li>
    );

  return (
    <div className="relative min-w-0 flex-1 sm:max-w-sm">
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
        {group(t('shell.searchEntities', lang), results.entities, 0)}
        {group(t('shell.searchRelations', lang), results.relations, results.entities.length)}
        {flat.length === 0 ? <li className="px-3 py-2 text-muted">{t('shell.searchNoResults', lang)}</li> : null}
      </ul>
    </div>
  );
}
