// Colour and shape of an entity kind: built-in kinds from the design tokens, custom (imported) kinds from the vocabulary.
import { kindTokens } from '../../../tailwind.config';
import type { CompiledKind } from './schema';

/** Every custom kind shares this node shape (no built-in kind uses it); its colour tells custom kinds apart. */
export const CUSTOM_KIND_SHAPE = 'pentagon';
/** Colour of a kind the vocabulary does not describe (should not happen after import; kept readable). */
export const UNKNOWN_KIND_COLOR = '#9aa5b1';

/** Whether `kind` is one of the six built-in kinds. */
export function isBuiltInKind(kind: string): kind is keyof typeof kindTokens {
  return Object.prototype.hasOwnProperty.call(kindTokens, kind);
}

/** Node colour (`#rrggbb`) and Cytoscape shape of a kind. */
export function kindStyle(kind: string, kinds: readonly CompiledKind[] = []): { color: string; shape: string } {
  if (isBuiltInKind(kind)) return kindTokens[kind];
  const custom = kinds.find((k) => k.id === kind);
  return { color: custom?.color ?? UNKNOWN_KIND_COLOR, shape: CUSTOM_KIND_SHAPE };
}
