// A dataset's content id for links (`d=`): the first 16 hex digits of the sha256 of its canonical bundle JSON (keys sorted).
import type { CompiledDataset } from '../schema';
import { sha256OfText } from './sha256';
import { toBundle } from './toBundle';

/** Length of a content id in hex digits (64 bits: collisions are not a practical concern for a device's datasets). */
export const CONTENT_ID_LENGTH = 16;

/** JSON with every object's keys in sorted order, so the id never depends on the order fields were written in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) Object.defineProperty(sorted, k, { value: (v as Record<string, unknown>)[k], enumerable: true, writable: true, configurable: true });
    return sorted;
  });
}

/**
 * Same dataset (graph, positions, texts, evidence), same id; any change to the data gives another. Stories are left
 * out: they are views over the data, so adding or editing one keeps every `d=` link to the dataset working (and ids
 * stay what they were before bundles carried stories).
 */
export async function datasetContentId(dataset: CompiledDataset): Promise<string> {
  const hash = await sha256OfText(canonicalJson({ ...toBundle(dataset), stories: [] }));
  return hash.slice(0, CONTENT_ID_LENGTH);
}
