// One line of the Reader: plain text, clickable mentions, and evidence marks (with a count when several relations share one).
import { Fragment, memo, type KeyboardEvent } from 'react';
import { isQuoteOnly, quotePieceIndex, type EvidenceRun, type ReaderPiece, type TextLine } from './readerLines';
import { t, type Lang } from '../i18n';

export interface ReaderLineProps {
  line: TextLine;
  /** Active relation ids present in this line, joined by spaces ('' = none); a string so memo compares cheaply. */
  activeKey: string;
  /** The flashed range when it touches this line, else null. */
  flashStart: number | null;
  flashEnd: number | null;
  /** Start of the reader's single Tab stop (see `itemStarts`) when it is in this line, else null. */
  tabStop: number | null;
  lang: Lang;
  onSelectRelations: (ids: string[]) => void;
  onSelectEntity: (id: string) => void;
}

function activateOnKey(action: () => void) {
  return (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      action();
    }
  };
}

const pieceFocus = 'cursor-pointer rounded-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent';

function Mention({ piece, tabStop, onSelectEntity }: { piece: ReaderPiece; tabStop: number | null; onSelectEntity: (id: string) => void }) {
  const id = piece.mention as string;
  return (
    <span
      role="button"
      tabIndex={piece.start === tabStop ? 0 : -1}
      data-item={piece.start}
      data-entity={id}
      onClick={() => onSelectEntity(id)}
      onKeyDown={activateOnKey(() => onSelectEntity(id))}
      className={`underline decoration-muted decoration-dotted underline-offset-4 hover:decoration-solid ${pieceFocus}`}
    >
      {piece.text}
    </span>
  );
}

function EvidenceMark({ run, props }: { run: EvidenceRun; props: ReaderLineProps }) {
  const ids = run.relationIds;
  const active = props.activeKey !== '' && ids.some((id) => props.activeKey.split(' ').includes(id));
  const flashing = props.flashStart !== null && props.flashEnd !== null && run.start < props.flashEnd && run.end > props.flashStart;
  const select = () => props.onSelectRelations([...ids]);
  const title = ids.length > 1 ? t('panels.relationCount', props.lang, { n: ids.length }) : undefined;
  // A quote made only of names still needs a way to select its relations: then its pieces all select them.
  // Only its first quote piece is a keyboard item (`data-item`): the others are for the mouse.
  const quoteOnly = isQuoteOnly(run);
  const quotePiece = quotePieceIndex(run);
  const look = active ? 'bg-mark outline-2 outline-accent' : 'bg-mark/50';
  const flash = flashing ? 'eg-flash ring-2 ring-accent motion-safe:animate-[pulse_0.5s_ease-in-out_3]' : '';
  return (
    <mark
      data-relations={ids.join(' ')}
      data-start={run.start}
      data-end={run.end}
      data-active={active ? 'true' : undefined}
      data-flash={flashing ? 'true' : undefined}
      className={`rounded-sm text-ink ${look} ${flash}`}
    >
      {run.pieces.map((piece, i) =>
        piece.mention !== null && !quoteOnly ? (
          <Mention key={piece.start} piece={piece} tabStop={props.tabStop} onSelectEntity={props.onSelectEntity} />
        ) : (
          <span
            key={piece.start}
            role="button"
            data-quote="true"
            tabIndex={i === quotePiece && piece.start === props.tabStop ? 0 : -1}
            data-item={i === quotePiece ? piece.start : undefined}
            title={title}
            onClick={select}
            onKeyDown={activateOnKey(select)}
            className={pieceFocus}
          >
            {piece.text}
          </span>
        ),
      )}
      {ids.length > 1 ? (
        <sup aria-hidden="true" className="ml-0.5 rounded bg-ink px-1 text-[0.65rem] text-white">
          {ids.length}
        </sup>
      ) : null}
    </mark>
  );
}

/** A `<p>` for one line of the source text. */
export const ReaderLine = memo(function ReaderLine(props: ReaderLineProps) {
  const { line } = props;
  const touched = props.flashStart !== null && props.flashEnd !== null && line.start <= props.flashEnd && line.end >= props.flashStart;
  return (
    <p data-start={line.start} data-flash-line={touched ? 'true' : undefined} className="mb-3 leading-loose">
      {line.runs.map((run) =>
        run.kind === 'evidence' ? (
          <EvidenceMark key={run.start} run={run} props={props} />
        ) : run.piece.mention !== null ? (
          <Mention key={run.piece.start} piece={run.piece} tabStop={props.tabStop} onSelectEntity={props.onSelectEntity} />
        ) : (
          <Fragment key={run.piece.start}>{run.piece.text}</Fragment>
        ),
      )}
    </p>
  );
});
