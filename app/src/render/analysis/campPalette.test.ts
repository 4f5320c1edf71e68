// Camp palette: contrast on the canvas, distinct under colour-vision deficiency, and never colour alone.
import { describe, expect, it } from 'vitest';
import { uiTokens } from '../../../../tailwind.config';
import { CAMP_COLORS, MAX_STYLED_CAMPS, campBadge, campLook } from './campPalette';

const channel = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const rgb = (hex: string) => [1, 3, 5].map((i) => channel(parseInt(hex.slice(i, i + 2), 16))) as [number, number, number];
const luminance = ([r, g, b]: [number, number, number]) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(rgb(a)), luminance(rgb(b))];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
};
// Machado, Oliveira & Fernandes (2009), severity 1.0, applied in linear RGB.
const CVD: Record<string, number[][]> = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
const lab = ([r, g, b]: number[]) => {
  const x = (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047;
  const y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  const z = (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
};
const simulate = (hex: string, m: number[][]) => m.map((row) => Math.min(1, Math.max(0, row.reduce((s, k, i) => s + k * rgb(hex)[i]!, 0))));

describe('camp palette', () => {
  it('every camp colour reaches 3:1 contrast on the canvas colour', () => {
    for (const c of CAMP_COLORS) expect(contrast(c, uiTokens.canvas), c).toBeGreaterThanOrEqual(3);
  });

  it('camp colours stay apart (CIE76 ΔE ≥ 7) under protanopia, deuteranopia and tritanopia simulation', () => {
    for (const [name, matrix] of Object.entries(CVD)) {
      for (let i = 0; i < CAMP_COLORS.length; i++) {
        for (let j = i + 1; j < CAMP_COLORS.length; j++) {
          const [a, b] = [lab(simulate(CAMP_COLORS[i]!, matrix)), lab(simulate(CAMP_COLORS[j]!, matrix))];
          const delta = Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
          expect(delta, `${name}: ${CAMP_COLORS[i]} vs ${CAMP_COLORS[j]}`).toBeGreaterThanOrEqual(7);
        }
      }
    }
  });

  it('neighbouring camps differ in border pattern as well as colour, and the first 12 looks are all distinct', () => {
    for (let n = 1; n < MAX_STYLED_CAMPS; n++) expect(campLook(n).borderStyle).not.toBe(campLook(n + 1).borderStyle);
    const looks = Array.from({ length: MAX_STYLED_CAMPS }, (_, i) => `${campLook(i + 1).color}/${campLook(i + 1).borderStyle}`);
    expect(new Set(looks).size).toBe(MAX_STYLED_CAMPS);
  });

  it('badges are circled numbers up to 20 and bracketed numbers after', () => {
    expect(campBadge(1)).toBe('①');
    expect(campBadge(20)).toBe('⑳');
    expect(campBadge(21)).toBe('(21)');
    expect(campLook(3).badge).toBe('③');
  });

  it('rejects a camp number that is not a positive integer, naming the value', () => {
    expect(() => campLook(0)).toThrow(/positive integer, got 0/);
    expect(() => campLook(1.5)).toThrow(RangeError);
  });
});
