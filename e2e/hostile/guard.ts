// The hostile-text guard: fails on any dialog, and on any element or attribute the page creates that could run or load something.
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { evalPlain } from '../evalPlain';

/** Records, from before the app's first script, every element the page creates that could run or load something. */
export async function watchInjection(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { __injected: string[] }).__injected = found;
    const check = (el: Element): void => {
      if (el.closest('head')) return; // index.html's own head (charset, CSP, favicon, bundle)
      const tag = el.localName;
      if (['script', 'img', 'iframe', 'object', 'embed', 'frame', 'base', 'link', 'meta'].includes(tag)) found.push(tag);
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) found.push(`${tag}[${attr.name}]`);
        if (/^(href|src|action|formaction|xlink:href)$/i.test(attr.name) && /^\s*(javascript|data|vbscript):/i.test(attr.value)) found.push(`${tag}[${attr.name}=${attr.value.slice(0, 30)}]`);
      }
    };
    new MutationObserver((records) => {
      for (const r of records) {
        for (const node of Array.from(r.addedNodes)) {
          if (!(node instanceof Element)) continue;
          check(node);
          node.querySelectorAll('*').forEach(check);
        }
        if (r.type === 'attributes' && r.target instanceof Element) check(r.target);
      }
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
}

/** Fails on any dialog, and checks at the end that nothing executable was created from data. */
export async function guardHostile(page: Page): Promise<() => Promise<void>> {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await watchInjection(page);
  return async () => {
    expect(dialogs, 'no alert/confirm/prompt may open').toEqual([]);
    expect(await evalPlain(page, () => (window as unknown as { __injected: string[] }).__injected), 'no script/img/iframe node or on* attribute may be created').toEqual([]);
  };
}
