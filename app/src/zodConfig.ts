// zod runs without its eval-based fast path: under our strict CSP (no 'unsafe-eval') even its probe is a reported violation.
// The setting itself lives in model/z.ts, which every schema module imports; entries that load zod at once import this first.
import './model/z';
