// Playwright `test` whose auto fixture fails any test that saw a CSP violation, page error, console error or off-origin request.
import { test as base, expect, type Page } from '@playwright/test';

/** One thing that went wrong during a test, as recorded by the guard. */
interface Incident {
  kind: 'csp' | 'pageerror' | 'console' | 'offorigin';
  detail: string;
}

interface GuardOptions {
  /** Console errors matching one of these are expected by the test (e.g. a forced error-boundary failure). */
  allowedConsoleErrors: RegExp[];
}

interface CspReport {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

const CSP_BINDING = '__evidenceGraphReportCsp';

/** Registers a listener in every document (before any app script) that forwards CSP violations to the test. */
async function watchCsp(page: Page, record: (i: Incident) => void): Promise<void> {
  await page.exposeFunction(CSP_BINDING, (report: CspReport) => {
    record({ kind: 'csp', detail: `${report.directive} blocked ${report.blocked || '(inline)'} at ${report.source} ${report.sample}`.trim() });
  });
  await page.addInitScript((binding: string) => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as Record<string, (r: unknown) => void>;
      w[binding]?.({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: `${e.sourceFile}:${e.lineNumber}` });
    });
  }, CSP_BINDING);
}

/** True for URLs the app may load: its own origin, data:, blob:, about:. */
function isAllowedUrl(url: string, origin: string): boolean {
  if (/^(data|blob|about):/i.test(url)) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/** The project's `test`, with the guard always on; override `allowedConsoleErrors` with `test.use` where a spec expects one. */
export const test = base.extend<GuardOptions & { guard: void }>({
  allowedConsoleErrors: [[], { option: true }],
  guard: [
    async ({ page, baseURL, allowedConsoleErrors }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4179/').origin;
      const incidents: Incident[] = [];
      const record = (i: Incident): void => {
        incidents.push(i);
      };
      await watchCsp(page, record);
      page.on('pageerror', (err) => record({ kind: 'pageerror', detail: `${err.name}: ${err.message}` }));
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const text = msg.text();
        if (allowedConsoleErrors.some((re) => re.test(text))) return;
        record({ kind: 'console', detail: text });
      });
      page.context().on('request', (req) => {
        if (!isAllowedUrl(req.url(), origin)) record({ kind: 'offorigin', detail: `${req.method()} ${req.url()}` });
      });
      await use();
      const list = incidents.map((i) => `  [${i.kind}] ${i.detail.slice(0, 500)}`).join('\n');
      expect(incidents, `The page must record no CSP violation, page error, console error or off-origin request:\n${list}`).toEqual([]);
    },
    { auto: true },
  ],
});

/** Origin of the hostile-data build (playwright.config.ts serves dist-hostile/ there): `test.use({ baseURL: HOSTILE_BASE_URL })`. */
export const HOSTILE_BASE_URL = 'http://127.0.0.1:4180/';

/** Opens the app at `hash` (without '#') and waits until the graph has been drawn (the `graph:drawn` performance mark). */
export async function openApp(page: Page, hash = ''): Promise<void> {
  await page.goto(hash === '' ? './' : `./#${hash}`);
  await waitForGraph(page);
}

/** Waits for the `graph:drawn` mark and a non-empty Cytoscape graph (window.cy, exposed in test builds). */
export async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('graph:drawn').length > 0 && (window.cy?.nodes().length ?? 0) > 0);
}

/**
 * `expect.poll` checks again after 20, 50, 100, 100, then every 250 ms (Playwright's default is 100, 250, 500, then
 * every 1,000 ms, so a condition met just after a check cost up to a second of idle time; locator assertions already
 * retry at 20, 50, 100, 100, 500). The timeout is unchanged; a spec can still pass its own `intervals`.
 */
const POLL_INTERVALS = [20, 50, 100, 100, 250];
const basePoll = expect.poll.bind(expect);
expect.poll = ((actual: () => unknown, options?: string | { message?: string; timeout?: number; intervals?: number[] }) =>
  basePoll(actual, typeof options === 'string' ? { message: options, intervals: POLL_INTERVALS } : { intervals: POLL_INTERVALS, ...options })) as typeof expect.poll;

export { expect };
