// A camp's badge: its number inside a ring drawn in the camp's colour and border pattern (as on the graph).
import { campLook } from '../../render/analysis/campPalette';

const DASH = { solid: undefined, dashed: '4 2.5', dotted: '1.2 2.2', double: undefined } as const;

/** Decorative (aria-hidden): always put the camp's name in text beside it. */
export function CampBadge({ n, size = 20 }: { n: number; size?: number }) {
  const look = campLook(n);
  return (
    <svg width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="inline-block shrink-0" data-camp={n} data-border={look.borderStyle}>
      <circle cx="10" cy="10" r="8.5" fill="#ffffff" stroke={look.color} strokeWidth={look.borderStyle === 'double' ? 1 : 2.5} strokeDasharray={DASH[look.borderStyle]} />
      {look.borderStyle === 'double' ? <circle cx="10" cy="10" r="6.3" fill="none" stroke={look.color} strokeWidth="1" /> : null}
      <text x="10" y="13.5" textAnchor="middle" fontSize={n > 9 ? 8 : 10} fontWeight="700" fill="#1c1c1e">
        {n}
      </text>
    </svg>
  );
}
