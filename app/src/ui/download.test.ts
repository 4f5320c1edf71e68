// Tests for exportFileName: names say dataset, selection and date, and carry nothing unsafe for a file system.
import { describe, expect, it } from 'vitest';
import { exportFileName } from './download';

const day = new Date('2026-03-18T12:00:00Z');

describe('exportFileName', () => {
  it('joins dataset, selection and date', () => {
    expect(exportFileName('evidence-graph', 'elon-musk', 'png', day)).toBe('evidence-graph_elon-musk_2026-03-18.png');
  });

  it('leaves the selection out when there is none', () => {
    expect(exportFileName('evidence-graph', null, 'png', day)).toBe('evidence-graph_2026-03-18.png');
  });

  it('replaces path separators and other unsafe characters', () => {
    expect(exportFileName('../etc/passwd', 'a b', 'png', day)).toBe('etc-passwd_a-b_2026-03-18.png');
  });
});
