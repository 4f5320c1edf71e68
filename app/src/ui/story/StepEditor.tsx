// One step in the story editor: its view, Show / Move up / Move down / Delete (asks first), and its captions with a live preview.
import { useId, useMemo, useState } from 'react';
import { parseCaption } from '../../model/story/caption';
import type { Bilingual, StoryStep } from '../../model/story/types';
import type { Lang } from '../../state/types';
import { t } from '../i18n';
import { Caption, type CaptionActions } from './Caption';

export interface StepEditorProps {
  step: StoryStep;
  /** 1-based. */
  n: number;
  total: number;
  lang: Lang;
  actions: CaptionActions;
  onShow: () => void;
  onMove: (by: -1 | 1) => void;
  onDelete: () => void;
  onCaption: (caption: Bilingual) => void;
}

const SMALL =
  'rounded border border-muted/50 bg-white px-2 py-0.5 text-xs text-ink hover:bg-black/5 disabled:opacity-40 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent';

function CaptionField({ label, value, lang, previewLang, actions, onChange }: { label: string; value: string; lang: Lang; previewLang: Lang; actions: CaptionActions; onChange: (v: string) => void }) {
  const id = useId();
  const nodes = useMemo(() => parseCaption(value), [value]);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-muted">
        {label}
      </label>
      <textarea
        id={id}
        value={value}
        rows={3}
        lang={previewLang === 'zh' ? 'zh-Hant' : 'en'}
        onChange={(e) => onChange(e.target.value)}
        className="w-full resize-y rounded-md border border-muted/50 bg-white px-2 py-1 text-sm text-ink focus-visible:outline-2 focus-visible:outline-accent"
      />
      {value.trim() !== '' ? (
        <div className="rounded-md bg-canvas px-2 py-1 text-sm" lang={previewLang === 'zh' ? 'zh-Hant' : 'en'}>
          <span className="sr-only">{t('story.preview', lang)}: </span>
          <p className="whitespace-pre-line" data-testid={`caption-preview-${previewLang}`}>
            <Caption nodes={nodes} lang={lang} actions={actions} />
          </p>
        </div>
      ) : null}
    </div>
  );
}

/** A list item of the editor's step list. */
export function StepEditor({ step, n, total, lang, actions, onShow, onMove, onDelete, onCaption }: StepEditorProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="flex flex-col gap-2 border-t border-muted/30 py-3" data-step-index={n}>
      <div className="flex flex-wrap items-center gap-1.5">
        <h4 className="mr-auto text-sm font-bold">{t('story.goToStep', lang, { n })}</h4>
        <button type="button" className={SMALL} onClick={onShow}>
          {t('story.showStep', lang)}
        </button>
        <button type="button" className={SMALL} data-action="up" aria-label={t('story.moveUp', lang, { n })} disabled={n <= 1} onClick={() => onMove(-1)}>
          <span aria-hidden="true">↑</span>
        </button>
        <button type="button" className={SMALL} data-action="down" aria-label={t('story.moveDown', lang, { n })} disabled={n >= total} onClick={() => onMove(1)}>
          <span aria-hidden="true">↓</span>
        </button>
        <button type="button" className={`${SMALL} text-red-800`} aria-label={t('story.deleteStep', lang, { n })} onClick={() => setConfirming(true)}>
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      {confirming ? (
        <div role="alertdialog" aria-label={t('story.deleteStep', lang, { n })} className="flex flex-wrap items-center gap-2 rounded-md bg-mark/40 px-2 py-1.5 text-sm">
          <p className="mr-auto">{t('story.confirmDelete', lang, { n })}</p>
          <button
            type="button"
            className={`${SMALL} text-red-800`}
            autoFocus
            onClick={() => {
              setConfirming(false);
              onDelete();
            }}
          >
            {t('story.deleteConfirm', lang)}
          </button>
          <button type="button" className={SMALL} onClick={() => setConfirming(false)}>
            {t('story.cancel', lang)}
          </button>
        </div>
      ) : null}
      <p className="truncate font-mono text-xs text-muted" title={step.view}>
        <span className="sr-only">{t('story.stepView', lang)}: </span>
        {step.view}
      </p>
      <CaptionField label={t('story.captionEn', lang, { n })} value={step.caption.en} lang={lang} previewLang="en" actions={actions} onChange={(en) => onCaption({ ...step.caption, en })} />
      <CaptionField label={t('story.captionZh', lang, { n })} value={step.caption.zh} lang={lang} previewLang="zh" actions={actions} onChange={(zh) => onCaption({ ...step.caption, zh })} />
    </li>
  );
}
