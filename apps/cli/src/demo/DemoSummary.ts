/**
 * The numbers `softdtw demo` measures, as written to `out/summary.json` and shown in `out/report.html`.
 */

/** Everything the demo measured, and the files it wrote. */
export interface DemoSummary {
  /** The backend the computations ran on. */
  readonly backend: string;
  readonly dataset: { name: string; train: number; test: number; length: number; classes: string[] };
  /** One Gun-Draw vs Point pair of GunPoint. */
  readonly pair: {
    readonly labels: [string, string];
    readonly softDtw: Array<{ gamma: number; value: number }>;
    readonly dtw: number;
    readonly divergence: number;
    readonly gradientNorm: number;
    readonly alignment: { mass: number; offPathMass: number; maxBandwidth: number; pathLength: number };
  };
  /** 1-nearest-neighbour test accuracy of three distances. */
  readonly oneNearestNeighbour: Array<{ metric: string; accuracy: number; seconds: number }>;
  /** Barycenters of one GunPoint class: mean DTW loss (1/N) Σ DTW(z, x_i) of each method. */
  readonly barycenters: { readonly className: string; readonly count: number; readonly methods: Array<{ method: string; meanDtw: number; iterations: number; seconds: number }> };
  /** k-means on generated Cylinder-Bell-Funnel data: adjusted Rand index of each metric. */
  readonly kMeans: { readonly dataset: string; readonly k: number; readonly count: number; readonly metrics: Array<{ metric: string; inertia: number; adjustedRandIndex: number; seconds: number }> };
  /** ECG200 forecasting: the model trained with each loss, evaluated on the test split. */
  readonly forecast: {
    readonly inputLength: number;
    readonly outputLength: number;
    readonly epochs: number;
    readonly models: Array<{ loss: string; gamma: number; testDtw: number; testEuclidean: number; seconds: number }>;
    /** The soft-DTW model exported to ONNX and run by onnxruntime-web. */
    readonly onnx: { file: string; bytes: number; maxAbsDifference: number; testDtw: number };
  };
  /** Files written (report, plots, models, summary). */
  readonly files: string[];
  /** `out/summary.json`. */
  readonly outFile: string;
  /** `out/report.html`. */
  readonly reportFile: string;
  /** Wall-clock seconds of the whole demo. */
  readonly wallSeconds: number;
}
