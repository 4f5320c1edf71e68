// The header: app name, search, the view toggles, Stories/Share/Export, and the rarely used controls behind "More" (on phones, all but the toggles).
import type { ReactNode } from 'react';
import type { Lang, LayoutName } from '../state/types';
import { buttonClass, LabelledSelect, ToggleButton } from './controls';
import { t, type I18nKey } from './i18n';
import { MoreMenu } from './deferred';

export interface ToolbarProps {
  lang: Lang;
  layout: LayoutName;
  filtersOpen: boolean;
  view: 'graph' | 'table';
  readerOpen: boolean;
  search: ReactNode;
  exportMenu: ReactNode;
  /** The Stories menu (guided tours); `close` hides the phone's More popover once a story is chosen. */
  storyMenu?: (close: () => void) => ReactNode;
  /** Open… and the Datasets menu. */
  datasetMenu?: ReactNode;
  filtersPanelId: string;
  onLang: (l: Lang) => void;
  onLayout: (l: LayoutName) => void;
  onToggleFilters: () => void;
  onView: (v: 'graph' | 'table') => void;
  onToggleReader: () => void;
  onFit: () => void;
  onShare: () => void;
  /** Replaces the plain Share button (the Share menu with its Link / Embed tabs). */
  share?: ReactNode;
  analysisOpen: boolean;
  onToggleAnalysis: () => void;
  /** Phone layout (the selects sit in a More popover with their labels at every size: no longer changes the toolbar). */
  compact?: boolean;
}

const LAYOUT_LABELS: Record<LayoutName, I18nKey> = {
  preset: 'shell.layoutPreset',
  fcose: 'shell.layoutFcose',
  concentric: 'shell.layoutConcentric',
  circle: 'shell.layoutCircle',
  breadthfirst: 'shell.layoutBreadthfirst',
};

/** The top bar: one row from 1024 px up (search keeps 14rem); wraps onto two rows on narrow screens, where the secondary controls move into a More popover. */
export function Toolbar(p: ToolbarProps) {
  const { lang } = p;
  return (
    <header className="relative z-40 flex flex-wrap items-center gap-2 border-b border-muted/30 bg-white px-3 py-2">
      <h1 className="mr-1 text-base font-bold whitespace-nowrap text-ink">{t('shell.appName', lang)}</h1>
      {p.search}
      <nav aria-label={t('shell.view', lang)} className="flex flex-wrap items-center gap-2 max-md:gap-1.5">
        <ToggleButton pressed={p.filtersOpen} onClick={p.onToggleFilters} controls={p.filtersPanelId}>
          {t('shell.filters', lang)}
        </ToggleButton>
        <ToggleButton pressed={p.view === 'table'} onClick={() => p.onView(p.view === 'table' ? 'graph' : 'table')}>
          {t('shell.viewTable', lang)}
        </ToggleButton>
        <ToggleButton pressed={p.analysisOpen} onClick={p.onToggleAnalysis}>
          {t('shell.analysis', lang)}
        </ToggleButton>
        <ToggleButton pressed={p.readerOpen} onClick={p.onToggleReader}>
          {t('shell.reader', lang)}
        </ToggleButton>
        <MoreMenu lang={lang}>
          {(close) => (
            <>
              {/* Phone popover order: Open…/Datasets, Export, layout and language, then Stories and Share. */}
              <div className="contents max-md:*:order-last">
                {p.storyMenu?.(close)}
                {p.share ?? (
                  <button type="button" onClick={p.onShare} className={buttonClass()}>
                    {t('shell.share', lang)}
                  </button>
                )}
              </div>
              <div className="max-md:-order-1">{p.exportMenu}</div>
              {/* From `md` up the rarely used controls sit behind a second "More", so search keeps its width on one row. */}
              <MoreMenu lang={lang} where="desktop">
                {(closeDesktop) => (
                  <>
                    <LabelledSelect
                      label={t('shell.layout', lang)}
                      value={p.layout}
                      options={(Object.keys(LAYOUT_LABELS) as LayoutName[]).map((l) => ({ value: l, label: t(LAYOUT_LABELS[l], lang) }))}
                      onChange={p.onLayout}
                    />
                    <button
                      type="button"
                      onClick={() => {
                        p.onFit();
                        close();
                        closeDesktop();
                      }}
                      className={buttonClass()}
                    >
                      {t('shell.fit', lang)}
                    </button>
                    <LabelledSelect
                      label={t('shell.language', lang)}
                      value={lang}
                      options={[
                        { value: 'en', label: 'English' },
                        { value: 'zh', label: '繁體中文' },
                      ]}
                      onChange={p.onLang}
                    />
                    {p.datasetMenu ? <div className="flex items-center gap-2 max-md:order-first">{p.datasetMenu}</div> : null}
                  </>
                )}
              </MoreMenu>
            </>
          )}
        </MoreMenu>
      </nav>
    </header>
  );
}
