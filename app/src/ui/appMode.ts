// Which build this is: the site, or the read-only one-file page (`vite build --mode standalone`), decided at build time.

/** True in the one-file build: nothing is imported, stored, edited or fetched; controls for those are not shown. */
export const READ_ONLY: boolean = import.meta.env.MODE === 'standalone';
