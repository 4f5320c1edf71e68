// The embedded view's only bar: the app name, the language switch and "Open in full view" (a new tab without embed=1).
import type { Lang } from '../../state/types';
import { buttonClass, LabelledSelect } from '../controls';
import { t } from '../i18n';
import './embed.css';

export interface EmbedBarProps {
  lang: Lang;
  /** The same view as a full-page link (no `embed=1`). */
  fullViewLink: string;
  onLang: (lang: Lang) => void;
}

/** One row, fitting a 360 px wide frame: the name truncates first. */
export function EmbedBar({ lang, fullViewLink, onLang }: EmbedBarProps) {
  return (
    <header aria-label={t('embed.bar', lang)} data-testid="embed-bar" className="flex h-full items-center gap-2 px-2">
      <h1 className="min-w-0 flex-1 truncate text-sm font-bold text-ink">{t('shell.appName', lang)}</h1>
      <LabelledSelect
        label={t('shell.language', lang)}
        hideLabel
        value={lang}
        options={[
          { value: 'en', label: 'English' },
          { value: 'zh', label: '繁體中文' },
        ]}
        onChange={onLang}
      />
      <a href={fullViewLink} target="_blank" rel="noopener" className={`${buttonClass()} no-underline`}>
        {t('embed.openFull', lang)}
        <span aria-hidden="true">↗</span>
        <span className="sr-only">{t('embed.newTab', lang)}</span>
      </a>
    </header>
  );
}
