// "Everything" exports: show the hidden elements for the length of one export, then hide them again.
import type { Core } from 'cytoscape';

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Runs `fn` with every element of `cy` shown (two frames drawn first), then hides again what was hidden. */
export async function withEverythingShown<T>(cy: Core, fn: () => Promise<T>): Promise<T> {
  const hidden = cy.elements('.hidden');
  hidden.removeClass('hidden');
  try {
    await frame();
    await frame();
    return await fn();
  } finally {
    hidden.addClass('hidden');
  }
}
