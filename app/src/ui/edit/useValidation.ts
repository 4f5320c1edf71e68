// Live validation of the draft: the validator of `npm run validate`, run after each edit once the page is idle (never in the edit's own task).
import { useEffect, useState } from 'react';
import type { ValidationResult } from '../../model/data/validate';
import type { AuthoringDataset } from '../../model/edit/authoring';
import { validateAuthoring } from '../../model/edit/validateAuthoring';
import { checkStoryView } from '../../state/storyViewCheck';

/** The problems of `dataset` (null while the first check runs); a later edit replaces an unfinished check. */
export function useValidation(dataset: AuthoringDataset): { result: ValidationResult | null; checking: boolean } {
  const [done, setDone] = useState<{ for: AuthoringDataset; result: ValidationResult } | null>(null);
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 50));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => setDone({ for: dataset, result: validateAuthoring(dataset, { checkStoryView }) }), { timeout: 500 });
    return () => cancel(handle);
  }, [dataset]);
  return { result: done?.result ?? null, checking: done?.for !== dataset };
}
