// zod runs without its eval-based fast path: under our strict CSP (no 'unsafe-eval') even its probe is a reported violation.
import { z } from 'zod';

z.config({ jitless: true });
