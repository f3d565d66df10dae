/**
 * decodePng: a minimal PNG decoder for checking screenshots (8-bit greyscale, RGB, RGBA,
 * grey+alpha; non-interlaced — what Chromium writes). It inflates the IDAT stream with
 * node:zlib and undoes the five scanline filters of the PNG specification (None, Sub, Up,
 * Average, Paeth), so tests can look at real pixels without an image library.
 */
import { inflateSync } from 'node:zlib';

/** A decoded image: `channels` bytes per pixel, rows top to bottom. */
export interface DecodedPng {
  readonly width: number;
  readonly height: number;
  readonly channels: number;
  readonly pixels: Uint8Array;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/**
 * Decodes a PNG file.
 *
 * @param bytes - the whole file
 * @returns width, height, channels and the unfiltered pixels
 * @throws Error for anything but 8-bit non-interlaced greyscale/RGB/RGBA (with what was found)
 * @example
 * const { width, height } = decodePng(await page.screenshot());
 */
export function decodePng(bytes: Uint8Array): DecodedPng {
  if (bytes.length < 8 || SIGNATURE.some((b, k) => bytes[k] !== b)) throw new Error('decodePng: expected the PNG signature, got other bytes.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Uint8Array[] = [];
  while (offset + 8 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(offset + 8);
      height = view.getUint32(offset + 12);
      const bitDepth = data[8];
      const colorType = data[9] ?? -1;
      const interlace = data[12];
      channels = CHANNELS[colorType] ?? 0;
      if (bitDepth !== 8 || channels === 0 || interlace !== 0) {
        throw new Error(`decodePng: expected 8-bit non-interlaced grey/RGB/RGBA, got bit depth ${bitDepth}, colour type ${colorType}, interlace ${interlace}.`);
      }
    } else if (type === 'IDAT') {
      idat.push(data);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  if (width === 0 || height === 0) throw new Error(`decodePng: expected a non-empty image, got ${width} × ${height}.`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  if (raw.length !== height * (stride + 1)) throw new Error(`decodePng: expected ${height * (stride + 1)} bytes of scanlines, got ${raw.length}.`);
  const pixels = new Uint8Array(height * stride);
  for (let row = 0; row < height; row++) {
    const filter = raw[row * (stride + 1)];
    const line = raw.subarray(row * (stride + 1) + 1, (row + 1) * (stride + 1));
    const out = row * stride;
    for (let k = 0; k < stride; k++) {
      const left = k >= channels ? (pixels[out + k - channels] ?? 0) : 0;
      const up = row > 0 ? (pixels[out - stride + k] ?? 0) : 0;
      const upLeft = row > 0 && k >= channels ? (pixels[out - stride + k - channels] ?? 0) : 0;
      const value = line[k] ?? 0;
      let predicted: number;
      switch (filter) {
        case 0: predicted = 0; break;
        case 1: predicted = left; break;
        case 2: predicted = up; break;
        case 3: predicted = (left + up) >> 1; break;
        case 4: predicted = paeth(left, up, upLeft); break;
        default: throw new Error(`decodePng: expected a filter type 0–4, got ${String(filter)} on row ${row}.`);
      }
      pixels[out + k] = (value + predicted) & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * Number of distinct colours (opaque RGB triples; alpha ignored) in a decoded image.
 *
 * @param image - from decodePng
 * @returns count of distinct colours
 * @example
 * distinctColours(decodePng(png)) > 1; // not a single colour
 */
export function distinctColours(image: DecodedPng): number {
  const seen = new Set<number>();
  const { pixels, channels } = image;
  for (let k = 0; k < pixels.length; k += channels) {
    const r = pixels[k] ?? 0;
    const g = channels >= 3 ? (pixels[k + 1] ?? 0) : r;
    const b = channels >= 3 ? (pixels[k + 2] ?? 0) : r;
    seen.add((r << 16) | (g << 8) | b);
  }
  return seen.size;
}
