// Strings of a bundle's panel (the parallel relations between two entities), in English and Traditional Chinese.
import type { AreaTable } from './areaTable';

const en = {
  heading: 'Relations between {a} and {b}',
  hiddenByFilters: '{count} more hidden by the filters or the time range',
  selected: 'Selected: {count} relations between {a} and {b}',
};

const zh: Record<keyof typeof en, string> = {
  heading: '{a}與{b}之間的關係',
  hiddenByFilters: '另有 {count} 項被篩選條件或時間範圍隱藏',
  selected: '已選取:{a}與{b}之間的 {count} 項關係',
};

/** The bundles table: one template per key in each language. */
export const bundles = { en, zh } satisfies AreaTable;
