// The Export button and menu (images with options, data formats), downloads, status, and the CLI's window hook.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { EvidenceGraph } from '../../model/graph';
import type { VisibleSet } from '../../model/formats/subset';
import type { GraphView } from '../../render/viewport';
import type { Lang, ViewState } from '../../state/types';
import { buttonClass } from '../controls';
import { downloadBlob } from '../download';
import { t } from '../i18n';
import type { ExportContext } from '../../render/export/performExport';
import { EXPORT_FORMATS, exportOptions, imageFrame, parseExportRequest, type ExportFormat, type ExportOptions } from '../../export/request';
import type { ExportWords } from '../../export/words';
import { currentDatasetPrefix } from '../currentDataset';
import type { Story } from '../../model/story/types';
import { READ_ONLY } from '../appMode';

/** The exporters (data formats, SVG/PNG/PDF) load on first use. */
const loadExporters = () => import('../../render/export/performExport');

/** The export words in `lang`, from the `export.*` string table. */
const wordsFor =
  (lang: Lang): ExportWords =>
  (key, vars) =>
    t(`export.${key}`, lang, vars);

export interface ExportMenuProps {
  graph: EvidenceGraph;
  /** The dataset's source texts (written into a dataset bundle). */
  texts?: Record<string, string>;
  /** Resolves once the dataset's words (quotes, summaries, texts) are in: exports wait for it, so none comes out without them. */
  ready?: Promise<void>;
  /** The drawn graph (null while not mounted: image exports then fail with a message). */
  view: GraphView | null;
  state: ViewState;
  /** What the filters show (the Explorer's computeVisibility result). */
  visible: VisibleSet;
  /** The dataset's stories: the interactive HTML file can include one. */
  stories?: readonly Story[];
  /** Where to show the outcome message (e.g. the app's toast, a role=status); without it the menu announces it itself. */
  onStatus?: (message: string) => void;
}

const ITEM = 'flex w-full items-center gap-2 px-3 py-1.5 text-left hover:bg-black/5 focus-visible:bg-accent focus-visible:text-white focus-visible:outline-none';

function Radio(props: { checked: boolean; onPick: () => void; children: ReactNode }) {
  return (
    <button type="button" role="menuitemradio" aria-checked={props.checked} onClick={props.onPick} className={ITEM}>
      <span aria-hidden="true" className="w-3 text-center">
        {props.checked ? '●' : '○'}
      </span>
      {props.children}
    </button>
  );
}

function Check(props: { checked: boolean; onToggle: () => void; children: ReactNode }) {
  return (
    <button type="button" role="menuitemcheckbox" aria-checked={props.checked} onClick={props.onToggle} className={ITEM}>
      <span aria-hidden="true" className="w-3 text-center">
        {props.checked ? '☑' : '☐'}
      </span>
      {props.children}
    </button>
  );
}

function Group(props: { label: string; children: ReactNode }) {
  return (
    <div role="group" aria-label={props.label} className="border-b border-muted/20 py-1 last:border-b-0">
      <p aria-hidden="true" className="px-3 pt-1 text-xs font-semibold tracking-wide text-muted uppercase">
        {props.label}
      </p>
      {props.children}
    </div>
  );
}

const baseUrl = (): string => `${window.location.origin}${window.location.pathname}`;

