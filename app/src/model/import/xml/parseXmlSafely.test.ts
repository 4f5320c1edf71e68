// parseXmlSafely: hostile XML is refused with a named ImportError before any entity can expand; malformed XML names its line.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CAPS, ImportError } from '../report';
import { firstTooDeep, lineColumnAt, parseXmlSafely } from './parseXmlSafely';

function refusal(text: string, caps = DEFAULT_CAPS): ImportError {
  try {
    parseXmlSafely('hostile.xml', text, caps);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<lolz>&lol3;</lolz>`;

const XXE = `<?xml version="1.0"?>
<!DOCTYPE gexf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<gexf xmlns="http://gexf.net/1.3"><graph><nodes><node id="a" label="&xxe;"/></nodes></graph></gexf>`;

describe('parseXmlSafely', () => {
  it('parses well-formed XML with namespaces and keeps element lines', () => {
    const doc = parseXmlSafely('ok.gexf', '\uFEFF<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz">\n<node id="a"><viz:color r="1"/></node></gexf>', DEFAULT_CAPS);
    const node = doc.getElementsByTagName('node')[0];
    expect(doc.documentElement?.namespaceURI).toBe('http://gexf.net/1.3');
    expect(node?.lineNumber).toBe(2);
    expect(node?.getElementsByTagNameNS('http://gexf.net/1.3/viz', 'color').length).toBe(1);
  });

  it('refuses an external entity (XXE) as a DOCTYPE before parsing, naming the line', () => {
    const error = refusal(XXE);
    expect(error.code).toBe('xml-doctype');
    expect(error.where.line).toBe(2);
    expect(error.messages.en).toContain('DOCTYPE');
    expect(error.messages.zh).toContain('DOCTYPE');
  });

  it('refuses billion laughs without expanding anything', () => {
    expect(refusal(BILLION_LAUGHS).code).toBe('xml-doctype');
  });

  it('refuses a stray ENTITY declaration even without a DOCTYPE', () => {
    const error = refusal('<a>\n<!ENTITY x "y"></a>');
    expect(error.code).toBe('xml-entity');
    expect(error.where).toMatchObject({ line: 2, column: 'column 1' });
  });

  it('refuses elements nested deeper than the cap (depth bomb), naming the cap', () => {
    const bomb = `${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`;
    const error = refusal(bomb);
    expect(error.code).toBe('xml-too-deep');
    expect(error.messages.en).toContain(String(DEFAULT_CAPS.xmlDepth));
  });

  it('counts depth through attributes holding ">", comments, CDATA and self-closing tags', () => {
    const text = '<a x=">"><!-- <b> --><![CDATA[<c>]]><d/><e><f/></e></a>';
    expect(firstTooDeep(text, 2)).toBe(-1);
    expect(firstTooDeep(text, 1)).toBe(text.indexOf('<e>'));
  });

  it('refuses text over the file size cap, naming the limit', () => {
    const error = refusal('<a>0123456789</a>', { ...DEFAULT_CAPS, fileBytes: 10 });
    expect(error.code).toBe('file-too-large');
    expect(error.messages.en).toContain('10');
  });

  it('turns a mismatched tag into xml-malformed with line and column', () => {
    const error = refusal('<graphml>\n  <node id="a">\n</graphml>');
    expect(error.code).toBe('xml-malformed');
    expect(error.where.line).toBe(2);
    expect(error.where.column).toMatch(/^column \d+$/);
    expect(error.messages.en).toMatch(/line 2, column \d+.*mismatch/);
  });

  it('treats an unknown entity, an unquoted attribute and an unbound prefix as malformed', () => {
    expect(refusal('<a>&foo;</a>').code).toBe('xml-malformed');
    expect(refusal('<a x=1/>').code).toBe('xml-malformed');
    expect(refusal('<a><viz:color/></a>').code).toBe('xml-malformed');
    expect(refusal('not xml at all').code).toBe('xml-malformed');
  });

  it('keeps U+2028 and NEL in text (XML 1.0 line ends only) and folds CRLF', () => {
    const doc = parseXmlSafely('ls.xml', '<a>x\u2028y\u0085z\r\nw</a>', DEFAULT_CAPS);
    expect(doc.documentElement?.textContent).toBe('x\u2028y\u0085z\nw');
  });

  it('finds 1-based lines and columns', () => {
    expect(lineColumnAt('ab\ncd\nef', 7)).toEqual({ line: 3, column: 2 });
    expect(lineColumnAt('ab', 0)).toEqual({ line: 1, column: 1 });
  });
});
