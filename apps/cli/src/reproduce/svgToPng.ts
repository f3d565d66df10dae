/**
 * PNG from SVG for the reproductions' plots, with resvg and the bundled Inter TTF: resvg draws no
 * text without a font, and a bundled one makes the PNG the same on every machine (no system fonts).
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

const fontFile = createRequire(import.meta.url).resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf');

/**
 * Rasterise an SVG document.
 * @param svg - SVG text; any font family (including `sans-serif`) is drawn with Inter.
 * @param zoom - scale factor (default 2, for sharp text on high-density screens).
 * @returns PNG bytes on a white background.
 * @example writeFileAtomic('fig7.png', svgToPng(renderFig7Svg(records)));
 */
export function svgToPng(svg: string, zoom = 2): Uint8Array {
  const png = new Resvg(svg, {
    background: 'white',
    fitTo: { mode: 'zoom', value: zoom },
    font: { loadSystemFonts: false, fontFiles: [fontFile], defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' },
  })
    .render()
    .asPng();
  return new Uint8Array(png);
}
