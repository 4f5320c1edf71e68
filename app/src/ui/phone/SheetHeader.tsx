// The opaque top bar of a phone bottom sheet: a drag handle that collapses/expands it, an optional Back and a Close.
import { useRef, type ReactNode } from 'react';
import type { Lang } from '../../state/types';
import { t } from '../i18n';

export interface SheetHeaderProps {
  lang: Lang;
  collapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  /** Shown in the bar (e.g. while collapsed, so the sheet still says what it holds). */
  title?: string;
  /** A button before the title, e.g. "Back to evidence". */
  back?: { label: string; onClick: () => void } | null;
  /** The close button (desktop keeps it too, the handle is phone-only). */
  close?: { label: string; onClick: () => void };
  children?: ReactNode;
}

const small =
  'rounded px-2 py-1 text-sm font-medium text-ink hover:bg-black/5 focus-visible:outline-3 focus-visible:outline-accent';

/** Tap the handle to toggle, or drag it down (collapse) / up (expand); the bar stays opaque over scrolled text. */
export function SheetHeader({ lang, collapsed, onCollapsedChange, title, back, close, children }: SheetHeaderProps) {
  const start = useRef<number | null>(null);
  const dragged = useRef(false);
  return (
    <div className="sticky top-0 z-10 shrink-0 bg-white max-md:rounded-t-2xl">
      <button
        type="button"
        aria-expanded={!collapsed}
        aria-label={t(collapsed ? 'phone.expandSheet' : 'phone.collapseSheet', lang)}
        title={t(collapsed ? 'phone.expandSheet' : 'phone.collapseSheet', lang)}
        onPointerDown={(e) => {
          start.current = e.clientY;
          e.currentTarget.setPointerCapture?.(e.pointerId);
        }}
        onPointerUp={(e) => {
          const from = start.current;
          start.current = null;
          if (from === null) return;
          const dy = e.clientY - from;
          if (Math.abs(dy) < 24) return;
          dragged.current = true;
          onCollapsedChange(dy > 0);
        }}
        onClick={() => {
          if (dragged.current) dragged.current = false;
          else onCollapsedChange(!collapsed);
        }}
        className="flex h-5 w-full touch-none items-center justify-center focus-visible:outline-3 focus-visible:outline-accent md:hidden"
      >
        <span aria-hidden="true" className="h-1 w-10 rounded bg-muted/60" />
      </button>
      <div className="flex items-center gap-1 px-2 pb-1 md:pt-2">
        {back ? (
          <button type="button" onClick={back.onClick} className={small}>
            <span aria-hidden="true">← </span>
            {back.label}
          </button>
        ) : null}
        <p className="min-w-0 flex-1 truncate text-sm font-semibold text-ink">{title ? <bdi>{title}</bdi> : null}</p>
        {children}
        {close ? (
          <button
            type="button"
            onClick={close.onClick}
            aria-label={close.label}
            className="inline-flex h-7 min-w-7 items-center justify-center rounded px-1.5 text-lg leading-none text-muted hover:bg-black/5 focus-visible:outline-3 focus-visible:outline-accent"
          >
            ×
          </button>
        ) : null}
      </div>
    </div>
  );
}

export { SHEET_CLASSES } from './sheetClasses';
