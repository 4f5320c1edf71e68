// A modal dialog (native <dialog>): focus moves in on open and back to where it was on close; Escape closes.
import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** `alertdialog` for a confirmation. */
  role?: 'dialog' | 'alertdialog';
  /** data-dialog, for tests. */
  name: string;
  wide?: boolean;
}

export const FIELD =
  'w-full min-w-0 rounded-md border border-muted/60 bg-white px-2 py-1 text-sm text-ink focus-visible:outline-2 focus-visible:outline-accent';
export const BUTTON =
  'rounded-md border border-muted/60 bg-white px-3 py-1 text-sm text-ink hover:bg-black/5 disabled:opacity-40 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent';
export const PRIMARY =
  'rounded-md border border-accent bg-accent px-3 py-1 text-sm font-medium text-white hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent';
export const DANGER =
  'rounded-md border border-red-800 bg-white px-3 py-1 text-sm text-red-800 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent';
export const LABEL = 'text-xs font-medium text-muted';

/** Opens as a modal on mount (the page behind is inert), closes on Escape or `onClose`, and gives focus back on unmount. */
export function Dialog({ title, onClose, children, role = 'dialog', name, wide = false }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    // The first field (or button) takes focus, unless a child asked for it (autoFocus).
    if (dialog && !dialog.contains(document.activeElement)) dialog.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    const onCancel = (e: Event): void => {
      e.preventDefault();
      close.current();
    };
    dialog?.addEventListener('cancel', onCancel);
    return () => {
      dialog?.removeEventListener('cancel', onCancel);
      if (dialog?.open) dialog.close();
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);
  return (
    <dialog
      ref={ref}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={headingId}
      data-dialog={name}
      className={`m-auto max-h-[90dvh] w-[calc(100vw-1rem)] overflow-y-auto rounded-lg border border-muted/40 bg-white p-4 text-ink shadow-xl backdrop:bg-black/40 ${wide ? 'max-w-xl' : 'max-w-md'}`}
    >
      <h2 id={headingId} className="mb-3 pr-8 text-lg font-semibold leading-snug">
        {title}
      </h2>
      {children}
    </dialog>
  );
}

/** A refusal or a form problem, announced (role=alert). */
export function Problem({ message }: { message: string | null }) {
  return message ? (
    <p role="alert" className="rounded-md bg-mark/50 px-2 py-1 text-sm text-ink">
      {message}
    </p>
  ) : null;
}
