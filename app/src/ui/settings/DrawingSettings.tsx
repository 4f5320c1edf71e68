// The drawing settings in the filters panel: WebGL drawing on or off (stored on this device only while on).
import { useId } from 'react';
import type { Lang } from '../../state/types';
import { t } from '../i18n';
import { useWebgl, writeWebgl } from './webglSetting';

/** A "Drawing" fieldset with the WebGL checkbox and what it changes. */
export function DrawingSettings({ lang }: { lang: Lang }) {
  const webgl = useWebgl();
  const helpId = useId();
  return (
    <fieldset>
      <legend className="mb-1 text-xs font-semibold tracking-wide text-muted uppercase">{t('shell.drawing', lang)}</legend>
      <label className="inline-flex items-center gap-1.5 text-sm">
        <input type="checkbox" checked={webgl} onChange={(e) => writeWebgl(e.target.checked)} aria-describedby={helpId} className="accent-accent" />
        {t('shell.webgl', lang)}
      </label>
      <p id={helpId} className="text-xs text-muted">
        {t('shell.webglHelp', lang)}
      </p>
    </fieldset>
  );
}
