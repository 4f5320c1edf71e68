// The story card: title, the step's caption in the current language, "Step n of N", progress dots, Previous / Next and Leave story.
import { useEffect, useMemo, useRef } from 'react';
import { parseCaption } from '../../model/story/caption';
import type { Story } from '../../model/story/types';
import type { Lang } from '../../state/types';
import { buttonClass } from '../controls';
import { t } from '../i18n';
import { Caption, type CaptionActions } from './Caption';
import { takeCardFocus } from './storyStore';

const LEAVE = 'rounded-md px-2 py-1 text-xs font-medium text-ink underline underline-offset-2 hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-accent';

export interface StoryCardProps {
  story: Story;
  /** 1-based. */
  step: number;
  lang: Lang;
  actions: Omit<CaptionActions, 'stepCount' | 'onStep'>;
  onGo: (step: number) => void;
  onLeave: () => void;
}

/**
 * Sits over the graph: at the top on phones (the details/evidence sheet opens from the bottom), bottom left on wider
 * screens; its caption scrolls within a bounded height so the graph stays in view.
 */
export function StoryCard({ story, step, lang, actions, onGo, onLeave }: StoryCardProps) {
  const total = story.steps.length;
  const current = story.steps[step - 1];
  const nodes = useMemo(() => parseCaption(current?.caption[lang] ?? ''), [current, lang]);
  const section = useRef<HTMLElement>(null);
  // Started from the Stories menu: the card takes the focus (its caption is read; arrow keys step).
  useEffect(() => {
    if (takeCardFocus()) section.current?.focus();
  }, [story.id, step]);
  if (!current) return null;
  const captionActions: CaptionActions = { ...actions, stepCount: total, onStep: onGo };
  return (
    <section
      ref={section}
      tabIndex={-1}
      aria-label={`${t('story.card', lang)}: ${story.title[lang]}`}
      data-testid="story-card"
      data-story={story.id}
      data-step={step}
      className="pointer-events-auto absolute z-10 flex flex-col outline-none focus-visible:ring-2 focus-visible:ring-accent gap-2 rounded-lg border border-muted/40 bg-white p-3 text-ink shadow-lg max-md:inset-x-2 max-md:top-2 max-md:max-h-[42%] md:bottom-3 md:left-3 md:max-h-[60%] md:w-[26rem] md:max-w-[calc(100%-1.5rem)]"
    >
      <header className="flex items-baseline gap-2">
        <h2 className="min-w-0 flex-1 truncate text-sm font-bold max-md:text-[0.8125rem]">
          <bdi>{story.title[lang]}</bdi>
        </h2>
        <p className="shrink-0 text-xs text-muted" data-testid="story-step-of">
          {t('story.stepOf', lang, { n: step, total })}
        </p>
      </header>
      <p aria-live="polite" data-testid="story-caption" className="min-h-0 overflow-y-auto text-sm leading-relaxed whitespace-pre-line max-md:text-[0.8125rem]">
        <Caption nodes={nodes} lang={lang} actions={captionActions} />
      </p>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <nav aria-label={t('story.progress', lang)} className="min-w-0 flex-1 max-md:basis-full">
          <ol className="flex flex-wrap items-center gap-1 max-md:gap-0.5">
            {story.steps.map((_, i) => {
              const n = i + 1;
              const here = n === step;
              return (
                <li key={n}>
                  <button
                    type="button"
                    aria-label={t(here ? 'story.goToStepCurrent' : 'story.goToStep', lang, { n })}
                    aria-current={here ? 'step' : undefined}
                    onClick={() => onGo(n)}
                    className="flex h-6 w-6 items-center justify-center rounded-full focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent"
                  >
                    <span aria-hidden="true" className={`block rounded-full ${here ? 'h-3 w-3 bg-accent' : 'h-2.5 w-2.5 border border-muted bg-white hover:bg-muted/40'}`} />
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>
        <button type="button" onClick={onLeave} className={`${LEAVE} mr-auto md:hidden`}>
          {t('story.leave', lang)}
        </button>
        <div className="flex items-center gap-1.5">
          <button type="button" onClick={() => onGo(step - 1)} disabled={step <= 1} className={`${buttonClass()} disabled:opacity-40`}>
            <span aria-hidden="true">←</span> {t('story.previous', lang)}
          </button>
          <button type="button" onClick={() => onGo(step + 1)} disabled={step >= total} className={`${buttonClass(step < total)} disabled:opacity-40`}>
            {t('story.next', lang)} <span aria-hidden="true">→</span>
          </button>
        </div>
      </div>
      <div className="flex items-center justify-between gap-2 border-t border-muted/20 pt-2 max-md:hidden">
        <p className="text-xs text-muted">{t('story.keysHint', lang)}</p>
        <button type="button" onClick={onLeave} className={LEAVE}>
          {t('story.leave', lang)}
        </button>
      </div>
    </section>
  );
}
