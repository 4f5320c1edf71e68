// The Cytoscape core exposed as window.cy in dev and test builds, for end-to-end assertions.
import type { Core } from 'cytoscape';

declare global {
  interface Window {
    cy?: Core;
  }
}
export {};
