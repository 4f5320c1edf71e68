// Typed attribute values of XML graph formats (GEXF/GraphML types), colours and lists, read without surprises.

/** A value read from a file: XML values are strings converted by their declared type; JSON values are anything. */
export type RawValue = unknown;

export type Typed = { ok: true; value: string | number | boolean | string[] } | { ok: false; expected: string };

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const SPECIAL = new Map([
  ['NaN', Number.NaN],
  ['INF', Number.POSITIVE_INFINITY],
  ['-INF', Number.NEGATIVE_INFINITY],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['-Infinity', Number.NEGATIVE_INFINITY],
]);

/** A number from text (`1.5`, `-3e2`, ` 7 `), or undefined. NaN and infinities are not positions: undefined. */
export function finiteNumber(raw: RawValue): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  if (!DECIMAL.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** A boolean from `true`/`false`/`1`/`0`/`yes`/`no` (any case), or undefined. */
export function booleanOf(raw: RawValue): boolean | undefined {
  if (typeof raw === 'boolean') return raw;
  if (typeof raw === 'number') return raw === 1 ? true : raw === 0 ? false : undefined;
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim().toLowerCase();
  if (text === 'true' || text === '1' || text === 'yes') return true;
  if (text === 'false' || text === '0' || text === 'no') return false;
  return undefined;
}

/** A GEXF list value: `[a, b]` (Gephi 0.9+) or `a|b` (GEXF 1.2 spec). */
export function listOf(raw: string): string[] {
  const text = raw.trim();
  const inner = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : null;
  const parts = inner !== null ? inner.split(',') : text.split('|');
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * Converts an XML attribute value by its declared type (GEXF `integer|long|float|double|boolean|
 * string|liststring|…`, GraphML `int|long|float|double|boolean|string`). Strings, dates and URIs
 * stay as written; a value that does not fit a numeric or boolean type is `{ok: false}`.
 */
export function typedValue(raw: string, type: string): Typed {
  const t = type.trim().toLowerCase();
  if (t === 'integer' || t === 'int' || t === 'long' || t === 'short' || t === 'byte' || t === 'biginteger') {
    const text = raw.trim();
    return INTEGER.test(text) ? { ok: true, value: Number(text) } : { ok: false, expected: 'an integer' };
  }
  if (t === 'float' || t === 'double' || t === 'bigdecimal') {
    const text = raw.trim();
    const special = SPECIAL.get(text);
    if (special !== undefined) return { ok: true, value: special };
    return DECIMAL.test(text) ? { ok: true, value: Number(text) } : { ok: false, expected: 'a number' };
  }
  if (t === 'boolean') {
    const value = booleanOf(raw);
    return value === undefined ? { ok: false, expected: 'true or false' } : { ok: true, value };
  }
  if (t.startsWith('list')) return { ok: true, value: listOf(raw) };
  return { ok: true, value: raw };
}

/** Whether `type` is one this reader knows (others are read as strings, with a note). */
export function isKnownType(type: string): boolean {
  return /^(string|integer|int|long|short|byte|biginteger|float|double|bigdecimal|boolean|anyuri|date|char|time|datetime|list\w*)$/i.test(type.trim());
}

function hex2(n: number): string {
  return Math.max(0, Math.min(255, Math.round(n))).toString(16).padStart(2, '0');
}

/** `#rrggbb` from channels 0–255, or undefined when one is missing or not a number. */
export function rgbHex(r: RawValue, g: RawValue, b: RawValue): string | undefined {
  const [rn, gn, bn] = [finiteNumber(r), finiteNumber(g), finiteNumber(b)];
  if (rn === undefined || gn === undefined || bn === undefined) return undefined;
  return `#${hex2(rn)}${hex2(gn)}${hex2(bn)}`;
}

/** A colour as `#rrggbb` from `#rgb`, `#rrggbb(aa)`, `rgb(r,g,b)`/`rgba(…)` or `r,g,b`; undefined otherwise. */
export function colorHex(raw: RawValue): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim().toLowerCase();
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(text)?.[1];
  if (hex !== undefined) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex.slice(0, 6);
    return `#${full}`;
  }
  const rgb = /^(?:rgba?\()?\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*[\d.]+\s*)?\)?$/.exec(text);
  return rgb ? rgbHex(rgb[1], rgb[2], rgb[3]) : undefined;
}
