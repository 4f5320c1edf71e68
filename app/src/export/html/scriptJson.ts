// JSON for a `<script type="application/json">` data block: characters that could end the element or confuse the HTML parser are \u-escaped.

const UNSAFE: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * `value` as JSON text that is safe inside a script data block: no `<`, `>` or `&` survives (so no `</script>`, `<!--`
 * or `<script` can appear), and JSON.parse of the block's text gives `value` back unchanged.
 */
export function scriptJson(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('scriptJson: the value has no JSON form');
  return json.replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE[c] ?? c);
}
