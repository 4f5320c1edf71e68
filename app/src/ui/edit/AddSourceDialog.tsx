// "Add source": paste a text or open a .txt/.md/.html file (HTML read by htmlToText, never put into the page), with title, link, date and language.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { EditError } from '../../model/edit/editError';
import { htmlToText } from '../../model/edit/htmlText';
import { addSource } from '../../model/edit/sourceOps';
import { buttonClass } from '../controls';
import { t } from '../i18n';
import type { EditSession } from './session';

export interface AddSourceDialogProps {
  session: EditSession;
  onClose: () => void;
  /** The source was added (its id). */
  onAdded: (id: string, title: string) => void;
}

const FIELD = 'mt-1 w-full rounded border border-muted/60 bg-white px-2 py-1 text-sm text-ink focus-visible:outline-2 focus-visible:outline-accent';
const isHtml = (name: string, type: string): boolean => /\.x?html?$/i.test(name) || type === 'text/html';

/** The first line of the text, shortened: a title when none is given. */
function titleFromText(text: string): string {
  const line = text.trim().split('\n', 1)[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 57).trimEnd()}…` : line;
}

/** A modal dialog (native `<dialog>`: focus kept inside, Escape closes); a refusal is shown in it and what was typed stays. */
export function AddSourceDialog({ session, onClose, onAdded }: AddSourceDialogProps) {
  const { lang } = session;
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [titleZh, setTitleZh] = useState('');
  const [url, setUrl] = useState('');
  const [published, setPublished] = useState('');
  const [language, setLanguage] = useState(lang === 'zh' ? 'zh-Hant' : 'en');
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ids = { text: useId(), file: useId(), titleEn: useId(), titleZh: useId(), url: useId(), published: useId(), language: useId(), error: useId() };

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);

  const openFile = async (file: File): Promise<void> => {
    setError(null);
    try {
      const raw = await file.text();
      if (isHtml(file.name, file.type)) {
        const converted = htmlToText(raw);
        setText(converted.text);
        if (!titleEn && converted.title) setTitleEn(converted.title);
        setNote(t('edit.htmlConverted', lang));
      } else {
        setText(raw);
        setNote(null);
      }
      if (!titleEn) setTitleEn((current) => current || file.name.replace(/\.[^.]+$/, ''));
    } catch (e) {
      setError(t('edit.fileFailed', lang, { name: file.name, reason: e instanceof Error ? e.message : String(e) }));
    }
  };

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    let refused: EditError | null = null;
    let added = '';
    const title = { en: titleEn.trim() || (titleZh.trim() ? '' : titleFromText(text)), zh: titleZh.trim() };
    const ok = session.apply(t('edit.labelAddSource', lang), (dataset) => {
      try {
        const result = addSource(dataset, { title, text, language, published, url });
        added = result.id;
        return result.dataset;
      } catch (err) {
        if (err instanceof EditError) refused = err;
        throw err;
      }
    });
    if (!ok) {
      setError((refused as EditError | null)?.messages[lang] ?? '');
      return;
    }
    onAdded(added, title.en || title.zh);
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${ids.text}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      className="m-auto w-[40rem] max-w-[calc(100vw-1rem)] rounded-lg border border-muted/40 bg-white p-0 text-ink shadow-xl backdrop:bg-black/30"
    >
      <form onSubmit={submit} className="flex max-h-[90dvh] flex-col gap-3 overflow-y-auto p-4" data-form="add-source">
        <h2 id={`${ids.text}-title`} className="text-base font-semibold">
          {t('edit.sourceDialog', lang)}
        </h2>
        <div>
          <label htmlFor={ids.text} className="text-sm font-medium">
            {t('edit.text', lang)}
          </label>
          <span className="ml-2 text-xs text-muted">{t('edit.textHint', lang)}</span>
          <textarea
            id={ids.text}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setError(null);
            }}
            rows={8}
            aria-describedby={error ? ids.error : undefined}
            aria-invalid={error ? true : undefined}
            className={`${FIELD} font-serif`}
          />
          <p className="text-xs text-muted">{t('edit.chars', lang, { n: text.length.toLocaleString(lang === 'zh' ? 'zh-Hant' : 'en') })}</p>
        </div>
        <div>
          <label htmlFor={ids.file} className="text-sm font-medium">
            {t('edit.openFile', lang)}
          </label>
          <input
            id={ids.file}
            type="file"
            accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void openFile(file);
            }}
            className="mt-1 block w-full text-sm"
          />
          {note ? <p className="mt-1 text-xs text-muted">{note}</p> : null}
        </div>
        <div className="grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor={ids.titleEn} className="text-sm font-medium">
              {t('edit.titleEn', lang)}
            </label>
            <input id={ids.titleEn} value={titleEn} onChange={(e) => setTitleEn(e.target.value)} className={FIELD} />
          </div>
          <div>
            <label htmlFor={ids.titleZh} className="text-sm font-medium">
              {t('edit.titleZh', lang)}
            </label>
            <input id={ids.titleZh} value={titleZh} onChange={(e) => setTitleZh(e.target.value)} className={FIELD} />
          </div>
          <div className="sm:col-span-2">
            <label htmlFor={ids.url} className="text-sm font-medium">
              {t('edit.url', lang)}
            </label>
            <input id={ids.url} type="url" inputMode="url" value={url} onChange={(e) => setUrl(e.target.value)} className={FIELD} />
          </div>
          <div>
            <label htmlFor={ids.published} className="text-sm font-medium">
              {t('edit.published', lang)}
            </label>
            <input id={ids.published} value={published} placeholder="2024-03-01" onChange={(e) => setPublished(e.target.value)} className={FIELD} />
          </div>
          <div>
            <label htmlFor={ids.language} className="text-sm font-medium">
              {t('edit.language', lang)}
            </label>
            <input id={ids.language} value={language} onChange={(e) => setLanguage(e.target.value)} className={FIELD} />
          </div>
        </div>
        {error ? (
          <p id={ids.error} role="alert" className="rounded border border-red-300 bg-red-50 px-2 py-1 text-sm text-red-900">
            {error}
          </p>
        ) : null}
        <div className="flex justify-end gap-2">
          <button type="button" onClick={onClose} className={buttonClass()}>
            {t('edit.cancel', lang)}
          </button>
          <button type="submit" className={buttonClass(true)}>
            {t('edit.add', lang)}
          </button>
        </div>
      </form>
    </dialog>
  );
}
