// Pasted text becomes a file the importer can read: its name's extension follows what the text looks like.

/** A File for pasted text: `pasted.json`, `pasted.gexf`, `pasted.graphml`, `pasted.tsv` or `pasted.csv`. */
export function pastedTextFile(text: string): File {
  const head = text.trimStart().slice(0, 400);
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  let name = 'pasted.csv';
  if (head.startsWith('{') || head.startsWith('[')) name = 'pasted.json';
  else if (/<gexf[\s>]/.test(head)) name = 'pasted.gexf';
  else if (/<graphml[\s>]/.test(head)) name = 'pasted.graphml';
  else if (head.startsWith('<')) name = 'pasted.xml';
  else if (firstLine.includes('\t')) name = 'pasted.tsv';
  return new File([text], name, { type: 'text/plain' });
}
