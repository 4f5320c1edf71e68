// Edit mode: title and id, "Add current view as step", the steps (show, reorder, delete, captions in both languages), problems, Save and Download.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Story, StoryStep } from '../../model/story/types';
import { BUILT_IN_DATASET_ID } from '../../state/datasetLink';
import type { ViewState } from '../../state/types';
import { buttonClass } from '../controls';
import { downloadBlob } from '../download';
import { t } from '../i18n';
import type { CaptionActions } from './Caption';
import { StepEditor } from './StepEditor';
import type { StoryHost } from './storyHost';
import { markSaved, setSavedStories, stopEditing, storiesFor, updateDraft, type EditingState } from './storyStore';
import { stepViewState, viewForStep } from './stepView';
import { storyToYaml } from './storyYaml';
import { storyProblems } from './storyProblems';

export interface StoryEditorProps {
  host: StoryHost;
  editing: EditingState;
  showView: (view: ViewState) => void;
}

const FIELD = 'w-full rounded-md border border-muted/50 bg-white px-2 py-1 text-sm text-ink focus-visible:outline-2 focus-visible:outline-accent';

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/** The editor panel over the graph's left side (the top of the screen on phones). */
export function StoryEditor({ host, editing, showView }: StoryEditorProps) {
  const { lang, graph } = host;
  const { draft, datasetId } = editing;
  const headingId = useId();
  const ids = { titleEn: useId(), titleZh: useId(), storyId: useId() };
  const [status, setStatus] = useState('');
  const focusAfterMove = useRef<{ n: number; action: 'up' | 'down' } | null>(null);
  const saved = storiesFor(datasetId, host.stories);
  const problems = useMemo(() => storyProblems(draft, host.index, saved.filter((s) => s.id !== editing.savedId), lang), [draft, host.index, saved, editing.savedId, lang]);

  // Keyboard reordering: focus follows the moved step's button (or its other arrow at either end).
  useEffect(() => {
    const moved = focusAfterMove.current;
    if (!moved) return;
    focusAfterMove.current = null;
    const item = document.querySelector<HTMLElement>(`[data-story-editor] [data-step-index="${moved.n}"]`);
    const wanted = item?.querySelector<HTMLButtonElement>(`[data-action="${moved.action}"]`);
    const other = item?.querySelector<HTMLButtonElement>(`[data-action="${moved.action === 'up' ? 'down' : 'up'}"]`);
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  }, [draft]);

  const setSteps = (change: (steps: StoryStep[]) => StoryStep[]): void => updateDraft((d) => ({ ...d, steps: change(d.steps) }));
  const captionActions: CaptionActions = {
    knows: (kind, id) => (kind === 'entity' ? graph.hasNode(id) : graph.hasEdge(id)),
    onEntity: (id) => host.select({ kind: 'entity', id }),
    onRelation: (id) => host.select({ kind: 'relation', id, evidence: 0 }),
    onStep: (n) => {
      const s = draft.steps[n - 1];
      if (s) showView(stepViewState(s, host.index, lang));
    },
    stepCount: draft.steps.length,
  };

  const save = async (): Promise<void> => {
    const story: Story = structuredClone(draft);
    const others = saved.filter((s) => s.id !== editing.savedId && s.id !== story.id);
    const at = editing.savedId === null ? -1 : saved.findIndex((s) => s.id === editing.savedId);
    const stories = at < 0 ? [...others, story] : [...others.slice(0, at), story, ...others.slice(at)];
    try {
      if (datasetId === BUILT_IN_DATASET_ID) {
        setSavedStories(datasetId, stories);
        setStatus(t('story.savedSession', lang));
      } else {
        const { saveStories } = await import('../../storage/datasetStore');
        const stored = await saveStories(datasetId, stories);
        setSavedStories(datasetId, stories);
        setStatus(t(stored ? 'story.saved' : 'story.savedSession', lang));
      }
      markSaved(story.id);
    } catch (e) {
      setStatus(t('story.saveFailed', lang, { error: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <section
      aria-labelledby={headingId}
      data-story-editor
      className="pointer-events-auto absolute z-20 flex flex-col overflow-y-auto border-muted/40 bg-white p-3 text-ink shadow-lg max-md:inset-x-0 max-md:top-0 max-md:z-40 max-md:max-h-[60%] max-md:border-b md:inset-y-0 md:left-0 md:w-[26rem] md:max-w-full md:border-r"
    >
      <div className="flex items-center gap-2">
        <h2 id={headingId} className="mr-auto text-base font-bold">
          {t('story.editor', lang)}
        </h2>
        <button type="button" className={buttonClass()} onClick={stopEditing}>
          {t('story.done', lang)}
        </button>
      </div>
      <div className="mt-3 grid gap-2">
        <label htmlFor={ids.titleEn} className="text-xs font-medium text-muted">
          {t('story.titleEn', lang)}
        </label>
        <input id={ids.titleEn} className={FIELD} value={draft.title.en} onChange={(e) => updateDraft((d) => ({ ...d, title: { ...d.title, en: e.target.value } }))} />
        <label htmlFor={ids.titleZh} className="text-xs font-medium text-muted">
          {t('story.titleZh', lang)}
        </label>
        <input id={ids.titleZh} lang="zh-Hant" className={FIELD} value={draft.title.zh} onChange={(e) => updateDraft((d) => ({ ...d, title: { ...d.title, zh: e.target.value } }))} />
        <label htmlFor={ids.storyId} className="text-xs font-medium text-muted">
          {t('story.storyId', lang)}
        </label>
        <input
          id={ids.storyId}
          className={`${FIELD} font-mono`}
          value={draft.id}
          spellCheck={false}
          autoCapitalize="off"
          onChange={(e) => updateDraft((d) => ({ ...d, id: e.target.value.trim().toLowerCase() }))}
        />
      </div>
      <div className="mt-3">
        <button type="button" className={buttonClass(true)} onClick={() => setSteps((steps) => [...steps, { view: viewForStep(host.state), caption: { en: '', zh: '' } }])}>
          {t('story.addView', lang)}
        </button>
      </div>
      <h3 className="mt-3 text-sm font-bold">{t('story.stepList', lang)}</h3>
      <p className="text-xs text-muted">{t('story.captionSyntax', lang)}</p>
      {draft.steps.length === 0 ? <p className="mt-2 text-sm text-muted">{t('story.noSteps', lang)}</p> : null}
      <ol aria-label={t('story.stepList', lang)} className="mt-1">
        {draft.steps.map((step, i) => (
          <StepEditor
            // Steps have no ids; the index is the identity the list shows ("Step n").
            key={i}
            step={step}
            n={i + 1}
            total={draft.steps.length}
            lang={lang}
            actions={captionActions}
            onShow={() => showView(stepViewState(step, host.index, lang))}
            onMove={(by) => {
              setSteps((steps) => move(steps, i, i + by));
              focusAfterMove.current = { n: i + 1 + by, action: by < 0 ? 'up' : 'down' };
            }}
            onDelete={() => setSteps((steps) => steps.filter((_, j) => j !== i))}
            onCaption={(caption) => setSteps((steps) => steps.map((s, j) => (j === i ? { ...s, caption } : s)))}
          />
        ))}
      </ol>
      <section aria-label={t('story.problems', lang)} className="mt-2 border-t border-muted/30 pt-2" data-testid="story-problems">
        <h3 className="text-sm font-bold">{t('story.problems', lang)}</h3>
        {problems.length === 0 ? (
          <p className="text-xs text-muted">{t('story.noProblems', lang)}</p>
        ) : (
          <ul className="list-disc pl-5 text-xs text-red-800">
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        )}
      </section>
      <div className="sticky bottom-0 mt-3 flex flex-wrap items-center gap-2 border-t border-muted/30 bg-white pt-2">
        <button type="button" className={`${buttonClass(true)} disabled:opacity-40`} disabled={problems.length > 0} onClick={() => void save()}>
          {t('story.save', lang)}
        </button>
        <button type="button" className={buttonClass()} onClick={() => downloadBlob(new Blob([storyToYaml(draft)], { type: 'text/yaml' }), `${draft.id || 'story'}.yaml`)}>
          {t('story.download', lang)}
        </button>
      </div>
      <p role="status" className="mt-2 text-xs">
        {status}
      </p>
    </section>
  );
}
