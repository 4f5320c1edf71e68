// Text keys for matching names, kinds and headers (case- and width-insensitive) and slug-like ids.

/** A matching key: NFKC (full-width → half-width), lower case, trimmed, inner whitespace collapsed. */
export function matchKey(value: string): string {
  return value.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');
}

/** A slug-like id from any text: lower-case letters and digits of any script joined by single hyphens ('' when none). */
export function slugify(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
