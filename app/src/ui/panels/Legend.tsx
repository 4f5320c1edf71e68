// The legend, generated from the graph's vocabulary and the design tokens: kind shapes, category arrows, fact/claim lines.
import { useId } from 'react';
import type { EvidenceGraph } from '../../model/graph';
import type { Lang } from '../../state/types';
import { CategorySwatch } from './CategorySwatch';
import { KindIcon } from './KindIcon';
import { t } from '../i18n';

export interface LegendProps {
  graph: EvidenceGraph;
  lang: Lang;
  className?: string;
}

/** A labelled region; every colour is paired with a shape or arrow and a text label. */
export function Legend({ graph, lang, className = '' }: LegendProps) {
  const headingId = useId();
  const vocabulary = graph.getAttribute('vocabulary');
  const item = 'flex items-center gap-2';
  return (
    <section aria-labelledby={headingId} className={`text-sm text-ink ${className}`} data-panel="legend">
      <h2 id={headingId} className="font-semibold">{t('panels.legendHeading', lang)}</h2>
      <h3 className="mt-1 text-xs font-medium text-muted">{t('panels.legendKinds', lang)}</h3>
      <ul>
        {vocabulary.kinds.map((k) => (
          <li key={k.id} className={item} data-kind={k.id}>
            <KindIcon kind={k.id} kinds={vocabulary.kinds} />
            {k.label[lang]}
          </li>
        ))}
      </ul>
      <h3 className="mt-1 text-xs font-medium text-muted">{t('panels.legendCategories', lang)}</h3>
      <ul>
        {vocabulary.categories.map((c) => (
          <li key={c.id} className={item} data-category={c.id}>
            <CategorySwatch category={c.id} />
            {c.label[lang]}
          </li>
        ))}
      </ul>
      <h3 className="mt-1 text-xs font-medium text-muted">{t('panels.legendLines', lang)}</h3>
      <ul>
        <li className={item} data-status="fact">
          <CategorySwatch status="fact" />
          {t('panels.legendFact', lang)}
        </li>
        <li className={item} data-status="claim">
          <CategorySwatch status="claim" />
          {t('panels.legendClaim', lang)}
        </li>
      </ul>
    </section>
  );
}
