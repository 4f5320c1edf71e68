// Whether the loaded dataset's words (quotes, summaries, texts) are in yet, and the error if they failed the schema.
import { useEffect, useState } from 'react';
import type { LoadedDataset } from './builtInDataset';

/** `complete` once `data.details` has resolved (at once for a dataset loaded whole); `error` if it rejected. */
export function useDatasetDetails(data: LoadedDataset): { complete: boolean; error: string | null } {
  const [done, setDone] = useState<{ for: LoadedDataset; error: string | null } | null>(null);
  useEffect(() => {
    let live = true;
    data.details?.then(
      () => live && setDone({ for: data, error: null }),
      (e: unknown) => live && setDone({ for: data, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [data]);
  if (!data.details) return { complete: true, error: null };
  const settled = done?.for === data ? done : null;
  return { complete: settled !== null && settled.error === null, error: settled?.error ?? null };
}
