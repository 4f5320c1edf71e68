// Markdown/HTML escaping so text from data stays text in any CommonMark/GFM renderer.

const INLINE = /[\\`*_{}[\]()!|~<>&#$]/g;
const ENTITIES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/**
 * One line of data text, inert: markup characters backslash-escaped, `< > &` as entities, line
 * breaks folded to spaces, and a line-start list/heading/rule marker (`- + = 1.`) escaped.
 */
export function escapeMarkdownInline(text: string): string {
  const flat = text.replace(/\r\n?|\n|\u2028|\u2029/g, ' ');
  const escaped = flat.replace(INLINE, (c) => ENTITIES[c] ?? `\\${c}`);
  return escaped.replace(/^(\s*)([-+=]|\d+(?=[.)]))/, (_m, space: string, marker: string) =>
    /\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
  );
}

/** A quote as a Markdown blockquote: each source line escaped and prefixed with `> ` (blank lines kept as `>`). */
export function markdownBlockquote(text: string): string {
  return text
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map((line) => (line.trim() === '' ? '>' : `> ${escapeMarkdownInline(line)}`))
    .join('\n');
}

/** A link target safe inside `(<...>)`: only http(s), relative paths, queries and fragments; spaces and brackets percent-encoded. */
export function markdownLinkTarget(url: string): string | null {
  const trimmed = url.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed);
  if (scheme && !/^https?$/i.test(scheme[1] ?? '')) return null;
  return trimmed.replace(/[\s<>()\\`]/g, (c) => encodeURIComponent(c).replace(/[()]/g, (p) => (p === '(' ? '%28' : '%29')));
}
