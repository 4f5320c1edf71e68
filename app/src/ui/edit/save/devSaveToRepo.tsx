// The edit bar's "Save to graph-data/" slot: the button under the dev server only; null in a build, which then holds none of its code.
import type { ComponentType } from 'react';
import { deferred } from '../../deferred';
import type { SaveToRepoButtonProps } from './SaveToRepoButton';

/**
 * Render as `{DevSaveToRepo ? <DevSaveToRepo dataset={…} lang={…} /> : null}`. `import.meta.env.DEV` is false in a build,
 * so the import below is dropped with its chunk (check-dist-dev-only checks dist/ holds neither the endpoint nor the token's name).
 */
export const DevSaveToRepo: ComponentType<SaveToRepoButtonProps> | null = import.meta.env.DEV
  ? deferred(() => import('./SaveToRepoButton').then((m) => m.SaveToRepoButton))
  : null;
