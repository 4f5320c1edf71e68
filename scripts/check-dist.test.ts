// Tests for check-dist: sinks are found, vendor allow-list entries cover only their own code, external loads are caught.
import { describe, expect, it } from 'vitest';
import { externalLoads, findSinks, unexplainedSinks, unprovenAllowEntries, VENDOR_ALLOW } from './check-dist.mjs';

describe('check-dist', () => {
  it('finds every HTML-injection and eval sink in a bundle', () => {
    const code = 'a.innerHTML=x;b.outerHTML;c.insertAdjacentHTML("x",y);d={dangerouslySetInnerHTML:z};eval(s);new Function("q");Function(`r`)';
    expect(findSinks(code).map((h) => h.sink).sort()).toEqual(
      ['Function(', 'dangerouslySetInnerHTML', 'eval(', 'innerHTML', 'insertAdjacentHTML', 'new Function', 'outerHTML', 'Function('].sort(),
    );
  });

  it('does not count look-alike identifiers (evaluate(, myFunction() as sinks', () => {
    expect(findSinks('x.evaluate(1);myFunction(2);retrieval(3)')).toEqual([]);
  });

  it("allows React DOM's own innerHTML write but not the same sink in code of ours next to it", () => {
    const react = 'o=s.createElement(`div`),o.innerHTML=`<script><\\/script>`,o=o.removeChild(o.firstChild)';
    expect(unexplainedSinks(findSinks(react))).toEqual([]);
    const ours = `${react};el.innerHTML=label`;
    expect(unexplainedSinks(findSinks(ours)).map((h) => h.context.slice(h.offset, h.offset + 9))).toEqual(['innerHTML']);
  });

  it('limits chunk-scoped entries (DOMPurify) to the chunk they name', () => {
    const code = 'e.innerHTML=t';
    expect(unexplainedSinks(findSinks(code), VENDOR_ALLOW, 'purify.es-BQJV6A36.js')).toEqual([]);
    expect(unexplainedSinks(findSinks(code), VENDOR_ALLOW, 'index-abc.js')).toHaveLength(1);
  });

  it('reports an allow-list entry whose library file does not contain its proof', () => {
    const read = (path: string): string => (path.startsWith('react-dom') ? '' : 'nothing here');
    const unproven = unprovenAllowEntries(read);
    expect(unproven.length).toBe(VENDOR_ALLOW.length);
    expect(unprovenAllowEntries(() => { throw new Error('missing'); })).toHaveLength(VENDOR_ALLOW.length);
  });

  it('flags absolute external src/href in HTML but not relative, fragment or data: URLs', () => {
    const html = '<link rel="icon" href="data:,"><script src="./assets/a.js"></script><a href="#x"></a><img src="https://cdn.example/x.png"><link href=//evil.example/s.css><script src=http://x.example/y.js></script>';
    expect(externalLoads(html)).toEqual(['https://cdn.example/x.png', '//evil.example/s.css', 'http://x.example/y.js']);
  });
});
