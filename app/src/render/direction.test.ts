// Tests for pickInDirection: arrow keys move to the neighbour that lies that way, or nowhere.
import { describe, expect, it } from 'vitest';
import { pickInDirection } from './direction';

const from = { id: 'a', x: 0, y: 0 };
const ring = [
  { id: 'right', x: 100, y: 5 },
  { id: 'left', x: -100, y: -5 },
  { id: 'up', x: 5, y: -100 },
  { id: 'down', x: -5, y: 100 },
];

describe('pickInDirection', () => {
  it('picks the neighbour in each arrow direction (y grows downwards)', () => {
    expect(pickInDirection(from, ring, 'right')).toBe('right');
    expect(pickInDirection(from, ring, 'left')).toBe('left');
    expect(pickInDirection(from, ring, 'up')).toBe('up');
    expect(pickInDirection(from, ring, 'down')).toBe('down');
  });

  it('prefers a node on-axis over a nearer one far off-axis', () => {
    const cands = [
      { id: 'diagonal', x: 40, y: 39 },
      { id: 'straight', x: 70, y: 0 },
    ];
    expect(pickInDirection(from, cands, 'right')).toBe('straight');
  });

  it('returns null when nothing lies that way', () => {
    expect(pickInDirection(from, [{ id: 'b', x: -10, y: 0 }], 'right')).toBeNull();
  });

  it('ignores the starting node itself', () => {
    expect(pickInDirection(from, [from], 'up')).toBeNull();
  });
});
