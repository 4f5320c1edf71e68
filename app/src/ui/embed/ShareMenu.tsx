// The toolbar's Share: copies the link (as before) and opens a popover with a Link tab and an Embed tab (iframe snippet, size presets, Copy).
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { EvidenceGraph } from '../../model/graph';
import { entityLabel } from '../../model/queries';
import { relationSentence } from '../../model/sentences';
import type { Lang, ViewState } from '../../state/types';
import { buttonClass } from '../controls';
import { currentDatasetPrefix } from '../currentDataset';
import { t } from '../i18n';
import { EMBED_SIZES, embedSnippet, embedUrl, type EmbedSize } from './embedSnippet';

export interface ShareMenuProps {
  graph: EvidenceGraph;
  lang: Lang;
  state: ViewState;
  /** Copies the page's link and says so (the toast): what Share always did. */
  onCopyLink: () => void;
}

type Tab = 'link' | 'embed';
const TABS: readonly Tab[] = ['link', 'embed'];

/** What the frame shows, for its `title` (screen readers announce it when they reach the iframe). */
function frameTitle(graph: EvidenceGraph, state: ViewState, lang: Lang): string {
  const sel = state.selection;
  const what =
    sel?.kind === 'entity' && graph.hasNode(sel.id)
      ? entityLabel(graph, sel.id, lang)
      : sel?.kind === 'relation' && graph.hasEdge(sel.id)
        ? relationSentence(graph, sel.id, lang)
        : sel?.kind === 'bundle'
          ? sel.id
              .split('~')
              .map((id) => (graph.hasNode(id) ? entityLabel(graph, id, lang) : id))
              .join(' ⇄ ')
          : '';
  return what ? t('embed.frameTitle', lang, { what }) : t('embed.frameTitleAll', lang);
}

function sizeLabel(size: EmbedSize, lang: Lang): string {
  return size.kind === 'fixed' ? t('embed.sizeFixed', lang, { width: size.width, height: size.height }) : t('embed.sizeResponsive', lang, { height: size.height });
}

const field = 'w-full rounded-md border border-muted/50 bg-white px-2 py-1.5 font-mono text-xs text-ink focus-visible:outline-3 focus-visible:outline-accent';

