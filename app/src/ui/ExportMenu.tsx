// The Export button and its menu of formats (images now; the data formats are added by the lead).
import { useEffect, useId, useRef, useState } from 'react';
import type { Lang } from '../state/types';
import { buttonClass } from './controls';
import { t, type UiKey } from './i18n';

/** One entry of the export menu. */
export interface ExportItem {
  id: string;
  label: UiKey;
  run: () => void | Promise<void>;
}

/** A menu button (ARIA menu pattern) listing export formats. */
export function ExportMenu({ lang, items }: { lang: Lang; items: readonly ExportItem[] }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const first = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    first.current?.focus();
    const onDown = (e: PointerEvent): void => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', onDown);
    return () => window.removeEventListener('pointerdown', onDown);
  }, [open]);

  return (
    <div ref={root} className="relative">
      <button type="button" aria-haspopup="menu" aria-expanded={open} aria-controls={menuId} onClick={() => setOpen((o) => !o)} className={buttonClass(open)}>
        {t('export', lang)}
      </button>
      <div
        id={menuId}
        role="menu"
        aria-label={t('export', lang)}
        hidden={!open}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setOpen(false);
            root.current?.querySelector('button')?.focus();
          }
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            const all = [...(root.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
            const i = all.indexOf(document.activeElement as HTMLButtonElement);
            all[(i + (e.key === 'ArrowDown' ? 1 : all.length - 1)) % all.length]?.focus();
          }
        }}
        className="absolute right-0 z-30 mt-1 w-64 rounded-md border border-muted/40 bg-white py-1 text-sm shadow-lg"
      >
        {items.map((item, i) => (
          <button
            key={item.id}
            ref={i === 0 ? first : undefined}
            type="button"
            role="menuitem"
            onClick={() => {
              setOpen(false);
              void item.run();
            }}
            className="block w-full px-3 py-2 text-left hover:bg-black/5 focus-visible:bg-accent focus-visible:text-white focus-visible:outline-none"
          >
            {t(item.label, lang)}
          </button>
        ))}
      </div>
    </div>
  );
}
