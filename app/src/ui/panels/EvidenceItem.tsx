// One evidence item: the quote marked inside its paragraph of the source, the source reference and its two actions.
import { useId, type ReactNode } from 'react';
import type { EvidenceGraph } from '../../model/graph';
import { isAnchored, type CompiledEvidence } from '../../model/schema';
import type { Lang } from '../../state/types';
import { fillTemplate } from './fillTemplate';
import { paragraphAround } from '../../model/queries';
import { isRangeIn, sourceOf } from './labels';
import { t } from '../i18n';

export interface EvidenceItemProps {
  graph: EvidenceGraph;
  relationId: string;
  evidence: CompiledEvidence;
  index: number;
  total: number;
  /** The full text of `evidence.source`, if loaded. */
  text: string | undefined;
  lang: Lang;
  active: boolean;
  onShowInArticle: (sourceId: string, start: number, end: number) => void;
  onCopyRelationLink: (relationId: string, evidenceIndex: number) => void;
  /** More actions after "Copy link" (edit mode: Remove). */
  actions?: ReactNode;
}

/** Shows the quote in context; when the stored offsets do not hold the quote, says so and shows the quote alone. */
export function EvidenceItem({ graph, relationId, evidence: ev, index, total, text, lang, active, onShowInArticle, onCopyRelationLink, actions }: EvidenceItemProps) {
  const headingId = useId();
  const source = sourceOf(graph, ev.source);
  const title = source ? source.title[lang] : t('panels.unknownSource', lang, { id: ev.source });
  if (!isAnchored(ev)) return <UnanchoredItem ev={ev} index={index} total={total} lang={lang} active={active} title={title} url={source?.url} language={source?.language} />;
  const located = text !== undefined && isRangeIn(text.length, ev.start, ev.end) && text.slice(ev.start, ev.end) === ev.exact;
  const para = located ? paragraphAround(text, ev.start, ev.end) : null;
  return (
    <li data-evidence={index} aria-current={active ? 'true' : undefined} className={`rounded border p-2 ${active ? 'border-accent' : 'border-muted/30'}`}>
      <h3 id={headingId} className="text-xs font-medium text-muted">{t('panels.evidenceItem', lang, { n: index + 1, total })}</h3>
      <blockquote lang={source?.language} className="my-1 text-base leading-relaxed">
        {para ? (
          <p>
            {para.text.slice(0, para.spanStart)}
            <mark className="rounded-sm bg-mark px-0.5 text-ink">{ev.exact}</mark>
            {para.text.slice(para.spanEnd)}
          </p>
        ) : (
          <p>
            <mark className="rounded-sm bg-mark px-0.5 text-ink">{ev.exact}</mark>
          </p>
        )}
      </blockquote>
      {!located ? <p role="note" className="text-xs text-muted">{t('panels.quoteMismatch', lang)}</p> : null}
      <p className="text-xs text-muted">
        {fillTemplate(t('panels.sourceRef', lang), {
          title: (
            <cite>
              <bdi>{title}</bdi>
            </cite>
          ),
          date: <time dateTime={source?.published}>{source?.published ?? '?'}</time>,
          start: ev.start,
          end: ev.end,
        })}
      </p>
      <div className="mt-1 flex flex-wrap gap-2">
        <button
          type="button"
          aria-describedby={headingId}
          onClick={() => onShowInArticle(ev.source, ev.start, ev.end)}
          className="rounded border border-accent px-2 py-0.5 text-sm text-accent hover:bg-accent hover:text-white focus-visible:outline-2 focus-visible:outline-accent"
        >
          {t('panels.showInArticle', lang)}
        </button>
        <button
          type="button"
          aria-describedby={headingId}
          onClick={() => onCopyRelationLink(relationId, index)}
          className="rounded border border-muted/50 px-2 py-0.5 text-sm text-ink hover:bg-muted/10 focus-visible:outline-2 focus-visible:outline-accent"
        >
          {t('panels.copyLink', lang)}
        </button>
        {actions}
      </div>
    </li>
  );
}

/** An http(s) URL from data, or null: anything else (javascript:, data:, relative) is shown as text, never as a link. */
export function safeHttpUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

interface UnanchoredProps {
  ev: CompiledEvidence;
  index: number;
  total: number;
  lang: Lang;
  active: boolean;
  title: string;
  url: string | undefined;
  language: string | undefined;
}

/** A quote whose source text is not in the dataset: shown word for word, said to be unanchored, with its source link. */
function UnanchoredItem({ ev, index, total, lang, active, title, url, language }: UnanchoredProps) {
  const href = safeHttpUrl(url);
  return (
    <li data-evidence={index} data-anchored="false" aria-current={active ? 'true' : undefined} className={`rounded border border-dashed p-2 ${active ? 'border-accent' : 'border-muted/50'}`}>
      <h3 className="text-xs font-medium text-muted">{t('panels.evidenceItem', lang, { n: index + 1, total })}</h3>
      <blockquote lang={language} className="my-1 text-base leading-relaxed">
        <p>
          <q className="italic">{ev.exact}</q>
        </p>
      </blockquote>
      <p role="note" className="text-xs text-muted">{t('panels.unanchored', lang)}</p>
      <p className="text-xs text-muted">
        <cite>
          <bdi>{title}</bdi>
        </cite>
        {url ? (
          <>
            {' · '}
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer" className="text-accent underline">
                <bdi>{url}</bdi>
              </a>
            ) : (
              <bdi>{url}</bdi>
            )}
          </>
        ) : null}
      </p>
    </li>
  );
}
