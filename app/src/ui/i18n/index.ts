// The one string accessor of the interface: t('area.key', lang, vars) over per-area tables, typed keys.
import type { Lang } from '../../model/queries';
import { format } from '../formatTemplate';
import type { AreaTable } from './areaTable';
import { analysis } from './analysis';
import { bundles } from './bundles';
import { edit } from './edit';
import { embed } from './embed';
import { exportArea } from './export';
import { importArea } from './importArea';
import { panels } from './panels';
import { phone } from './phone';
import { scale } from './scale';
import { shell } from './shell';
import { story } from './story';

export type { Lang };
export { formatMonth } from './formatMonth';

/** Every area's table, by the prefix its keys carry (`shell.search`, `panels.quote`…). */
export const AREAS = { shell, panels, analysis, export: exportArea, phone, bundles, import: importArea, story, embed, scale, edit } as const satisfies Record<string, AreaTable>;

type Areas = typeof AREAS;
/** A string key: `<area>.<key>`, checked against the area's English table. */
export type I18nKey = { [A in keyof Areas]: `${A}.${Extract<keyof Areas[A]['en'], string>}` }[keyof Areas];

/**
 * The string `key` in `lang`, `{name}` placeholders filled from `vars` (plain text: render it as text).
 * Without `vars` the placeholders stay as written, so the result is also the raw template for `fillTemplate`.
 */
export function t(key: I18nKey, lang: Lang, vars: Readonly<Record<string, string | number>> = {}): string {
  const dot = key.indexOf('.');
  const table: Readonly<Record<string, string>> = AREAS[key.slice(0, dot) as keyof Areas][lang];
  return format(table[key.slice(dot + 1)] ?? key, vars);
}
