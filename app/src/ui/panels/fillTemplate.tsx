// Fills `{key}` placeholders of a UI string with React nodes, so names from data stay text (in <bdi>) inside translations.
import { Fragment, type ReactNode } from 'react';

/** Splits `template` at `{key}` placeholders and puts the matching node in each; unknown keys stay as written. */
export function fillTemplate(template: string, values: Record<string, ReactNode>): ReactNode {
  const parts = template.split(/(\{\w+\})/);
  return parts.map((part, i) => {
    const key = /^\{(\w+)\}$/.exec(part)?.[1];
    const node = key !== undefined && Object.hasOwn(values, key) ? values[key] : part;
    return <Fragment key={i}>{node}</Fragment>;
  });
}
