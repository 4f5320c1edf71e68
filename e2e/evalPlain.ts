// page.evaluate that may only return plain data: returning a Cytoscape collection (serialised for 30-50 s) does not compile.
import type { Frame, Page } from '@playwright/test';

/** What may cross back from the page: JSON-like data. Functions, class instances and Cytoscape collections are not Plain. */
export type Plain = string | number | boolean | null | undefined | void | readonly Plain[] | { readonly [key: string]: Plain };

/**
 * Runs `fn` in the page (or one of its frames) and returns its result, which must be `Plain` (a type error otherwise).
 * Every e2e read of the page goes through here (ESLint bans `page.evaluate` in e2e/, see eslint.config.js).
 */
export function evalPlain<R extends Plain>(page: Page | Frame, fn: () => R | Promise<R>): Promise<R>;
export function evalPlain<R extends Plain, A>(page: Page | Frame, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
export function evalPlain<R extends Plain, A>(page: Page | Frame, fn: (arg?: A) => R | Promise<R>, arg?: A): Promise<R> {
  // eslint-disable-next-line no-restricted-syntax -- the one allowed call: the types above keep its result plain.
  return page.evaluate(fn as (arg: unknown) => unknown, arg) as Promise<R>;
}
