// The phone toolbar's "More" disclosure: secondary controls in a popover (Escape or a tap outside closes it, focus returns).
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Lang } from '../../state/types';
import { buttonClass } from '../controls';
import { t } from '../i18n';

export interface MoreMenuProps {
  lang: Lang;
  /** The secondary controls; `close` hides the popover (e.g. after Fit, so the result is seen). */
  children: (close: () => void) => ReactNode;
}

const FOCUSABLE = 'button:not([disabled]), select, input, [tabindex="0"]';

/**
 * Below `md` a "More" button toggles a popover holding `children`; from `md` up the button is hidden and the
 * children sit inline in the toolbar (`display: contents`). The children stay mounted either way.
 */
export function MoreMenu({ lang, children }: MoreMenuProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const [refocus, setRefocus] = useState(0);
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
      className="md:contents"
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
        className={`${buttonClass(open)} md:hidden`}
      >
        {t('phone.more', lang)}
        <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <div
        id={panelId}
        role="group"
        aria-label={t('phone.moreControls', lang)}
        className={`flex items-center gap-2 md:contents max-md:absolute max-md:top-full max-md:right-2 max-md:z-50 max-md:mt-1 max-md:w-64 max-md:flex-col max-md:items-stretch max-md:rounded-lg max-md:border max-md:border-muted/40 max-md:bg-white max-md:p-3 max-md:shadow-lg ${open ? '' : 'max-md:hidden'}`}
      >
        {children(close)}
      </div>
    </div>
  );
}
