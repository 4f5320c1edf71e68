// Custom kind and type colours stay apart from the built-in kind and category colours, and custom lines stay visible on the canvas.
import { describe, expect, it } from 'vitest';
import { categoryTokens, kindTokens, uiTokens } from '../../../../../tailwind.config';
import { CUSTOM_KIND_COLORS, CUSTOM_TYPE_COLORS } from './customColors';

function linear(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c > 0.04045 ? ((c + 0.055) / 1.055) ** 2.4 : c / 12.92;
  }) as [number, number, number];
}

function lab(hex: string): [number, number, number] {
  const [r, g, b] = linear(hex);
  const f = (t: number): number => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047), y = f(0.2126 * r + 0.7152 * g + 0.0722 * b), z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

const deltaE = (a: string, b: string): number => Math.hypot(...lab(a).map((v, i) => v - (lab(b)[i] as number)));
const luminance = (hex: string): number => {
  const [r, g, b] = linear(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

describe('custom colours', () => {
  it('custom kind colours are at least ΔE 20 from every built-in kind colour and from each other', () => {
    for (const c of CUSTOM_KIND_COLORS) {
      for (const k of Object.values(kindTokens)) expect(deltaE(c, k.color), `${c} vs ${k.color}`).toBeGreaterThanOrEqual(20);
      for (const other of CUSTOM_KIND_COLORS) if (other !== c) expect(deltaE(c, other)).toBeGreaterThanOrEqual(20);
    }
  });

  it('custom type colours are at least ΔE 15 from every category colour and 3:1 against the canvas', () => {
    const canvas = luminance(uiTokens.canvas);
    for (const c of CUSTOM_TYPE_COLORS) {
      for (const k of Object.values(categoryTokens)) expect(deltaE(c, k.color), `${c} vs ${k.color}`).toBeGreaterThanOrEqual(15);
      expect((canvas + 0.05) / (luminance(c) + 0.05)).toBeGreaterThanOrEqual(3);
    }
  });
});
