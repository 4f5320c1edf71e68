// The toolbar's "More" disclosures: secondary controls in a popover (Escape or a tap outside closes it, focus returns).
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Lang } from '../../state/types';
import { buttonClass } from '../controls';
import { t } from '../i18n';
import { useIsPhone } from './useIsPhone';

export interface MoreMenuProps {
  lang: Lang;
  /**
   * `phone` (default): a popover below `md`, inline from `md` up. `desktop`: a popover from `md` up, inline below it
   * (nested in the phone one, its controls then sit in the phone popover with the rest).
   */
  where?: 'phone' | 'desktop';
  /** The secondary controls; `close` hides the popover (e.g. after Fit, so the result is seen). */
  children: (close: () => void) => ReactNode;
}

const FOCUSABLE = 'button:not([disabled]), select, input, [tabindex="0"]';

/** Class names per breakpoint role (literal strings, so Tailwind sees them). */
const CLASSES = {
  phone: {
    root: 'md:contents',
    button: 'md:hidden',
    panel:
      'flex items-center gap-2 md:contents max-md:absolute max-md:top-full max-md:right-2 max-md:z-50 max-md:mt-1 max-md:w-64 max-md:flex-col max-md:items-stretch max-md:rounded-lg max-md:border max-md:border-muted/40 max-md:bg-white max-md:p-3 max-md:shadow-lg',
    closed: 'max-md:hidden',
  },
  desktop: {
    root: 'max-md:contents md:relative',
    button: 'max-md:hidden',
    panel:
      'flex items-center gap-2 max-md:contents md:absolute md:top-full md:right-0 md:z-50 md:mt-1 md:w-64 md:flex-col md:items-stretch md:rounded-lg md:border md:border-muted/40 md:bg-white md:p-3 md:shadow-lg',
    closed: 'md:hidden',
  },
} as const;

/**
 * A "More" button toggling a popover holding `children`, at the sizes `where` names; at the other sizes the button is
 * hidden and the children sit inline (`display: contents`). The children stay mounted either way.
 */
export function MoreMenu({ lang, where = 'phone', children }: MoreMenuProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const [refocus, setRefocus] = useState(0);
  // Only the popover in use is a named group (the inline one would repeat "More controls" around its neighbours).
  const active = useIsPhone() === (where === 'phone');
  const classes = CLASSES[where];
  const close = (): void => {
    setOpen(false);
    setRefocus((n) => n + 1);
  };
  useEffect(() => {
    if (refocus > 0) button.current?.focus();
  }, [refocus]);

  useEffect(() => {
    if (!open) return;
    document.getElementById(panelId)?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    const onDown = (e: PointerEvent): void => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', onDown);
    return () => window.removeEventListener('pointerdown', onDown);
  }, [open, panelId]);

  return (
    <div
      ref={root}
      className={classes.root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open && !e.defaultPrevented) {
          e.preventDefault();
          close();
        }
      }}
      onBlur={(e) => {
        const next = e.relatedTarget;
        if (open && next instanceof Node && !root.current?.contains(next)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className={`${buttonClass(open)} ${classes.button}`}
      >
        {t('phone.more', lang)}
        <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <div
        id={panelId}
        role={active ? 'group' : undefined}
        aria-label={active ? t('phone.moreControls', lang) : undefined}
        className={`${classes.panel} ${open ? '' : classes.closed}`}
      >
        {children(close)}
      </div>
    </div>
  );
}
