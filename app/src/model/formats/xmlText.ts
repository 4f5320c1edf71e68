// XML 1.0 text safety shared by the GEXF and GraphML writers: illegal characters and escaping.
import { FormatError } from './formatError';

/** Code points XML 1.0 cannot carry at all, even as character references (C0 controls except tab/LF/CR, U+FFFE/F, lone surrogates). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
const XML_ILLEGAL_TEST = new RegExp(XML_ILLEGAL.source, 'u');

/** Replaces characters XML 1.0 cannot carry with U+FFFD (the only lossy step of the XML exports). */
export function xmlSafe(text: string): string {
  return text.replace(XML_ILLEGAL, '\uFFFD');
}

/** Whether `text` holds a character XML 1.0 cannot carry. */
export function hasXmlIllegal(text: string): boolean {
  return XML_ILLEGAL_TEST.test(text);
}

/** Keys are identities: they are never altered, so an illegal character in one is an error. */
export function assertXmlKey(format: string, where: string, key: string): void {
  if (hasXmlIllegal(key)) throw new FormatError(format, where, `key ${JSON.stringify(key)} holds a character XML 1.0 cannot carry`);
}

/** Escapes text for an XML attribute value (double-quoted); tab/LF/CR as references so parsers keep them. */
export function escapeXmlAttribute(text: string): string {
  return xmlSafe(text).replace(/[&<>"\t\n\r]/g, (c) => XML_ATTRIBUTE_ENTITIES[c] ?? c);
}

/** Escapes text for XML element content; CR as a reference so parsers do not fold CRLF. */
export function escapeXmlText(text: string): string {
  return xmlSafe(text).replace(/[&<>\r]/g, (c) => XML_TEXT_ENTITIES[c] ?? c);
}

const XML_ATTRIBUTE_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
const XML_TEXT_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };

/**
 * Writes NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR as character references: xmldom (the Node
 * parser) folds them to LF like XML 1.1 line ends, which would alter the text on re-import.
 */
export function referenceLineSeparators(xml: string): string {
  return xml.replace(/[\u0085\u2028\u2029]/g, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
}
