// A story caption drawn from its parsed nodes as React elements only (text nodes, never parsed as HTML).
import type { KeyboardEvent, ReactNode } from 'react';
import { captionText } from '../../model/story/caption';
import type { CaptionNode } from '../../model/story/types';
import type { Lang } from '../../state/types';
import { t } from '../i18n';

export interface CaptionActions {
  /** A cited relation: open its evidence. */
  onRelation: (id: string) => void;
  /** An entity link: select the entity. */
  onEntity: (id: string) => void;
  /** A link to another step (1-based). */
  onStep: (step: number) => void;
  /** Whether the dataset knows this entity or relation (an unknown one is drawn as plain text, not a dead button). */
  knows: (kind: 'entity' | 'relation', id: string) => boolean;
  /** Number of steps of the story (a link to a step outside it is plain text). */
  stepCount: number;
}

const LINK = 'cursor-pointer rounded-sm underline decoration-1 underline-offset-2 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent';

/**
 * A button that flows inline with the caption's words (a native <button> is an inline block: a long citation would
 * break out of the sentence as a box). Enter and Space press it, like a button.
 */
function InlineButton({ onPress, className, children, ...data }: { onPress: () => void; className: string; children: ReactNode } & Record<`data-${string}`, string | number>) {
  const onKeyDown = (e: KeyboardEvent<HTMLSpanElement>): void => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    onPress();
  };
  return (
    <span role="button" tabIndex={0} onClick={onPress} onKeyDown={onKeyDown} className={className} {...data}>
      {children}
    </span>
  );
}

function renderNode(node: CaptionNode, key: number, lang: Lang, actions: CaptionActions): ReactNode {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'bold':
      return <strong key={key}>{renderNodes(node.children, lang, actions)}</strong>;
    case 'italic':
      return <em key={key}>{renderNodes(node.children, lang, actions)}</em>;
    case 'relation':
      if (!actions.knows('relation', node.id)) return <span key={key}>{renderNodes(node.children, lang, actions)}</span>;
      return (
        <InlineButton key={key} data-cite-relation={node.id} className={`${LINK} font-medium text-accent decoration-dotted`} onPress={() => actions.onRelation(node.id)}>
          {renderNodes(node.children, lang, actions)}
          <span aria-hidden="true" className="ml-0.5 text-[0.8em] no-underline">❝</span>
        </InlineButton>
      );
    case 'entity':
      if (!actions.knows('entity', node.id)) return <span key={key}>{renderNodes(node.children, lang, actions)}</span>;
      return (
        <InlineButton key={key} data-cite-entity={node.id} className={`${LINK} text-accent`} onPress={() => actions.onEntity(node.id)}>
          {renderNodes(node.children, lang, actions)}
        </InlineButton>
      );
    case 'step':
      if (node.step < 1 || node.step > actions.stepCount) return <span key={key}>{renderNodes(node.children, lang, actions)}</span>;
      return (
        <InlineButton key={key} data-step-link={node.step} className={`${LINK} text-accent`} onPress={() => actions.onStep(node.step)}>
          {renderNodes(node.children, lang, actions)}
        </InlineButton>
      );
    case 'link': {
      // Only http(s): anything else (javascript:, data:…) stays text even if a parser let it through.
      if (!/^https?:\/\//i.test(node.href)) return <span key={key}>{renderNodes(node.children, lang, actions)}</span>;
      return (
        <a
          key={key}
          href={node.href}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={t('story.externalLink', lang, { text: captionText(node.children) })}
          className={`${LINK} text-accent`}
        >
          {renderNodes(node.children, lang, actions)}
          <span aria-hidden="true">↗</span>
        </a>
      );
    }
  }
}

function renderNodes(nodes: readonly CaptionNode[], lang: Lang, actions: CaptionActions): ReactNode[] {
  return nodes.map((n, i) => renderNode(n, i, lang, actions));
}

/** The caption as inline content (wrap it in a block element). */
export function Caption({ nodes, lang, actions }: { nodes: readonly CaptionNode[]; lang: Lang; actions: CaptionActions }) {
  return <>{renderNodes(nodes, lang, actions)}</>;
}
