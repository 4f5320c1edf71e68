// The header: app name, search, and the view controls (language, layout, filters, graph/table, article, share, export).
import type { ReactNode } from 'react';
import type { Lang, LayoutName } from '../state/types';
import { buttonClass, LabelledSelect, ToggleButton } from './controls';
import { t, type UiKey } from './i18n';

export interface ToolbarProps {
  lang: Lang;
  layout: LayoutName;
  filtersOpen: boolean;
  view: 'graph' | 'table';
  readerOpen: boolean;
  search: ReactNode;
  exportMenu: ReactNode;
  filtersPanelId: string;
  onLang: (l: Lang) => void;
  onLayout: (l: LayoutName) => void;
  onToggleFilters: () => void;
  onView: (v: 'graph' | 'table') => void;
  onToggleReader: () => void;
  onFit: () => void;
  onShare: () => void;
  analysisOpen: boolean;
  onToggleAnalysis: () => void;
}

const LAYOUT_LABELS: Record<LayoutName, UiKey> = {
  preset: 'layoutPreset',
  fcose: 'layoutFcose',
  concentric: 'layoutConcentric',
  circle: 'layoutCircle',
  breadthfirst: 'layoutBreadthfirst',
};

/** The top bar; wraps onto two rows on narrow screens. */
export function Toolbar(p: ToolbarProps) {
  const { lang } = p;
  return (
    <header className="relative z-40 flex flex-wrap items-center gap-2 border-b border-muted/30 bg-white px-3 py-2">
      <h1 className="mr-1 text-base font-bold whitespace-nowrap text-ink">{t('appName', lang)}</h1>
      {p.search}
      <nav aria-label={t('view', lang)} className="flex flex-wrap items-center gap-2 max-sm:-mx-3 max-sm:w-[calc(100%+1.5rem)] max-sm:flex-nowrap max-sm:overflow-x-auto max-sm:px-3 max-sm:pb-1">
        <ToggleButton pressed={p.filtersOpen} onClick={p.onToggleFilters} controls={p.filtersPanelId}>
          {t('filters', lang)}
        </ToggleButton>
        <ToggleButton pressed={p.view === 'table'} onClick={() => p.onView(p.view === 'table' ? 'graph' : 'table')}>
          {t('viewTable', lang)}
        </ToggleButton>
        <ToggleButton pressed={p.analysisOpen} onClick={p.onToggleAnalysis}>
          {t('analysis', lang)}
        </ToggleButton>
        <ToggleButton pressed={p.readerOpen} onClick={p.onToggleReader}>
          {t('reader', lang)}
        </ToggleButton>
        <LabelledSelect
          label={t('layout', lang)}
          hideLabel
          value={p.layout}
          options={(Object.keys(LAYOUT_LABELS) as LayoutName[]).map((l) => ({ value: l, label: t(LAYOUT_LABELS[l], lang) }))}
          onChange={p.onLayout}
        />
        <button type="button" onClick={p.onFit} className={buttonClass()}>
          {t('fit', lang)}
        </button>
        <LabelledSelect
          label={t('language', lang)}
          hideLabel
          value={lang}
          options={[
            { value: 'en', label: 'English' },
            { value: 'zh', label: '繁體中文' },
          ]}
          onChange={p.onLang}
        />
        <button type="button" onClick={p.onShare} className={buttonClass()}>
          {t('share', lang)}
        </button>
        {p.exportMenu}
      </nav>
    </header>
  );
}
