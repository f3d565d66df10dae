/**
 * Headless vega: a vega-lite (or vega) spec → SVG text, with the bundled font named in the config
 * so the SVG and its PNG (svgToPng) show the same text.
 */
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';

/**
 * Render a vega spec to SVG.
 * @param spec - a vega specification.
 * @returns the SVG document.
 * @example const svg = await renderVega({ width: 10, height: 10, marks: [] });
 */
export async function renderVega(spec: vega.Spec): Promise<string> {
  const view = new vega.View(vega.parse(spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/**
 * Compile a vega-lite spec and render it to SVG.
 * @param spec - a vega-lite specification.
 * @returns the SVG document.
 * @example const svg = await renderVegaLite({ data: { values: [{ x: 0, y: 1 }] }, mark: 'line', encoding: { x: { field: 'x' }, y: { field: 'y' } } });
 */
export async function renderVegaLite(spec: vegaLite.TopLevelSpec): Promise<string> {
  return renderVega(vegaLite.compile(spec).spec);
}
