// HTML sources as text: parsed by a streaming tokenizer (no DOM, nothing executed or fetched), paragraphs kept, scripts and styles dropped.
import { Parser } from 'htmlparser2';

/** Elements whose content is never text of the source. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object', 'canvas', 'select', 'button']);
/** Elements that end a paragraph. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'blockquote', 'pre', 'figure', 'figcaption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'tr', 'caption', 'hr', 'address', 'details', 'summary',
]);

/**
 * The readable text of an HTML document: one paragraph per block element (separated by a blank line), `<br>` as a line
 * break, white space collapsed inside paragraphs, entities decoded, and nothing from script, style or other non-text
 * elements. The title, if any, is returned apart (for the source's title).
 */
export function htmlToText(html: string): { text: string; title: string } {
  const paragraphs: string[] = [];
  let current = '';
  let title = '';
  let skipDepth = 0;
  let inTitle = false;
  let inPre = 0;
  const endParagraph = () => {
    const p = inPre > 0 ? current.replace(/^\n+|\s+$/g, '') : current.replace(/[ \t\f\r\n]+/g, ' ').replace(/ ?\u2028 ?/g, '\n').trim();
    if (p.trim() !== '') paragraphs.push(p.replace(/^\n+|\n+$/g, ''));
    current = '';
  };
  const parser = new Parser(
    {
      onopentagname(name) {
        if (name === 'title') inTitle = true;
        if (SKIPPED.has(name)) skipDepth++;
        else if (skipDepth === 0 && BLOCKS.has(name)) endParagraph();
        if (name === 'pre') inPre++;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (skipDepth === 0 && BLOCKS.has(name)) endParagraph();
        else if (skipDepth === 0 && name === 'br') current += inPre > 0 ? '\n' : '\u2028';
        if (name === 'pre') inPre = Math.max(0, inPre - 1);
      },
      ontext(text) {
        if (inTitle) title += text;
        else if (skipDepth === 0) current += text;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  endParagraph();
  return { text: paragraphs.join('\n\n'), title: title.replace(/\s+/g, ' ').trim() };
}
