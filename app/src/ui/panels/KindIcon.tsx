// A small inline SVG of an entity kind's node shape and colour (design tokens, or the vocabulary for custom kinds), decorative: always paired with text.
import { kindStyle } from '../../model/kindStyle';
import type { CompiledKind } from '../../model/schema';

const INK = '#1c1c1e';

function Shape({ shape, fill }: { shape: string; fill: string }) {
  const common = { fill, stroke: INK, strokeWidth: 1.2 };
  switch (shape) {
    case 'ellipse':
      return <ellipse cx="8" cy="8" rx="7" ry="6" {...common} />;
    case 'round-rectangle':
      return <rect x="1.5" y="2.5" width="13" height="11" rx="3" {...common} />;
    case 'rectangle':
      return <rect x="1.5" y="2.5" width="13" height="11" {...common} />;
    case 'diamond':
      return <polygon points="8,1 15,8 8,15 1,8" {...common} />;
    case 'pentagon':
      return <polygon points="8,1 15,6.5 12.5,15 3.5,15 1,6.5" {...common} />;
    case 'hexagon':
      return <polygon points="4.5,2 11.5,2 15,8 11.5,14 4.5,14 1,8" {...common} />;
    default:
      return <polygon points="5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5" {...common} />;
  }
}

/** The kind's node shape filled with its colour; `aria-hidden`, so put the kind's name next to it. */
export function KindIcon({ kind, kinds, size = 14 }: { kind: string; /** The dataset's kinds, for custom kinds' colours. */ kinds?: readonly CompiledKind[]; size?: number }) {
  const token = kindStyle(kind, kinds);
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="inline-block shrink-0 align-[-2px]" data-shape={token.shape}>
      <Shape shape={token.shape} fill={token.color} />
    </svg>
  );
}