/** The Export menu button; also registers `window.__evidenceGraphExport` while mounted. */
export function ExportMenu(props: ExportMenuProps) {
  const lang: Lang = props.state.lang;
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<ExportOptions>(() => exportOptions.parse({}));
  const [status, setStatus] = useState('');
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const latest = useRef<ExportContext>({ graph: props.graph, view: props.view, state: props.state, visible: props.visible, baseUrl: '', words: wordsFor(lang) });

  useEffect(() => {
    latest.current = { graph: props.graph, view: props.view, state: props.state, visible: props.visible, baseUrl: baseUrl(), datasetPrefix: currentDatasetPrefix(), words: wordsFor(props.state.lang), texts: props.texts, ...(props.stories ? { stories: props.stories } : {}) };
  });

  const ready = useRef(props.ready);
  useEffect(() => {
    ready.current = props.ready;
  });
  /** Waits for the dataset's words (a failure is shown elsewhere; the export then goes on with what is there). */
  const wordsIn = (): Promise<void> => (ready.current ?? Promise.resolve()).catch(() => undefined);

  useEffect(() => {
    window.__evidenceGraphExport = async (format, raw) => {
      const request = parseExportRequest(format, raw);
      await wordsIn();
      const { performExport, toTransferFiles } = await loadExporters();
      const outcome = await performExport(request.format, request.options, latest.current);
      return { files: await toTransferFiles(outcome.files), notice: outcome.notice };
    };
    return () => {
      delete window.__evidenceGraphExport;
    };
  }, []);

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLButtonElement>('[role^="menuitem"]')?.focus();
    const onDown = (e: PointerEvent): void => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', onDown);
    return () => window.removeEventListener('pointerdown', onDown);
  }, [open]);

  const say = (message: string): void => {
    // One live region per message: the app's own channel when given, else ours.
    if (props.onStatus) props.onStatus(message);
    else setStatus(message);
  };

  const run = async (format: ExportFormat): Promise<void> => {
    setOpen(false);
    button.current?.focus();
    say(t('export.working', lang, { format: format.toUpperCase() }));
    try {
      const { performExport } = await loadExporters();
      await wordsIn();
      const outcome = await performExport(format, options, latest.current);
      for (const file of outcome.files) {
        downloadBlob(typeof file.content === 'string' ? new Blob([file.content], { type: file.mime }) : file.content, file.name);
      }
      say(outcome.notice ?? t('export.done', lang, { files: outcome.files.map((f) => f.name).join(', ') }));
    } catch (e) {
      say(t('export.failed', lang, { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    // In the title field, keys edit the text; only Escape and the up/down arrows act on the menu.
    if (e.target instanceof HTMLInputElement && !['Escape', 'ArrowDown', 'ArrowUp'].includes(e.key)) return;
    const items = [...(root.current?.querySelectorAll<HTMLElement>('[role^="menuitem"], input') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLElement);
    const go = (n: number): void => {
      e.preventDefault();
      items[(n + items.length) % items.length]?.focus();
    };
    if (e.key === 'ArrowDown') go(i + 1);
    else if (e.key === 'ArrowUp') go(i - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(items.length - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      setOpen(false);
      button.current?.focus();
    } else if (e.key === 'Tab') setOpen(false);
  };

  const set = (patch: Partial<ExportOptions>) => () => setOptions((o) => ({ ...o, ...patch }));
  const frame = imageFrame(options, props.graph.getAttribute('name'));
  const toggle = (part: 'title' | 'legend' | 'credit', on: boolean) => set({ [part]: !on });
  const format = (f: ExportFormat) => (
    <button key={f} type="button" role="menuitem" onClick={() => void run(f)} className={ITEM}>
      {t(`export.${f}`, lang)}
    </button>
  );

  return (
    <div ref={root} className="relative">
      <button ref={button} type="button" aria-haspopup="menu" aria-expanded={open} aria-controls={menuId} onClick={() => setOpen((o) => !o)} className={buttonClass(open)}>
        {t('export.export', lang)}
      </button>
      <div
        id={menuId}
        role="menu"
        aria-label={t('export.export', lang)}
        hidden={!open}
        onKeyDown={onKeyDown}
        className="absolute right-0 z-30 mt-1 max-h-[80vh] w-72 overflow-y-auto rounded-md border border-muted/40 bg-white py-1 text-sm text-ink shadow-lg"
      >
        <Group label={t('export.content', lang)}>
          <Radio checked={options.content === 'visible'} onPick={set({ content: 'visible' })}>
            {t('export.contentVisible', lang)}
          </Radio>
          <Radio checked={options.content === 'all'} onPick={set({ content: 'all' })}>
            {t('export.contentAll', lang)}
          </Radio>
        </Group>
        <Group label={t('export.images', lang)}>
          <Radio checked={options.scope === 'view'} onPick={set({ scope: 'view' })}>
            {t('export.scopeView', lang)}
          </Radio>
          <Radio checked={options.scope === 'full'} onPick={set({ scope: 'full' })}>
            {t('export.scopeFull', lang)}
          </Radio>
          {[1, 2, 4].map((n) => (
            <Radio key={n} checked={options.scale === n} onPick={set({ scale: n })}>
              {t('export.scale', lang, { n })}
            </Radio>
          ))}
          <Radio checked={options.background} onPick={set({ background: true })}>
            {t('export.background', lang)}
          </Radio>
          <Radio checked={!options.background} onPick={set({ background: false })}>
            {t('export.transparent', lang)}
          </Radio>
          <Check checked={frame.title !== null} onToggle={toggle('title', frame.title !== null)}>
            {t('export.frameTitle', lang)}
          </Check>
          <label className="flex items-center gap-2 px-3 py-1.5">
            <span className="sr-only">{t('export.frameTitleText', lang)}</span>
            <input
              type="text"
              value={options.titleText ?? props.graph.getAttribute('name')}
              onChange={(e) => setOptions((o) => ({ ...o, titleText: e.target.value.slice(0, 300) }))}
              disabled={frame.title === null}
              className="min-w-0 flex-1 rounded border border-muted/40 px-2 py-0.5 text-sm disabled:opacity-50"
            />
          </label>
          <Check checked={frame.legend} onToggle={toggle('legend', frame.legend)}>
            {t('export.frameLegend', lang)}
          </Check>
          <Check checked={frame.credit} onToggle={toggle('credit', frame.credit)}>
            {t('export.frameCredit', lang)}
          </Check>
          {EXPORT_FORMATS.slice(0, 3).map(format)}
        </Group>
        <Group label={t('export.data', lang)}>
          <Radio checked={options.edges === 'directed'} onPick={set({ edges: 'directed' })}>
            {t('export.edgesDirected', lang)}
          </Radio>
          <Radio checked={options.edges === 'mixed'} onPick={set({ edges: 'mixed' })}>
            {t('export.edgesMixed', lang)}
          </Radio>
          {EXPORT_FORMATS.slice(3).filter((f) => f !== 'html').map(format)}
        </Group>
        {READ_ONLY ? null : (
          // The one-file page cannot export itself again: it has no template to fetch (and fetches nothing).
          <Group label={t('export.publish', lang)}>
            {props.stories && props.stories.length > 0 ? (
              <>
                <Radio checked={options.story === undefined} onPick={() => setOptions(({ story: _story, ...o }) => o)}>
                  {t('export.htmlNoStory', lang)}
                </Radio>
                {props.stories.map((story) => (
                  <Radio key={story.id} checked={options.story === story.id} onPick={set({ story: story.id })}>
                    {t('export.htmlStory', lang)}: {story.title[lang] || story.id}
                  </Radio>
                ))}
              </>
            ) : null}
            {format('html')}
          </Group>
        )}
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {status}
      </p>
    </div>
  );
}
