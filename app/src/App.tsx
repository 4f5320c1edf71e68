// The app root: the dataset host (built-in, opened or published data) around the explorer, plus opening files anywhere.
import { useCallback, useState, type ReactNode } from 'react';
import { BUILT_IN_DATASET_ID, readDatasetKeys } from './state/datasetLink';
import { isEmbedLink } from './state/embedLink';
import type { Lang } from './state/types';
import type { LoadedDataset } from './ui/builtInDataset';
import { Explorer } from './ui/Explorer';
import { HostMessage } from './ui/import/HostMessage';
import { DatasetsMenu, DropTarget, ImportDialog } from './ui/deferred';
import { OpenButton } from './ui/import/OpenButton';
import { builtInData, useDatasetHost } from './ui/import/useDatasetHost';
import { EditHost } from './ui/edit/deferredEdit';

/** The link's language, for the screens shown before the explorer has a view state. */
function linkLang(): Lang {
  return /(^|&)l=zh(&|$)/.test(readDatasetKeys(window.location.hash).rest) ? 'zh' : 'en';
}

/** Root component. */
export function App() {
  const host = useDatasetHost();
  // embed=1 (read once: the page is embedded for its whole life): no Open…, Datasets menu, drop target or import dialog.
  const [embed] = useState(() => isEmbedLink(window.location.hash || window.location.search));
  const { openFiles } = host;
  const onFiles = useCallback((files: File[]) => openFiles(files), [openFiles]);
  const overlay = (lang: Lang): ReactNode => embed ? null : (
    <>
      <DropTarget lang={lang} onFiles={onFiles} />
      <ImportDialog lang={lang} progress={host.progress} notice={host.notice} mapping={host.mapping} onCancel={host.cancelImport} onClose={host.closeNotice} />
    </>
  );
  const { screen } = host;
  const builtInVocabulary = () => builtInData().graph.getAttribute('vocabulary');
  const controls = (lang: Lang, currentId: string, drafts: { current: { id: string; name: string; data: LoadedDataset } | null; currentDraft: string | null }): ReactNode => (
    <>
      <OpenButton lang={lang} onFiles={onFiles} />
      <DatasetsMenu
        lang={lang}
        currentId={currentId}
        stored={host.stored}
        onSwitch={host.switchTo}
        onRemove={host.remove}
        onForgetAll={host.forgetAll}
        drafts={{ ...drafts, builtInVocabulary, onOpenDraft: host.openDraft }}
      />
    </>
  );
  if (screen.kind === 'edit') {
    // Edit mode (issue 10): a draft on this device, loaded with its code on use.
    const draftId = screen.draftId;
    return (
      <EditHost
        key={draftId}
        draftId={draftId}
        lang={linkLang()}
        datasetControls={(lang) => controls(lang, `edit:${draftId}`, { current: null, currentDraft: draftId })}
        overlay={overlay}
        onLeave={host.switchTo}
      />
    );
  }
  if (screen.kind !== 'ready') {
    const lang = linkLang();
    return (
      <>
        <HostMessage lang={lang} screen={screen} onFiles={onFiles} onBuiltIn={() => host.switchTo(BUILT_IN_DATASET_ID)} />
        {overlay(lang)}
      </>
    );
  }
  return (
    <Explorer
      key={screen.id}
      data={screen.data}
      embed={embed}
      datasetControls={(lang) => controls(lang, screen.id, { current: { id: screen.id, name: screen.name, data: screen.data }, currentDraft: null })}
      overlay={overlay}
    />
  );
}
