// Story mode over the graph: the card of the step the link names (st=), arrow keys between steps, or the editor while authoring.
import { useCallback, useEffect, useRef } from 'react';
import type { Story } from '../../model/story/types';
import { defaultViewState } from '../../state/defaultViewState';
import { serializeViewState } from '../../state/serializeViewState';
import { StoryCard } from './StoryCard';
import { StoryEditor } from './StoryEditor';
import { currentDatasetId } from './datasetId';
import type { StoryHost } from './storyHost';
import { editingState, storiesFor, takeStepRequest, useStoryStore } from './storyStore';
import { stepViewState } from './stepView';
import { useStepNavigation } from './useStepNavigation';

/** Keys typed here belong to the field (text, choices, sliders), not to the story. */
function ownsArrows(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('input, textarea, select, [role="slider"], [role="listbox"], [role="combobox"], [role="menu"], [role="tablist"], [role="application"]')) return true;
  return false;
}

/** The card (or the editor) for the current dataset; renders nothing in free exploration. */
export function StoryLayer({ host }: { host: StoryHost }) {
  const storeVersion = useStoryStore();
  const datasetId = currentDatasetId();
  const stories = storiesFor(datasetId, host.stories);
  const editing = editingState();
  const nav = useStepNavigation(host);
  const { position, lang } = host;
  const story: Story | undefined = position ? stories.find((s) => s.id === position.storyId) : undefined;
  const total = story?.steps.length ?? 0;
  const step = position && total > 0 ? Math.min(Math.max(1, position.step), total) : 0;

  // A link with only `st=` (no view keys) opens on the default view: show the step's view once the story is known.
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || !story || !position) return;
    opened.current = true;
    const current = story.steps[step - 1];
    if (!current) return;
    const isDefault = serializeViewState(host.state) === serializeViewState({ ...defaultViewState(), lang: host.state.lang });
    const wanted = stepViewState(current, host.index, host.state.lang);
    if (step !== position.step || (isDefault && serializeViewState(wanted) !== serializeViewState(host.state))) nav.goTo(story, step, 'replace');
  }, [story, position, step, host.state, host.index, nav]);

  // Start (from the Stories menu): open the story at its step.
  useEffect(() => {
    const asked = takeStepRequest();
    const target = asked ? stories.find((s) => s.id === asked.storyId) : undefined;
    if (asked && target) nav.goTo(target, asked.step);
  }, [storeVersion, stories, nav]);

  const go = useCallback(
    (n: number) => {
      if (!story || n < 1 || n > story.steps.length || n === step) return;
      nav.goTo(story, n);
    },
    [story, step, nav],
  );

  // Left / Right move between steps, unless a field, the graph (which walks relations with arrows) or a widget has them.
  const active = Boolean(story) && !(editing && editing.datasetId === datasetId);
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      if (ownsArrows(e.target)) return;
      e.preventDefault();
      go(e.key === 'ArrowRight' ? step + 1 : step - 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, go, step]);

  if (editing && editing.datasetId === datasetId) return <StoryEditor host={host} editing={editing} showView={nav.showView} />;
  if (!story || !position || step === 0) return null;
  const { graph } = host;
  return (
    <StoryCard
      story={story}
      step={step}
      lang={lang}
      onGo={go}
      onLeave={nav.leave}
      actions={{
        knows: (kind, id) => (kind === 'entity' ? graph.hasNode(id) : graph.hasEdge(id)),
        onEntity: (id) => host.select({ kind: 'entity', id }),
        onRelation: (id) => host.select({ kind: 'relation', id, evidence: 0 }),
      }}
    />
  );
}
