// The toolbar's Stories menu: the dataset's stories with Start and Edit story, and New story.
import { useEffect, useId, useRef, useState } from 'react';
import type { Story } from '../../model/story/types';
import { isStoryId } from '../../state/storyLink';
import { READ_ONLY } from '../appMode';
import { buttonClass } from '../controls';
import { t } from '../i18n';
import { currentDatasetId } from './datasetId';
import type { StoryHost } from './storyHost';
import { discardEdits, isEdited, requestStep, startEditing, storiesFor, useStoryStore } from './storyStore';

const SMALL_SHAPE = 'rounded border px-2 py-0.5 text-xs focus-visible:outline-2 focus-visible:outline-accent';
const SMALL = `${SMALL_SHAPE} border-muted/50 bg-white hover:bg-black/5`;
/** The Start button: filled (its own colours only: with SMALL's bg-white too, the stylesheet's order made it white on white). */
const START = `${SMALL_SHAPE} border-accent bg-accent text-white hover:bg-accent/90 disabled:opacity-50`;

/** A fresh story with an id no story of the dataset has. */
function newStory(existing: readonly Story[]): Story {
  let n = existing.length + 1;
  while (existing.some((s) => s.id === `story-${n}`)) n += 1;
  const id = `story-${n}`;
  return { id: isStoryId(id) ? id : 'story', title: { en: t('story.untitled', 'en'), zh: t('story.untitled', 'zh') }, steps: [] };
}

/** A disclosure button opening the list of stories; Escape closes it and returns focus. */
export function StoryMenu({ host, onChosen }: { host: StoryHost; /** After Start, Edit or New story (closes the phone's More popover). */ onChosen?: () => void }) {
  useStoryStore();
  const { lang } = host;
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const datasetId = currentDatasetId();
  const stories = storiesFor(datasetId, host.stories);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent): void => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const act = (fn: () => void): void => {
    setOpen(false);
    onChosen?.();
    fn();
  };

  return (
    <div
      ref={root}
      className="relative"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button ref={button} type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)} className={buttonClass(open || host.position !== null)}>
        {t('story.stories', lang)}
      </button>
      <div
        id={panelId}
        hidden={!open}
        data-panel="stories"
        className="absolute right-0 z-30 mt-1 max-h-[80vh] w-80 overflow-y-auto rounded-md border border-muted/40 bg-white py-1 text-sm text-ink shadow-lg max-md:fixed max-md:inset-x-2 max-md:w-auto"
      >
        {!host.storiesReady && stories.length === 0 ? null : stories.length === 0 ? (
          <p className="px-3 py-1.5 text-xs text-muted">{t('story.noStories', lang)}</p>
        ) : (
          <ul aria-label={t('story.storiesList', lang)}>
            {stories.map((s) => (
              <li key={s.id} className="flex items-center gap-2 border-b border-muted/20 px-3 py-2 last:border-b-0" data-story={s.id}>
                <span className="min-w-0 flex-1">
                  <bdi className="block font-medium">{s.title[lang]}</bdi>
                  <span className="block text-xs text-muted">
                    {t('story.steps', lang, { n: s.steps.length })}
                    {isEdited(datasetId) ? ` · ${t('story.editedNote', lang)}` : ''}
                  </span>
                </span>
                {READ_ONLY ? null : (
                  // The one-file page is read-only: stories play, nothing is edited.
                  <button
                    type="button"
                    className={SMALL}
                    aria-label={t('story.editNamed', lang, { title: s.title[lang] })}
                    onClick={() => act(() => startEditing(datasetId, s, s.id))}
                  >
                    {t('story.edit', lang)}
                  </button>
                )}
                <button
                  type="button"
                  className={START}
                  aria-label={t('story.startNamed', lang, { title: s.title[lang] })}
                  disabled={s.steps.length === 0}
                  onClick={() => act(() => requestStep(s.id, 1))}
                >
                  {t('story.start', lang)}
                </button>
              </li>
            ))}
          </ul>
        )}
        {READ_ONLY ? null : (
          <button
            type="button"
            className="flex w-full items-center gap-2 border-t border-muted/20 px-3 py-1.5 text-left hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-accent"
            onClick={() => act(() => startEditing(datasetId, newStory(stories), null))}
          >
            <span aria-hidden="true">＋</span> {t('story.newStory', lang)}
          </button>
        )}
        {isEdited(datasetId) ? (
          <button
            type="button"
            className="flex w-full items-center gap-2 border-t border-muted/20 px-3 py-1.5 text-left text-xs text-red-800 hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-accent"
            onClick={() => act(() => discardEdits(datasetId))}
          >
            {t('story.discardEdits', lang)}
          </button>
        ) : null}
      </div>
    </div>
  );
}
