// The Problems list: what the validator of `npm run validate` finds in the draft, each with "go to" its entity or relation.
import { useEffect, useRef } from 'react';
import { t } from '../i18n';
import type { Problem } from './problems';
import type { EditSession } from './session';

const SEVERITY = { error: 'edit.error', warning: 'edit.warning', 'not-drawn': 'edit.notDrawn' } as const;

export interface ProblemsPanelProps {
  session: EditSession;
  problems: Problem[] | null;
  onClose: () => void;
}

export function ProblemsPanel({ session, problems, onClose }: ProblemsPanelProps) {
  const { lang } = session;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section
      aria-labelledby="edit-problems-title"
      data-panel="problems"
      className="max-h-[40dvh] overflow-y-auto border-b border-muted/30 bg-white px-3 py-2 text-sm"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="flex items-center gap-2">
        <h2 id="edit-problems-title" ref={heading} tabIndex={-1} className="flex-1 font-semibold outline-none">
          {t('edit.problemsTitle', lang)}
        </h2>
        <button type="button" onClick={onClose} className="rounded border border-muted/50 px-2 py-0.5 text-xs hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-accent">
          {t('edit.close', lang)}
        </button>
      </div>
      {problems === null ? <p className="text-muted">{t('edit.checking', lang)}</p> : null}
      {problems?.length === 0 ? <p className="text-muted">{t('edit.noProblems', lang)}</p> : null}
      {problems && problems.length > 0 ? (
        <ul className="mt-1 divide-y divide-muted/20">
          {problems.map((p, i) => (
            <li key={i} className="flex items-start gap-2 py-1" data-severity={p.severity}>
              <span className={`shrink-0 rounded px-1.5 text-xs font-semibold ${p.severity === 'error' ? 'bg-red-100 text-red-900' : p.severity === 'warning' ? 'bg-amber-100 text-amber-900' : 'bg-slate-100 text-slate-800'}`}>
                {t(SEVERITY[p.severity], lang)}
              </span>
              <span className="min-w-0 flex-1">
                <code className="text-xs break-all">{p.where}</code> <span>{p.message}</span>
              </span>
              {p.target ? (
                <button
                  type="button"
                  aria-label={t('edit.goToNamed', lang, { id: 'entity' in p.target ? p.target.entity : p.target.relation })}
                  onClick={() => p.target && session.focus(p.target)}
                  className="shrink-0 rounded border border-muted/50 px-2 py-0.5 text-xs hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-accent"
                >
                  {t('edit.goTo', lang)}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
