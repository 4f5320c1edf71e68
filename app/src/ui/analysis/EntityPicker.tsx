// An entity picker: a combobox (ARIA 1.2) whose suggestions come from the search index; arrows, Enter, Escape.
import { useId, useState, type KeyboardEvent } from 'react';
import type { EvidenceGraph } from '../../model/graph';
import type { Searcher } from '../searcher';
import type { Lang } from '../../state/types';
import { KindIcon } from '../panels/KindIcon';
import { entityName } from '../panels/labels';
import { entitySuggestions } from './entitySuggestions';
import { t } from '../i18n';

export interface EntityPickerProps {
  graph: EvidenceGraph;
  index: Searcher | null;
  lang: Lang;
  label: string;
  /** The chosen entity id, or null. */
  value: string | null;
  onChoose: (id: string) => void;
}

/** A labelled text box suggesting entities as you type; choosing one calls `onChoose`, leaving restores the chosen name. */
export function EntityPicker({ graph, index, lang, label, value, onChoose }: EntityPickerProps) {
  const id = useId();
  const listId = `${id}-list`;
  const chosenName = value !== null ? entityName(graph, value, lang) : '';
  const [draft, setDraft] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const text = draft ?? chosenName;
  const options = draft === null ? [] : entitySuggestions(graph, index, draft, lang);
  const open = draft !== null && draft.trim() !== '';

  const choose = (entity: string) => {
    setDraft(null);
    onChoose(entity);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && options.length > 0) {
      e.preventDefault();
      setActive((i) => (i + 1) % options.length);
    } else if (e.key === 'ArrowUp' && options.length > 0) {
      e.preventDefault();
      setActive((i) => (i - 1 + options.length) % options.length);
    } else if (e.key === 'Enter' && open) {
      e.preventDefault();
      const pick = options[active];
      if (pick !== undefined) choose(pick);
    } else if (e.key === 'Escape' && draft !== null) {
      e.preventDefault();
      setDraft(null);
    }
  };

  return (
    <div className="relative">
      <label htmlFor={id} className="block text-xs font-medium text-muted">
        {label}
      </label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && options[active] !== undefined ? `${id}-opt-${active}` : undefined}
        placeholder={t('analysis.pickPlaceholder', lang)}
        value={text}
        onChange={(e) => {
          setDraft(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setDraft(null)}
        className="w-full rounded-md border border-muted/50 bg-white px-2 py-1 text-sm text-ink focus-visible:outline-3 focus-visible:outline-accent"
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={label}
        hidden={!open}
        className="absolute inset-x-0 top-full z-30 mt-0.5 max-h-64 overflow-y-auto rounded-md border border-muted/40 bg-white py-1 shadow-lg"
      >
        {options.length === 0 ? (
          <li role="option" aria-selected={false} aria-disabled="true" className="px-2 py-1 text-sm text-muted">
            {t('analysis.noSuggestions', lang)}
          </li>
        ) : (
          options.map((entity, i) => (
            <li
              key={entity}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              data-entity={entity}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(entity);
              }}
              className={`flex cursor-pointer items-center gap-1.5 px-2 py-1 text-sm ${i === active ? 'bg-accent text-white' : 'text-ink hover:bg-black/5'}`}
            >
              <KindIcon kind={graph.getNodeAttribute(entity, 'kind')} kinds={graph.getAttribute('vocabulary').kinds} size={12} />
              <bdi>{entityName(graph, entity, lang)}</bdi>
            </li>
          ))
        )}
      </ul>
    </div>
  );
}
