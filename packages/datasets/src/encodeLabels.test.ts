import { describe, expect, it } from 'vitest';
import { encodeLabels } from './encodeLabels.js';
import { InvalidArgumentError } from './errors.js';

describe('encodeLabels', () => {
  it('sorts numeric labels numerically and codes them 0..K−1', () => {
    expect(encodeLabels(['2', '1', '10', '1'])).toEqual({ codes: [1, 0, 2, 0], classes: ['1', '2', '10'] });
    expect(encodeLabels(['1', '-1', '1'])).toEqual({ codes: [1, 0, 1], classes: ['-1', '1'] });
  });

  it('sorts non-numeric labels by code units, independent of the locale', () => {
    expect(encodeLabels(['funnel', 'bell', 'cylinder', 'Bell'])).toEqual({
      codes: [3, 1, 2, 0],
      classes: ['Bell', 'bell', 'cylinder', 'funnel'],
    });
  });

  it('reuses a given class order and round-trips classes[codes[i]] = labels[i]', () => {
    const labels = ['3', '8', '3', '5'];
    const { codes, classes } = encodeLabels(labels, ['8', '5', '3']);
    expect(codes).toEqual([2, 0, 2, 1]);
    expect(codes.map((c) => classes[c])).toEqual(labels);
  });

  it('rejects a label missing from classes, and duplicate classes', () => {
    expect(() => encodeLabels(['1', '4'], ['1', '2'])).toThrow(InvalidArgumentError);
    expect(() => encodeLabels(['1', '4'], ['1', '2'])).toThrow(/got "4" at index 1/);
    expect(() => encodeLabels(['1'], ['1', '1'])).toThrow(/distinct classes/);
  });

  it('handles no labels', () => {
    expect(encodeLabels([])).toEqual({ codes: [], classes: [] });
  });
});
