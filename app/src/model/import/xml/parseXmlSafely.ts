// XML in, safely: DTDs and entities refused before parsing, size and depth capped, xmldom's complaints as ImportErrors.
import { DOMParser, type Document } from '@xmldom/xmldom';
import { ImportError, type ImportCaps } from '../report';

/** 1-based line and column of a UTF-16 offset in `text`. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The markup declarations that open the door to XXE and entity expansion (billion laughs): refused outright. */
const FORBIDDEN = [
  { pattern: /<!DOCTYPE/i, code: 'xml-doctype', en: 'a DOCTYPE declaration', zh: 'DOCTYPE 宣告' },
  { pattern: /<!ENTITY/i, code: 'xml-entity', en: 'an ENTITY declaration', zh: 'ENTITY 宣告' },
] as const;

/** The end of a start tag (attribute values may hold `>`), from just after its `<`. */
const TAG_REST = /[^"'>]*(?:(?:"[^"]*"|'[^']*')[^"'>]*)*>/y;

/** Offset of the first element nested deeper than `maxDepth`, or -1: a linear scan, before any DOM is built. */
export function firstTooDeep(text: string, maxDepth: number): number {
  let depth = 0;
  let i = text.indexOf('<');
  while (i !== -1) {
    let next: number;
    if (text.startsWith('<!--', i)) next = text.indexOf('-->', i + 4) + 3;
    else if (text.startsWith('<![CDATA[', i)) next = text.indexOf(']]>', i + 9) + 3;
    else if (text.startsWith('<?', i)) next = text.indexOf('?>', i + 2) + 2;
    else if (text[i + 1] === '/') {
      depth -= 1;
      next = text.indexOf('>', i) + 1;
    } else {
      TAG_REST.lastIndex = i + 1;
      if (!TAG_REST.test(text)) return -1; // unterminated tag: the parser reports it
      next = TAG_REST.lastIndex;
      if (text[next - 2] !== '/') {
        depth += 1;
        if (depth > maxDepth) return i;
      }
    }
    if (next <= 0) return -1; // unterminated comment/CDATA/PI: the parser reports it
    i = text.indexOf('<', next);
  }
  return -1;
}

/** XML 1.0 line ends only (CRLF, CR → LF): xmldom's default also folds NEL, U+2028 and U+2029 (XML 1.1), which would alter text. */
function xml10LineEnds(source: string): string {
  return source.replace(/\r\n?/g, '\n');
}

interface ParseProblem {
  message: string;
  line?: number;
  column?: number;
}

function locatorOf(value: unknown): { line?: number; column?: number } {
  if (typeof value !== 'object' || value === null) return {};
  const locator = (value as { locator?: unknown }).locator;
  if (typeof locator !== 'object' || locator === null) return {};
  const { lineNumber, columnNumber } = locator as { lineNumber?: unknown; columnNumber?: unknown };
  return {
    ...(typeof lineNumber === 'number' && lineNumber > 0 ? { line: lineNumber } : {}),
    ...(typeof columnNumber === 'number' && columnNumber > 0 ? { column: columnNumber } : {}),
  };
}

/**
 * Parses `text` as XML with @xmldom/xmldom (Node and Web Worker alike). Refused with a named
 * ImportError, before parsing: text over `caps.fileBytes`, any `<!DOCTYPE` or `<!ENTITY`, elements
 * nested deeper than `caps.xmlDepth`. Any error or warning from the parser (malformed XML, an
 * unknown entity, an unbound prefix, an unquoted attribute) is fatal too, with its line and column,
 * except the note on U+FFFD (a legal character). A BOM is ignored.
 */
export function parseXmlSafely(name: string, text: string, caps: ImportCaps): Document {
  if (text.length > caps.fileBytes) {
    throw new ImportError('file-too-large', { file: name }, {
      en: `the file is too large: ${text.length} characters, the limit is ${caps.fileBytes} bytes`,
      zh: `檔案過大：${text.length} 個字元，上限為 ${caps.fileBytes} 位元組`,
    });
  }
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (const rule of FORBIDDEN) {
    const match = rule.pattern.exec(source);
    if (match) {
      const { line, column } = lineColumnAt(source, match.index);
      throw new ImportError(rule.code, { file: name, line, column: `column ${column}` }, {
        en: `the file contains ${rule.en} (line ${line}, column ${column}): refused, since DTDs and entities can read local files or expand without bound (XXE, "billion laughs")`,
        zh: `檔案含有${rule.zh}（第 ${line} 行第 ${column} 欄）：已拒絕，因為 DTD 與實體可讀取本機檔案或無限展開（XXE、「billion laughs」攻擊）`,
      });
    }
  }
  const deep = firstTooDeep(source, caps.xmlDepth);
  if (deep !== -1) {
    const { line, column } = lineColumnAt(source, deep);
    throw new ImportError('xml-too-deep', { file: name, line, column: `column ${column}` }, {
      en: `elements are nested more than ${caps.xmlDepth} levels deep (line ${line}, column ${column})`,
      zh: `元素巢狀超過 ${caps.xmlDepth} 層（第 ${line} 行第 ${column} 欄）`,
    });
  }
  let problem: ParseProblem | undefined;
  const parser = new DOMParser({
    normalizeLineEndings: xml10LineEnds,
    onError: (level, message, context: unknown) => {
      // U+FFFD is a legal character (our exports write it for characters XML cannot carry): not a malformation.
      if (level === 'warning' && message.startsWith('Unicode replacement character')) return;
      problem ??= { message, ...locatorOf(context) };
      throw new Error(message);
    },
  });
  let doc: Document | undefined;
  try {
    doc = parser.parseFromString(source, 'text/xml');
  } catch (error) {
    const located = locatorOf(error);
    const message = problem?.message ?? (error instanceof Error ? error.message : String(error));
    problem = { message, line: problem?.line ?? located.line, column: problem?.column ?? located.column };
  }
  if (problem || !doc?.documentElement) {
    const { message = 'no root element', line, column } = problem ?? {};
    const at = line ? ` (line ${line}${column ? `, column ${column}` : ''})` : '';
    const atZh = line ? `（第 ${line} 行${column ? `第 ${column} 欄` : ''}）` : '';
    throw new ImportError('xml-malformed', { file: name, ...(line ? { line } : {}), ...(column ? { column: `column ${column}` } : {}) }, {
      en: `the file is not well-formed XML${at}: ${message}`,
      zh: `檔案不是格式正確的 XML${atZh}：${message}`,
    });
  }
  return doc;
}
