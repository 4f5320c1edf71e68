// The path finder: pick two entities (and facts only); lists the few shortest paths hop by hop, each hop with its evidence.
import { useId, useState } from 'react';
import type { Path } from '../../model/analysis/shortestPaths';
import type { EvidenceGraph } from '../../model/graph';
import type { Searcher } from '../searcher';
import type { Lang, PathQuery } from '../../state/types';
import { EntityButton } from '../panels/EntityButton';
import { entityName } from '../panels/labels';
import { EntityPicker } from './EntityPicker';
import { RelationLine } from './RelationLine';
import { hopDirection } from './relationText';
import { t } from '../i18n';

export interface PathFinderProps {
  graph: EvidenceGraph;
  lang: Lang;
  /** The path asked for (view state), or null. */
  path: PathQuery | null;
  /** Its shortest paths (from `useAnalysis`), or null when no path is asked for. */
  paths: Path[] | null;
  /** Search index for the pickers' suggestions (null while it is built). */
  index: Searcher | null;
  onChange: (path: PathQuery | null) => void;
  onSelectRelation: (id: string) => void;
  onSelectEntity: (id: string) => void;
}

const DIRECTION_KEY = { along: 'analysis.hopAlong', against: 'analysis.hopAgainst', undirected: 'analysis.hopUndirected' } as const;
const smallButton =
  'rounded-md border border-muted/50 bg-white px-2 py-1 text-sm text-ink hover:bg-black/5 focus-visible:outline-3 focus-visible:outline-accent disabled:opacity-50';

/** Two pickers, a facts-only box, and the paths found (or why there are none). */
export function PathFinder({ graph, lang, path, paths, index, onChange, onSelectRelation, onSelectEntity }: PathFinderProps) {
  const headingId = useId();
  const [pending, setPending] = useState<{ from: string | null; to: string | null; factsOnly: boolean }>({ from: null, to: null, factsOnly: false });
  const current = path ?? pending;
  const same = current.from !== null && current.from === current.to;

  // A complete pair goes to the view state (and the link); an incomplete one waits here.
  const set = (next: { from: string | null; to: string | null; factsOnly: boolean }) => {
    if (next.from !== null && next.to !== null && next.from !== next.to) {
      setPending({ from: null, to: null, factsOnly: next.factsOnly });
      onChange({ from: next.from, to: next.to, factsOnly: next.factsOnly });
    } else {
      setPending(next);
      if (path !== null) onChange(null);
    }
  };
  const name = (id: string) => <bdi>{entityName(graph, id, lang)}</bdi>;

  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h3 id={headingId} className="text-sm font-semibold">
        {t('analysis.pathHeading', lang)}
      </h3>
      <div className="grid grid-cols-[1fr_auto_1fr] items-end gap-1.5">
        <EntityPicker graph={graph} index={index} lang={lang} label={t('analysis.pathFrom', lang)} value={current.from} onChoose={(from) => set({ ...current, from })} />
        <button
          type="button"
          className={smallButton}
          aria-label={t('analysis.swap', lang)}
          title={t('analysis.swap', lang)}
          disabled={current.from === null && current.to === null}
          onClick={() => set({ ...current, from: current.to, to: current.from })}
        >
          ⇄
        </button>
        <EntityPicker graph={graph} index={index} lang={lang} label={t('analysis.pathTo', lang)} value={current.to} onChoose={(to) => set({ ...current, to })} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <label className="inline-flex items-center gap-1.5 text-sm">
          <input type="checkbox" checked={current.factsOnly} onChange={(e) => set({ ...current, factsOnly: e.target.checked })} className="accent-accent" />
          {t('analysis.factsOnly', lang)}
        </label>
        <button type="button" className={smallButton} disabled={current.from === null && current.to === null} onClick={() => set({ from: null, to: null, factsOnly: current.factsOnly })}>
          {t('analysis.clearPath', lang)}
        </button>
      </div>
      <div role="status" className="text-sm text-muted">
        {same
          ? t('analysis.pickDifferent', lang)
          : path === null || paths === null
            ? t('analysis.pickTwo', lang)
            : paths.length === 0
              ? `${t('analysis.noPath', lang, { from: entityName(graph, path.from, lang), to: entityName(graph, path.to, lang) })}${path.factsOnly ? ` ${t('analysis.noPathFacts', lang)}` : ''}`
              : t('analysis.pathsFound', lang, { n: paths.length })}
      </div>
      {path !== null && paths !== null
        ? paths.map((p, n) => (
            <section key={p.nodes.join('>')} aria-label={t('analysis.pathTitle', lang, { n: n + 1, hops: p.hops.length })} data-path={n + 1} className="rounded border border-muted/30 p-2">
              <h4 className="mb-1 text-xs font-semibold text-muted">{t('analysis.pathTitle', lang, { n: n + 1, hops: p.hops.length })}</h4>
              <p className="text-sm">
                <EntityButton graph={graph} id={p.nodes[0] ?? path.from} lang={lang} onSelect={onSelectEntity} />
              </p>
              <ol className="space-y-1.5">
                {p.hops.map((hop, i) => (
                  <li key={hop.edgeId} data-hop={i + 1} data-edge={hop.edgeId} className="border-l-2 border-accent/40 pl-2">
                    <p className="text-xs text-muted">
                      {i + 1}. {name(hop.from)} → {name(hop.to)} · {t(DIRECTION_KEY[hopDirection(graph, hop)], lang)}
                    </p>
                    <RelationLine graph={graph} id={hop.edgeId} lang={lang} onSelectRelation={onSelectRelation} />
                    {hop.alternatives.length > 0 ? <p className="text-xs text-muted">{t('analysis.alternatives', lang, { n: hop.alternatives.length })}</p> : null}
                  </li>
                ))}
              </ol>
            </section>
          ))
        : null}
    </section>
  );
}
