// The one string accessor of the interface: t('area.key', lang, vars) over per-area tables, typed keys.
import type { Lang } from '../../model/queries';
import { format } from '../formatTemplate';
import type { AreaTable } from './areaTable';
import { analysis } from './analysis';
import { bundles } from './bundles';
import { importArea } from './importArea';
import type { LAZY_AREAS } from './lazyAreas';
import { panels } from './panels';
import { phone } from './phone';
import { shell } from './shell';

export type { Lang };
export { formatMonth } from './formatMonth';

/**
 * The areas the first screen uses (toolbar, search, timeline, legend, status badges, import messages): in the first
 * bundle. The others (`LAZY_AREAS`, lazyAreas.ts) load in one chunk with the deferred UI that uses them: wrap a lazy
 * component's loader in `withStrings` (`deferred()` does). ui/firstBundle.test.ts checks the first bundle uses no other area.
 */
export const FIRST_AREAS = { shell, panels, analysis, phone, bundles, import: importArea } as const satisfies Record<string, AreaTable>;

type Areas = typeof FIRST_AREAS & typeof LAZY_AREAS;
/** A string key: `<area>.<key>`, checked against the area's English table. */
export type I18nKey = { [A in keyof Areas]: `${A}.${Extract<keyof Areas[A]['en'], string>}` }[keyof Areas];

/** The tables loaded so far, by the prefix their keys carry (`shell.search`, `panels.quote`…). */
const tables: Partial<Record<keyof Areas, AreaTable>> = { ...FIRST_AREAS };
let lazyLoad: Promise<void> | null = null;
let lazyIn = false;

/** Loads the other areas' tables (once); resolves when `t` knows every area. */
export function loadStrings(): Promise<void> {
  lazyLoad ??= import('./lazyAreas').then((m) => {
    Object.assign(tables, m.LAZY_AREAS);
    lazyIn = true;
  });
  return lazyLoad;
}

/** `loading`'s value once the lazy strings are in as well: the loader of any lazily loaded UI goes through this. */
export function withStrings<T>(loading: Promise<T>): Promise<T> {
  return Promise.all([loading, loadStrings()]).then(([value]) => value);
}

/**
 * The string `key` in `lang`, `{name}` placeholders filled from `vars` (plain text: render it as text).
 * Without `vars` the placeholders stay as written, so the result is also the raw template for `fillTemplate`.
 */
export function t(key: I18nKey, lang: Lang, vars: Readonly<Record<string, string | number>> = {}): string {
  const dot = key.indexOf('.');
  const area = tables[key.slice(0, dot) as keyof Areas];
  if (area === undefined) {
    // An area not loaded yet (only UI that skipped withStrings gets here): nothing rather than a raw key; start loading.
    if (!lazyIn) {
      void loadStrings();
      return '';
    }
    return format(key, vars);
  }
  const table: Readonly<Record<string, string>> = area[lang];
  return format(table[key.slice(dot + 1)] ?? key, vars);
}
