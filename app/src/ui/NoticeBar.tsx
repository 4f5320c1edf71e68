// The dismissible notice listing what an opened link had that was ignored; messages are plain text.
import type { Notice } from '../state/notices';
import { noticeMessage } from '../state/notices';
import type { Lang } from '../state/types';
import { t } from './i18n';

export interface NoticeBarProps {
  notices: Notice[];
  lang: Lang;
  onDismiss: () => void;
}

/** A status region with one line per ignored part of the link, and a Dismiss button. */
export function NoticeBar({ notices, lang, onDismiss }: NoticeBarProps) {
  if (notices.length === 0) return null;
  return (
    <div role="status" className="flex items-start gap-3 border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-ink">
      <div className="min-w-0 flex-1">
        <p className="font-semibold">{t('shell.noticeHeading', lang)}</p>
        <ul className="list-disc pl-5">
          {notices.slice(0, 8).map((n, i) => (
            <li key={i}>
              <bdi>{noticeMessage(n, lang)}</bdi>
            </li>
          ))}
          {notices.length > 8 ? <li>…(+{notices.length - 8})</li> : null}
        </ul>
      </div>
      <button
        type="button"
        onClick={onDismiss}
        className="rounded border border-muted/50 bg-white px-2 py-1 font-medium hover:bg-black/5 focus-visible:outline-3 focus-visible:outline-accent"
      >
        {t('shell.dismiss', lang)}
      </button>
    </div>
  );
}
