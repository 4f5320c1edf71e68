// Which dataset the explorer shows: the built-in one, one opened on this device, or one published next to the app; opening files.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CsvColumnMapping, CsvMappingProposal } from '../../model/import/csv/parseCsv';
import type { ImportReport, ImportStage } from '../../model/import/report';
import { BUILT_IN_DATASET_ID, datasetKeysPrefix, readDatasetKeys, resolveSrc, type DatasetKeys } from '../../state/datasetLink';
import { forgetAllDatasets, listDatasets, loadDataset, removeDataset, saveDataset, type StoredDatasetMeta } from '../../storage/datasetStore';
import { loadBuiltInDataset, type LoadedDataset } from '../builtInDataset';
import { loadCompiledDataset } from './loadCompiled';
import { loadInParts } from './loadInParts';
import { startImport, type ImportRun } from './runImport';

/** What the page shows in place of the explorer, or the explorer's dataset. */
export type HostScreen =
  | { kind: 'ready'; id: string; name: string; data: LoadedDataset }
  /** A draft being edited (`edit=`; ui/edit/ loads it from this device). */
  | { kind: 'edit'; draftId: string }
  | { kind: 'loading' }
  | { kind: 'missing'; keys: DatasetKeys }
  | { kind: 'src-refused'; src: string }
  | { kind: 'error'; message: string; /** The published file that could not be opened, when that is what failed. */ src?: string };

export interface ImportProgress {
  files: string[];
  stage: ImportStage;
  fraction: number | null;
}

/** The last import's outcome, for the report dialog. */
export interface ImportNotice {
  ok: boolean;
  name: string;
  files: string[];
  report: ImportReport;
  /** The link named another dataset than the one opened: its view was not applied. */
  otherThanLink: boolean;
}

/** A CSV import paused for the user to confirm its columns. */
export interface MappingRequest {
  proposal: CsvMappingProposal;
  confirm: (mapping: CsvColumnMapping) => void;
}

export interface DatasetHost {
  screen: HostScreen;
  progress: ImportProgress | null;
  mapping: MappingRequest | null;
  notice: ImportNotice | null;
  stored: StoredDatasetMeta[];
  openFiles: (files: File[]) => void;
  cancelImport: () => void;
  closeNotice: () => void;
  switchTo: (id: string) => void;
  remove: (id: string) => void;
  forgetAll: () => void;
  /** Opens a draft in edit mode (a new history entry, `edit=<id>`). */
  openDraft: (draftId: string) => void;
}

let builtIn: LoadedDataset | null = null;
/** The built-in dataset, loaded once per page (its vocabulary starts a new draft). */
export function builtInData(): LoadedDataset {
  builtIn ??= loadBuiltInDataset();
  return builtIn;
}

