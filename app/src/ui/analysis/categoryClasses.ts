// Tailwind classes per relation category, written out in full so Tailwind's scanner emits them (tokens: tailwind.config.ts).
import type { Category } from '../../model/schema';

/** Fill colour of a category (timeline dots). */
export const CATEGORY_BG: Record<Category, string> = {
  founding: 'bg-cat-founding',
  role: 'bg-cat-role',
  funding: 'bg-cat-funding',
  control: 'bg-cat-control',
  conflict: 'bg-cat-conflict',
  support: 'bg-cat-support',
  communication: 'bg-cat-communication',
  creation: 'bg-cat-creation',
  competition: 'bg-cat-competition',
  other: 'bg-cat-other',
};

/** Border colour of a category (hollow dots for claims). */
export const CATEGORY_BORDER: Record<Category, string> = {
  founding: 'border-cat-founding',
  role: 'border-cat-role',
  funding: 'border-cat-funding',
  control: 'border-cat-control',
  conflict: 'border-cat-conflict',
  support: 'border-cat-support',
  communication: 'border-cat-communication',
  creation: 'border-cat-creation',
  competition: 'border-cat-competition',
  other: 'border-cat-other',
};
