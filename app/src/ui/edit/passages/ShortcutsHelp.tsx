// The shortcuts help (`?`): a dialog listing the editing keys; ShortcutsHelpButton opens it from the edit bar.
import { useState } from 'react';
import type { Lang } from '../../../state/types';
import { t } from '../../i18n';
import { BUTTON, Dialog } from './Dialog';

const isMac = (): boolean => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The keys of edit mode and what they do. */
export function ShortcutsHelp({ lang, onClose }: { lang: Lang; onClose: () => void }) {
  const mod = isMac() ? '⌘' : 'Ctrl';
  const rows: Array<[string, string]> = [
    ['n', t('passages.keyNew', lang)],
    ['e', t('passages.keyEdit', lang)],
    ['Delete', t('passages.keyDelete', lang)],
    [`${mod}+Z`, t('passages.keyUndo', lang)],
    [`Shift+${mod}+Z`, t('passages.keyRedo', lang)],
    ['Shift+← →', t('passages.keySelect', lang)],
    ['?', t('passages.keyHelp', lang)],
  ];
  return (
    <Dialog title={t('passages.shortcutsTitle', lang)} onClose={onClose} name="shortcuts">
      <table className="w-full text-sm">
        <thead className="sr-only">
          <tr>
            <th scope="col">{t('passages.key', lang)}</th>
            <th scope="col">{t('passages.action', lang)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([key, what]) => (
            <tr key={key} className="border-t border-muted/20">
              <td className="py-1.5 pr-3 whitespace-nowrap">
                <kbd className="rounded border border-muted/60 bg-canvas px-1.5 py-0.5 font-mono text-xs">{key}</kbd>
              </td>
              <td className="py-1.5">{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-xs text-muted">{t('passages.keysNotInFields', lang)}</p>
      <div className="mt-3 flex justify-end">
        <button type="button" className={BUTTON} onClick={onClose}>
          {t('passages.close', lang)}
        </button>
      </div>
    </Dialog>
  );
}

/** A `?` button (for the edit bar) opening the shortcuts help. */
export function ShortcutsHelpButton({ lang, className = BUTTON }: { lang: Lang; className?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} aria-haspopup="dialog" aria-label={t('passages.shortcutsTitle', lang)} title={t('passages.shortcutsTitle', lang)} onClick={() => setOpen(true)}>
        <span aria-hidden="true">?</span>
      </button>
      {open ? <ShortcutsHelp lang={lang} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
