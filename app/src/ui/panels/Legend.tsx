// The legend, generated from the graph's vocabulary and the design tokens: kind shapes, category arrows, fact/claim lines.
import { useId } from 'react';
import type { EvidenceGraph } from '../../model/graph';
import type { Lang } from '../../state/types';
import { CategorySwatch } from './CategorySwatch';
import { KindIcon } from './KindIcon';
import { panelStrings } from './strings';

export interface LegendProps {
  graph: EvidenceGraph;
  lang: Lang;
  className?: string;
}

/** A labelled region; every colour is paired with a shape or arrow and a text label. */
export function Legend({ graph, lang, className = '' }: LegendProps) {
  const s = panelStrings[lang];
  const headingId = useId();
  const vocabulary = graph.getAttribute('vocabulary');
  const item = 'flex items-center gap-2';
  return (
    <section aria-labelledby={headingId} className={`text-sm text-ink ${className}`} data-panel="legend">
      <h2 id={headingId} className="font-semibold">{s.legendHeading}</h2>
      <h3 className="mt-1 text-xs font-medium text-muted">{s.legendKinds}</h3>
      <ul>
        {vocabulary.kinds.map((k) => (
          <li key={k.id} className={item} data-kind={k.id}>
            <KindIcon kind={k.id} />
            {k.label[lang]}
          </li>
        ))}
      </ul>
      <h3 className="mt-1 text-xs font-medium text-muted">{s.legendCategories}</h3>
      <ul>
        {vocabulary.categories.map((c) => (
          <li key={c.id} className={item} data-category={c.id}>
            <CategorySwatch category={c.id} />
            {c.label[lang]}
          </li>
        ))}
      </ul>
      <h3 className="mt-1 text-xs font-medium text-muted">{s.legendLines}</h3>
      <ul>
        <li className={item} data-status="fact">
          <CategorySwatch status="fact" />
          {s.legendFact}
        </li>
        <li className={item} data-status="claim">
          <CategorySwatch status="claim" />
          {s.legendClaim}
        </li>
      </ul>
    </section>
  );
}
