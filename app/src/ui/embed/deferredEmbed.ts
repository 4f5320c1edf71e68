// The embed and share components, loaded on first use (their code stays out of the first bundle).
import { deferred } from '../deferred';

/** The embedded view's bar: name, language, "Open in full view". */
export const EmbedBar = deferred(() => import('./EmbedBar').then((m) => m.EmbedBar));
/** The toolbar's Share button with its Link / Embed popover. */
export const ShareMenu = deferred(() => import('./ShareMenu').then((m) => m.ShareMenu));