/** The Share button and its popover; the snippet is a read-only textarea's value (text, never markup). */
export function ShareMenu({ graph, lang, state, onCopyLink }: ShareMenuProps) {
  const [open, setOpen] = useState(false);
  const [tab, setTab] = useState<Tab>('link');
  const [sizeId, setSizeId] = useState(EMBED_SIZES[0]?.id ?? '');
  const [status, setStatus] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const ids = { dialog: useId(), tab: useId(), panel: useId(), size: useId(), snippet: useId(), link: useId() };

  useEffect(() => {
    if (!open) return;
    document.getElementById(`${ids.tab}-${tab}`)?.focus();
    const onDown = (e: PointerEvent): void => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', onDown);
    return () => window.removeEventListener('pointerdown', onDown);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- focus the active tab when the popover opens, not on every tab change
  }, [open]);

  const close = (): void => {
    setOpen(false);
    button.current?.focus();
  };
  const pageLink = typeof window === 'undefined' ? '' : window.location.href;
  const size = (EMBED_SIZES.find((s) => s.id === sizeId) ?? EMBED_SIZES[0])?.size ?? { kind: 'responsive', height: 480 };
  const snippet = open && tab === 'embed' ? embedSnippet(embedUrl(pageLink, currentDatasetPrefix(), state), frameTitle(graph, state, lang), size) : '';

  const copySnippet = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus(t('embed.snippetCopied', lang));
    } catch {
      setStatus(t('embed.snippetFailed', lang));
    }
  };
  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>): void => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length] ?? 'link';
    setTab(next);
    setStatus('');
    document.getElementById(`${ids.tab}-${next}`)?.focus();
  };

  return (
    <div
      ref={root}
      className="relative"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open && !e.defaultPrevented) {
          e.preventDefault();
          close();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={open ? ids.dialog : undefined}
        onClick={() => {
          if (!open) onCopyLink();
          setStatus('');
          setOpen(!open);
        }}
        className={buttonClass(open)}
      >
        {t('shell.share', lang)}
      </button>
      {open ? (
        <div
          id={ids.dialog}
          role="dialog"
          aria-label={t('embed.shareDialog', lang)}
          data-testid="share-dialog"
          className="z-50 flex flex-col gap-3 rounded-lg border border-muted/40 bg-white p-3 text-sm text-ink shadow-lg max-md:fixed max-md:inset-x-2 max-md:top-14 max-md:max-h-[80dvh] max-md:overflow-y-auto md:absolute md:top-full md:right-0 md:mt-1 md:w-[28rem]"
        >
          <div className="flex items-center gap-2">
            <div role="tablist" aria-label={t('embed.tabs', lang)} className="flex flex-1 gap-1">
              {TABS.map((name) => (
                <button
                  key={name}
                  id={`${ids.tab}-${name}`}
                  type="button"
                  role="tab"
                  aria-selected={tab === name}
                  aria-controls={ids.panel}
                  tabIndex={tab === name ? 0 : -1}
                  onKeyDown={onTabKey}
                  onClick={() => {
                    setTab(name);
                    setStatus('');
                  }}
                  className={buttonClass(tab === name)}
                >
                  {t(name === 'link' ? 'embed.tabLink' : 'embed.tabEmbed', lang)}
                </button>
              ))}
            </div>
            <button
              type="button"
              onClick={close}
              aria-label={t('embed.close', lang)}
              className="inline-flex h-7 min-w-7 items-center justify-center rounded px-1.5 text-lg leading-none text-muted hover:bg-black/5 focus-visible:outline-3 focus-visible:outline-accent"
            >
              ×
            </button>
          </div>
          <div id={ids.panel} role="tabpanel" aria-labelledby={`${ids.tab}-${tab}`} className="flex flex-col gap-2">
            {tab === 'link' ? (
              <>
                <label htmlFor={ids.link} className="font-medium">
                  {t('embed.linkLabel', lang)}
                </label>
                <input id={ids.link} readOnly value={pageLink} onFocus={(e) => e.currentTarget.select()} className={field} />
                <div>
                  <button type="button" onClick={onCopyLink} className={buttonClass()}>
                    {t('embed.copyLink', lang)}
                  </button>
                </div>
              </>
            ) : (
              <>
                <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <legend className="mb-1 font-medium">{t('embed.size', lang)}</legend>
                  {EMBED_SIZES.map((s) => (
                    <label key={s.id} className="inline-flex items-center gap-1">
                      <input
                        type="radio"
                        name={ids.size}
                        value={s.id}
                        checked={s.id === sizeId}
                        onChange={() => {
                          setSizeId(s.id);
                          setStatus('');
                        }}
                        className="accent-accent focus-visible:outline-3 focus-visible:outline-accent"
                      />
                      {sizeLabel(s.size, lang)}
                    </label>
                  ))}
                </fieldset>
                <label htmlFor={ids.snippet} className="font-medium">
                  {t('embed.snippetLabel', lang)}
                </label>
                <textarea id={ids.snippet} readOnly rows={5} value={snippet} onFocus={(e) => e.currentTarget.select()} data-testid="embed-snippet" className={`${field} resize-none break-all`} />
                <div className="flex items-center gap-2">
                  <button type="button" onClick={() => void copySnippet()} className={buttonClass()}>
                    {t('embed.copySnippet', lang)}
                  </button>
                  <p role="status" className="min-w-0 flex-1 text-xs text-muted">
                    {status}
                  </p>
                </div>
                <p className="text-xs text-muted">{t('embed.snippetNote', lang)}</p>
              </>
            )}
          </div>
        </div>
      ) : null}
    </div>
  );
}
