// zod, configured once: jitless, so no schema ever runs its code-generation probe (a strict CSP reports even the caught one).
// Every module that defines schemas imports `z` from here, so the setting runs before any schema, in any chunk order.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
