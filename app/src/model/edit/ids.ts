// New record ids: slugs made from a name (or a fallback word), unique among the ids already taken.

const MAX_SLUG = 60;

/** Lower-case ASCII words joined by single hyphens; names with no ASCII letters or digits give ''. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/g, '');
}

/** A slug for `name` that is not in `taken`: `elon-musk`, then `elon-musk-2`…; `fallback-1`… when the name gives no slug. */
export function uniqueId(name: string, fallback: string, taken: ReadonlySet<string>): string {
  const base = slugify(name);
  if (base !== '' && !taken.has(base)) return base;
  const stem = base === '' ? fallback : base;
  for (let n = base === '' ? 1 : 2; ; n++) {
    const candidate = `${stem}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
