// A small inline SVG of a relation line: category colour and arrow head (from categoryTokens), solid for fact, dashed for claim.
import { categoryTokens } from '../../../../tailwind.config';
import type { Category, Status } from '../../model/schema';

const NEUTRAL = '#55575c';

function Head({ arrow, color }: { arrow: string; color: string }) {
  const fill = { fill: color };
  const line = { stroke: color, strokeWidth: 2, fill: 'none' };
  switch (arrow) {
    case 'triangle':
      return <polygon points="26,2 34,7 26,12" {...fill} />;
    case 'triangle-tee':
      return (
        <>
          <polygon points="24,2 31,7 24,12" {...fill} />
          <line x1="33.5" y1="2" x2="33.5" y2="12" {...line} />
        </>
      );
    case 'square':
      return <rect x="26" y="3" width="8" height="8" {...fill} />;
    case 'tee':
      return <line x1="32" y1="1" x2="32" y2="13" {...line} strokeWidth={3} />;
    case 'vee':
      return <polygon points="25,2 34,7 25,12 28,7" {...fill} />;
    case 'diamond':
      return <polygon points="26,7 30,3 34,7 30,11" {...fill} />;
    case 'chevron':
      return <polyline points="27,2 33,7 27,12" {...line} />;
    default:
      return null;
  }
}

/** A line swatch; with `category` it takes that category's colour and arrow, else a neutral line without a head. */
export function CategorySwatch({ category, status = 'fact' }: { category?: Category; status?: Status }) {
  const token = category ? categoryTokens[category] : null;
  const color = token?.color ?? NEUTRAL;
  return (
    <svg width="36" height="14" viewBox="0 0 36 14" aria-hidden="true" focusable="false" className="inline-block shrink-0" data-line-status={status} data-arrow={token?.arrow ?? 'none'}>
      <line x1="1" y1="7" x2={token ? 27 : 35} y2="7" stroke={color} strokeWidth="2.5" strokeDasharray={status === 'claim' ? '4 3' : undefined} />
      {token ? <Head arrow={token.arrow} color={color} /> : null}
    </svg>
  );
}
