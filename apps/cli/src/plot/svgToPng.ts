/**
 * SVG → PNG with resvg and the bundled Inter font. resvg draws no text at all without a font (and
 * says nothing), so the TTF from `@expo-google-fonts/inter` is loaded explicitly and system fonts
 * are ignored: the PNG is the same on every machine.
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

/** The bundled font file every plot uses. */
export const PLOT_FONT_FILE = createRequire(import.meta.url).resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf');

/** The font family name to put in SVG/vega configs. */
export const PLOT_FONT_FAMILY = 'Inter';

/**
 * Rasterise an SVG document.
 * @param svg - SVG text (e.g. from vega's `toSVG()`).
 * @param zoom - scale factor (default 2, for sharp text).
 * @returns PNG bytes on a white background.
 * @example const png = svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
 */
export function svgToPng(svg: string, zoom = 2): Uint8Array {
  const png = new Resvg(svg, {
    background: 'white',
    fitTo: { mode: 'zoom', value: zoom },
    font: { loadSystemFonts: false, fontFiles: [PLOT_FONT_FILE], defaultFontFamily: PLOT_FONT_FAMILY, sansSerifFamily: PLOT_FONT_FAMILY },
  })
    .render()
    .asPng();
  return new Uint8Array(png);
}