function builtInScreen(): HostScreen {
  try {
    return { kind: 'ready', id: BUILT_IN_DATASET_ID, name: 'Evidence Graph', data: builtInData() };
  } catch (e) {
    return { kind: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}

const linkKeys = (): { keys: DatasetKeys; rest: string } => readDatasetKeys(window.location.hash || window.location.search);
const baseName = (path: string): string => decodeURIComponent(path.split(/[?#]/, 1)[0]?.split('/').pop() || 'dataset');

type ImportDone = (
  outcome:
    | { ok: true; id: string; name: string; data: LoadedDataset; report: ImportReport; /** About the dataset's bytes. */ bytes: number; save: (meta: StoredDatasetMeta) => Promise<void> }
    | { ok: false; report: ImportReport },
) => void;

/** Writes the dataset keys at the head of the link; `rest` keeps (or drops) the view keys. */
function writeLink(keys: DatasetKeys, rest: string, mode: 'push' | 'replace'): void {
  const fragment = `${datasetKeysPrefix(keys)}${rest}`.replace(/&$/, '');
  const url = `${window.location.pathname}${window.location.search}${fragment ? `#${fragment}` : ''}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

function initialScreen(): HostScreen {
  const { keys } = linkKeys();
  if (keys.edit !== undefined) return { kind: 'edit', draftId: keys.edit };
  if (keys.src !== null) return resolveSrc(keys.src, window.location.href).ok ? { kind: 'loading' } : { kind: 'src-refused', src: keys.src };
  if (keys.d !== null) return { kind: 'loading' };
  return builtInScreen();
}

/** Owns the dataset shown, the stored datasets and the import in progress. */
export function useDatasetHost(): DatasetHost {
  const [screen, setScreenState] = useState<HostScreen>(initialScreen);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [notice, setNotice] = useState<ImportNotice | null>(null);
  const [mapping, setMapping] = useState<MappingRequest | null>(null);
  const [stored, setStored] = useState<StoredDatasetMeta[]>([]);
  const run = useRef<ImportRun | null>(null);
  const screenRef = useRef(screen);
  /** Shows a screen; the ref lets callbacks read the latest one without re-creating them. */
  const setScreen = useCallback((next: HostScreen) => {
    screenRef.current = next;
    setScreenState(next);
  }, []);

  const refreshStored = useCallback(() => {
    void listDatasets().then(setStored, () => setStored([]));
  }, []);

  /** The latest runImport, for re-running an import after its columns are confirmed. */
  const runImportRef = useRef<((files: File[], onDone: ImportDone, csvMapping?: CsvColumnMapping) => void) | null>(null);
  const runImport = useCallback(
    (files: File[], onDone: ImportDone, csvMapping?: CsvColumnMapping) => {
      run.current?.cancel();
      setMapping(null);
      const names = files.map((f) => f.name);
      setNotice(null);
      setProgress({ files: names, stage: 'read', fraction: 0 });
      let vocabulary;
      try {
        vocabulary = builtInData().graph.getAttribute('vocabulary');
      } catch {
        vocabulary = { kinds: [], categories: [], relationTypes: [] };
      }
      const current = startImport(files, vocabulary, (stage, fraction) => setProgress({ files: names, stage, fraction: fraction ?? null }), csvMapping);
      run.current = current;
      void current.done.then((outcome) => {
        if (run.current !== current) return;
        run.current = null;
        if (outcome === null) {
          setProgress(null);
          return;
        }
        const proposal = outcome.result.csvProposal;
        if (csvMapping === undefined && proposal?.needsConfirmation) {
          // Unrecognised headers: the user confirms the columns first, then the import runs again with them.
          outcome.received?.release();
          setProgress(null);
          setMapping({ proposal, confirm: (chosen) => runImportRef.current?.(files, onDone, chosen) });
          return;
        }
        if (!outcome.result.ok || outcome.contentId === null) {
          setProgress(null);
          onDone({ ok: false, report: outcome.result.report });
          return;
        }
        setProgress({ files: names, stage: 'draw', fraction: null });
        try {
          const { dataset, report } = outcome.result;
          const received = outcome.received;
          const data = received?.loaded ?? loadCompiledDataset(dataset);
          const name = dataset.graph.attributes.name || names.join(', ');
          const bytes = received?.bytes ?? JSON.stringify(dataset).length;
          onDone({ ok: true, id: outcome.contentId, name, data, report, bytes, save: received?.save ?? ((meta) => saveDataset(meta, dataset, report)) });
          received?.release();
        } catch (e) {
          outcome.received?.release();
          const report = outcome.result.report;
          const message = e instanceof Error ? e.message : String(e);
          report.issues.push({ severity: 'error', code: 'internal', where: { file: names[0] ?? '' }, message: { en: `could not build the graph: ${message}`, zh: `無法建立圖:${message}` } });
          onDone({ ok: false, report });
        }
        setProgress(null);
      });
    },
    [],
  );

  useEffect(() => {
    runImportRef.current = runImport;
  }, [runImport]);

  const openPublished = useCallback(
    async (src: string, url: string) => {
      setScreen({ kind: 'loading' });
      let file: File;
      try {
        const response = await fetch(url, { credentials: 'same-origin', cache: 'no-cache' });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        file = new File([await response.arrayBuffer()], baseName(src));
      } catch (e) {
        setScreen({ kind: 'error', src, message: e instanceof Error ? e.message : String(e) });
        return;
      }
      runImport([file], (outcome) => {
        if (!outcome.ok) {
          // The page says why (no report dialog on top of it: there is no view behind to keep).
          setScreen({ kind: 'error', src, message: outcome.report.issues.find((i) => i.severity === 'error')?.message.en ?? '' });
          return;
        }
        const { keys, rest } = linkKeys();
        writeLink({ ...keys, d: outcome.id, name: null }, rest, 'replace');
        setScreen({ kind: 'ready', id: outcome.id, name: outcome.name, data: outcome.data });
      });
    },
    [runImport, setScreen],
  );

  /** Shows the dataset the link names (after load, and on Back/Forward across datasets). */
  const followLink = useCallback(async () => {
    const { keys } = linkKeys();
    if (keys.edit !== undefined) {
      const current = screenRef.current;
      if (current.kind !== 'edit' || current.draftId !== keys.edit) setScreen({ kind: 'edit', draftId: keys.edit });
      return;
    }
    if (keys.src !== null) {
      const resolved = resolveSrc(keys.src, window.location.href);
      if (!resolved.ok) return setScreen({ kind: 'src-refused', src: keys.src });
      if (screenRef.current.kind === 'ready' && keys.d !== null && screenRef.current.id === keys.d) return;
      return openPublished(keys.src, resolved.url);
    }
    if (keys.d === null) {
      if (screenRef.current.kind !== 'ready' || screenRef.current.id !== BUILT_IN_DATASET_ID) setScreen(builtInScreen());
      return;
    }
    if (screenRef.current.kind === 'ready' && screenRef.current.id === keys.d) return;
    setScreen({ kind: 'loading' });
    try {
      const found = await loadDataset(keys.d);
      if (!found) return setScreen({ kind: 'missing', keys });
      const data = await loadInParts(found.dataset);
      // The link moved on (Back, another dataset) while the graph was built: that link's dataset is shown instead.
      if (linkKeys().keys.d !== keys.d) return;
      setScreen({ kind: 'ready', id: found.meta.id, name: found.meta.name, data });
    } catch {
      setScreen({ kind: 'missing', keys });
    }
  }, [openPublished, setScreen]);

  const openFiles = useCallback(
    (files: File[]) => {
      if (files.length === 0) return;
      runImport(files, (outcome) => {
        const names = files.map((f) => f.name);
        if (!outcome.ok) {
          // Nothing changes: the dataset, the view and the link stay exactly as they were.
          setNotice({ ok: false, name: names.join(', '), files: names, report: outcome.report, otherThanLink: false });
          return;
        }
        const before = screenRef.current;
        const { keys, rest } = linkKeys();
        const linkWanted = before.kind === 'missing' ? before.keys.d : null;
        const name = names.length === 1 ? (names[0] ?? outcome.name) : outcome.name;
        const meta: StoredDatasetMeta = {
          id: outcome.id,
          name,
          files: names,
          bytes: outcome.bytes,
          entities: outcome.data.graph.order,
          relations: outcome.data.graph.size,
          savedAt: new Date().toISOString(),
        };
        void outcome.save(meta).then(refreshStored, () => undefined);
        if (linkWanted === outcome.id) writeLink({ d: outcome.id, src: null, name: keys.name }, rest, 'replace');
        else writeLink({ d: outcome.id, src: null, name }, '', 'push');
        setScreen({ kind: 'ready', id: outcome.id, name, data: outcome.data });
        setNotice({ ok: true, name, files: names, report: outcome.report, otherThanLink: linkWanted !== null && linkWanted !== outcome.id });
      });
    },
    [runImport, refreshStored, setScreen],
  );

  const switchTo = useCallback(
    (id: string) => {
      const current = screenRef.current;
      if (current.kind === 'ready' && current.id === id) return;
      const meta = stored.find((m) => m.id === id);
      writeLink({ d: id === BUILT_IN_DATASET_ID ? null : id, src: null, name: meta?.name ?? null }, '', 'push');
      void followLink();
    },
    [stored, followLink],
  );

  const remove = useCallback(
    (id: string) => {
      void removeDataset(id).then(refreshStored, () => undefined);
      const current = screenRef.current;
      if (current.kind === 'ready' && current.id === id) switchTo(BUILT_IN_DATASET_ID);
    },
    [refreshStored, switchTo],
  );

  const openDraft = useCallback(
    (draftId: string) => {
      writeLink({ d: null, src: null, name: null, edit: draftId }, '', 'push');
      setScreen({ kind: 'edit', draftId });
    },
    [setScreen],
  );

  const forgetAll = useCallback(() => {
    void forgetAllDatasets().then(refreshStored, () => undefined);
    const current = screenRef.current;
    if (current.kind === 'ready' && current.id !== BUILT_IN_DATASET_ID && linkKeys().keys.src === null) switchTo(BUILT_IN_DATASET_ID);
  }, [refreshStored, switchTo]);

  useEffect(() => {
    refreshStored();
    if (screenRef.current.kind === 'loading') void followLink();
    const onPop = (): void => void followLink();
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [followLink, refreshStored]);

  return {
    screen,
    progress,
    mapping,
    notice,
    stored,
    openFiles,
    cancelImport: () => {
      run.current?.cancel();
      run.current = null;
      setProgress(null);
      setMapping(null);
    },
    closeNotice: () => setNotice(null),
    switchTo,
    remove,
    forgetAll,
    openDraft,
  };
}
