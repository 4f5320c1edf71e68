// `{name}` placeholders filled with plain-text values: the one templating used by every string table.

/** Replaces `{key}` placeholders with `values[key]` (own keys only, so `{constructor}` stays as written). */
export function format(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : whole));
}
