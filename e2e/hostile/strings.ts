// The hostile strings the fixture dataset is made of; specs import them to check text renders exactly as data.

/** Markup and script payloads that must stay literal text. */
export const SCRIPT_TAG = '<script>alert(1)</script>';
export const IMG_ONERROR = '<img src=x onerror=alert(1)>';
export const SVG_ONLOAD = '<svg onload=alert(1)>';
export const JS_URL = 'javascript:alert(1)';
/** A 100,000-character label with no break opportunity. */
export const LONG_LABEL = 'Wide'.repeat(25_000);
/** U+202E (right-to-left override) in a name: must not reorder the UI around it. */
export const RTL_OVERRIDE = 'Eve \u202Egnp.exe\u202C Corp';
/** Family emoji joined with U+200D (ZWJ). */
export const ZWJ_FAMILY = 'Family 👩\u200D👩\u200D👧 Group';
/** Stacked combining marks. */
export const COMBINING = 'Z\u0324\u0354\u0367\u0311\u0313a\u0308\u0356\u032D\u0308\u0307lgo';
export const ARABIC = 'مرحبا بالعالم';
export const HEBREW = 'שלום עולם';

/** Entity ids of the fixture and the English name each carries. */
export const HOSTILE_ENTITIES = {
  'script-person': SCRIPT_TAG,
  'img-org': IMG_ONERROR,
  'svg-product': SVG_ONLOAD,
  'js-url-doc': JS_URL,
  'long-label-group': LONG_LABEL,
  'rtl-org': RTL_OVERRIDE,
  'emoji-group': ZWJ_FAMILY,
  'combining-person': COMBINING,
  'arabic-person': ARABIC,
} as const;

export type HostileEntityId = keyof typeof HOSTILE_ENTITIES;
