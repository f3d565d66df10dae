import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePng, distinctColours } from './decodePng.js';

/** Writes a PNG from raw (already filtered) scanlines; CRCs are zero (the decoder does not check them). */
function encodePng(width: number, height: number, colorType: number, scanlines: Uint8Array): Uint8Array {
  const chunk = (type: string, data: Uint8Array): Buffer => {
    const header = Buffer.alloc(8);
    header.writeUInt32BE(data.length, 0);
    header.write(type, 4, 'latin1');
    return Buffer.concat([header, data, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = colorType;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(scanlines)), chunk('IEND', new Uint8Array())]);
}

describe('decodePng', () => {
  it('undoes the None, Sub, Up, Average and Paeth filters', () => {
    // 2 × 5 RGB image; each row's raw pixels are [10, 20, 30, 40, 50, 60] + 5·row, filtered as below.
    const rows = [0, 1, 2, 3, 4].map((r) => [10, 20, 30, 40, 50, 60].map((v) => v + 5 * r));
    const filtered: number[] = [];
    rows.forEach((row, r) => {
      const up = rows[r - 1] ?? [0, 0, 0, 0, 0, 0];
      filtered.push(r);
      row.forEach((v, k) => {
        const left = k >= 3 ? (row[k - 3] ?? 0) : 0;
        const upLeft = k >= 3 ? (up[k - 3] ?? 0) : 0;
        const p = left + (up[k] ?? 0) - upLeft;
        const paeth = [left, up[k] ?? 0, upLeft].sort((a, b) => Math.abs(p - a) - Math.abs(p - b))[0] ?? 0;
        const predicted = [0, left, up[k] ?? 0, (left + (up[k] ?? 0)) >> 1, paeth][r] ?? 0;
        filtered.push((v - predicted) & 0xff);
      });
    });
    const image = decodePng(encodePng(2, 5, 2, Uint8Array.from(filtered)));
    expect([image.width, image.height, image.channels]).toEqual([2, 5, 3]);
    expect(Array.from(image.pixels)).toEqual(rows.flat());
    expect(distinctColours(image)).toBe(10);
  });

  it('counts one colour in a blank image and refuses what it cannot read', () => {
    const blank = decodePng(encodePng(3, 2, 6, Uint8Array.from([0, ...new Array(12).fill(255), 0, ...new Array(12).fill(255)])));
    expect(distinctColours(blank)).toBe(1);
    expect(() => decodePng(Uint8Array.from([1, 2, 3]))).toThrow(/PNG signature/);
    expect(() => decodePng(encodePng(1, 1, 3, Uint8Array.from([0, 0])))).toThrow(/colour type 3/);
  });
});
