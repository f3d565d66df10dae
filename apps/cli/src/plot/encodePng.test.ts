import { expect, test } from 'vitest';
import { decodePng } from '../../test/decodePng.js';
import { encodePng } from './encodePng.js';

test('encodePng writes pixels that decode back exactly', () => {
  const rgba = new Uint8Array(3 * 2 * 4).map((_, k) => (k * 37) % 256);
  const decoded = decodePng(encodePng(3, 2, rgba));
  expect(decoded.width).toBe(3);
  expect(decoded.height).toBe(2);
  expect(Array.from(decoded.rgba)).toEqual(Array.from(rgba));
  expect(() => encodePng(2, 2, new Uint8Array(3))).toThrow(RangeError);
});
